#!/usr/bin/env node
// Load time of the web build: how long until the first analysis with entities is done.
// Each run is a fresh process (Node) or a fresh page (Chromium), so nothing is cached in the
// module; the first analyze() builds the entity tables. Prints the medians (and min..max):
//   init   import + Quarry.init() (read or fetch, compile, instantiate, first analyzer)
//   first  the first q.analyze(text) with every stage: entity tables + one short text
//   second the same call again (what the text itself costs)
// Usage: node tests/bench/web/load.mjs [RUNS]   (after scripts/build-web.sh; QUARRY_CHROMIUM)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RUNS = Number(process.argv[2] ?? 7);
const TEXT = 'President Ilham Aliyev met UN envoys in Baku on Tuesday, the Azerbaijani foreign ministry said.';
if (!existsSync(join(ROOT, 'dist', 'quarry.wasm'))) {
  console.error('dist/quarry.wasm is missing: run scripts/build-web.sh');
  process.exit(1);
}

// The measured body, the same in Node and in the page; `importUrl` is dist/quarry.js.
const body = (importUrl, text) => `
const t0 = performance.now();
const { Quarry } = await import(${JSON.stringify(importUrl)});
const q = await Quarry.init();
const t1 = performance.now();
const r = q.analyze(${JSON.stringify(text)});
const t2 = performance.now();
q.analyze(${JSON.stringify(text)});
const t3 = performance.now();
const entities = r.mentions.filter((m) => ['PERSON', 'ORG', 'LOC', 'NORP', 'MISC'].includes(m.type)).length;
const result = { init: t1 - t0, first: t2 - t1, second: t3 - t2, entities };`;

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};
const show = (label, runs) => {
  const cols = ['init', 'first', 'second'].map((k) => {
    const { median, min, max } = stats(runs.map((r) => r[k]));
    return `${k} ${median.toFixed(1)} ms (${min.toFixed(1)}..${max.toFixed(1)})`;
  });
  console.log(`${label}: ${cols.join(', ')}; ${runs[0].entities} entities; ${runs.length} runs`);
};

// Node: one fresh process per run.
const nodeRuns = [];
for (let i = 0; i < RUNS; ++i) {
  const script = `${body(new URL(`file://${join(ROOT, 'dist', 'quarry.js')}`).href, TEXT)}
console.log(JSON.stringify(result));`;
  nodeRuns.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
}
show(`Node ${process.version}`, nodeRuns);

// Chromium: one fresh page per run, served over HTTP (streaming compilation).
const { serve } = await import(join(ROOT, 'scripts', 'serve.mjs'));
const { launch } = await import(join(ROOT, 'tests', 'e2e', 'browser.mjs'));
const server = await serve({ root: ROOT, port: 0 });
const browser = await launch();
const pageRuns = [];
let version = 'Chromium';
try {
  for (let i = 0; i < RUNS; ++i) {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/package.json`);  // any page of the origin
    const result = await page.evaluate(`(async () => { ${body(`${server.url}/dist/quarry.js?run=${i}`, TEXT)}
      return result; })()`);
    pageRuns.push(result);
    version = (await page.evaluate('navigator.userAgent')).match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? version;
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
show(version, pageRuns);
