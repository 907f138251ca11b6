// The npm package as users get it: `npm pack`, installed into a fresh temporary project,
// then used from Node, from a plain page (no bundler), from a module worker, through the
// package's own worker, from a Vite 7 production build, and type-checked with tsc.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import pkg from '../../package.json' with { type: 'json' };
import { serve } from '../../scripts/serve.mjs';
import { launch, OUT, watchedPage } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./package/', import.meta.url));
const NPM = process.env.npm_execpath && process.env.npm_execpath.endsWith('.js')
  ? [process.execPath, process.env.npm_execpath] : ['npm'];
const npm = (args, cwd) => execFileSync(NPM[0], [...NPM.slice(1), ...args], {
  cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' },
});

const EXPECTED_MENTIONS = ['a@b.org', 'https://example.org/𝒳', '#two'];
let project;
let tarball;
let packInfo;
let browser;

before(async () => {
  project = mkdtempSync(join(tmpdir(), 'quarry-consumer-'));
  [packInfo] = JSON.parse(npm(['pack', '--json', '--pack-destination', project], ROOT));
  tarball = join(project, packInfo.filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  // The package has no dependencies: installing it needs no registry.
  npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], project);
  browser = await launch();
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

test('the tarball holds the package files and nothing else', () => {
  const files = packInfo.files.map((f) => f.path).sort();
  assert.deepEqual(files, ['LICENSE', 'NOTICE', 'dist/batch.js', 'dist/quarry.d.ts', 'dist/quarry.js', 'dist/quarry.wasm',
    'dist/worker-main.js', 'dist/worker.d.ts', 'dist/worker.js', 'package.json'].concat(
    packInfo.files.some((f) => f.path === 'README.md') ? ['README.md'] : []).sort());
  assert.equal(packInfo.name, 'quarry');
  assert.equal(packInfo.version, pkg.version);
  console.log(`# tarball ${packInfo.filename}: ${packInfo.size} bytes packed, ${packInfo.unpackedSize} unpacked`);
  const installed = JSON.parse(readFileSync(join(project, 'node_modules/quarry/package.json'), 'utf8'));
  assert.equal(installed.sideEffects, false);
  assert.equal(installed.type, 'module');
  assert.ok(installed.exports['.'] && installed.exports['./worker'] && installed.exports['./quarry.wasm']);
});

test('Node: import quarry and quarry/worker from the installed package', () => {
  cpSync(join(FIXTURES, 'node-consumer.mjs'), join(project, 'node-consumer.mjs'));
  const out = JSON.parse(execFileSync(process.execPath, ['node-consumer.mjs'], { cwd: project, encoding: 'utf8' }));
  assert.equal(out.version, pkg.version);
  assert.equal(out.sameDefault, true);
  assert.equal(out.sentences, 3);
  assert.equal(out.paragraphs, 2);
  assert.deepEqual(out.mentions, [['EMAIL', 'a@b.org', true], ['URL', 'https://example.org/𝒳', true], ['HASHTAG', '#two', true]]);
  assert.equal(out.code, 'QUARRY_ERROR_INVALID_OPTIONS');
  assert.equal(out.workerSame, true);
  assert.equal(out.wasmExported, true);
  assert.ok(out.location.startsWith(join(project, 'node_modules', 'quarry')), out.location);
});

test('TypeScript: the consumer file type-checks against the installed package', () => {
  cpSync(fileURLToPath(new URL('../js/types/consumer.ts', import.meta.url)), join(project, 'consumer.ts'));
  cpSync(fileURLToPath(new URL('../js/types/tsconfig.json', import.meta.url)), join(project, 'tsconfig.json'));
  const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
  execFileSync(process.execPath, [tsc, '-p', join(project, 'tsconfig.json')], { cwd: project, encoding: 'utf8' });
});

async function runPage(root, path, name) {
  const server = await serve({ root, port: 0 });
  try {
    const { page, problems, requests } = await watchedPage(browser.context, server.url);
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => document.getElementById('out').textContent !== 'running', null, { timeout: 30000 });
    const out = JSON.parse(await page.textContent('#out'));
    await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, OUT)) });
    await page.close();
    return { out, problems, requests };
  } finally {
    await server.close();
  }
}

test('a plain page (import map, no bundler), a module worker and QuarryWorker in Chromium', async () => {
  cpSync(join(FIXTURES, 'page'), join(project, 'page'), { recursive: true });
  const { out, problems } = await runPage(project, '/page/index.html', 'package-plain-page');
  assert.equal(out.error, undefined, out.error);
  assert.equal(out.page.version, pkg.version);
  assert.equal(out.page.sentences, 3);
  assert.deepEqual(out.page.mentions.map(([, t]) => t), EXPECTED_MENTIONS);
  assert.deepEqual(out.moduleWorker, { version: pkg.version, sentences: 3, mentions: EXPECTED_MENTIONS });
  assert.equal(out.quarryWorker.same, true);
  assert.ok(out.quarryWorker.progress.length === 2, `batches: ${out.quarryWorker.progress}`);
  assert.deepEqual(problems, []);
});

test('a Vite 7 production build of an app using the package, in Chromium', async () => {
  const app = join(project, 'vite-app');
  cpSync(join(FIXTURES, 'vite-app'), app, { recursive: true });
  const warnings = [];
  const logger = {
    info() {}, warnOnce: (m) => warnings.push(m), warn: (m) => warnings.push(m), error: (m) => warnings.push(m),
    clearScreen() {}, hasErrorLogged: () => false, hasWarned: false,
  };
  const t0 = performance.now();
  await build({
    root: app, configFile: false, logLevel: 'warn', customLogger: logger,
    worker: { format: 'es' },
    build: { outDir: join(app, 'dist'), emptyOutDir: true },
  });
  console.log('# vite build ms', Math.round(performance.now() - t0));
  assert.deepEqual(warnings, [], 'vite build printed warnings');
  const assets = readdirSync(join(app, 'dist/assets'));
  const wasm = assets.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `one hashed quarry.wasm: ${assets}`);
  assert.match(wasm[0], /^quarry-[\w-]+\.wasm$/);
  assert.equal(statSync(join(app, 'dist/assets', wasm[0])).size, statSync(join(ROOT, 'dist/quarry.wasm')).size);
  assert.ok(assets.some((f) => /^worker-main-.*\.js$/.test(f)), `the package's worker is bundled: ${assets}`);
  const { out, problems, requests } = await runPage(join(app, 'dist'), '/index.html', 'package-vite');
  assert.equal(out.error, undefined, out.error);
  assert.deepEqual(out.page, { version: pkg.version, sentences: 3, mentions: EXPECTED_MENTIONS });
  assert.deepEqual(out.moduleWorker, { version: pkg.version, sentences: 3, mentions: EXPECTED_MENTIONS });
  assert.equal(out.quarryWorker.same, true);
  assert.ok(requests.some((u) => u.endsWith(wasm[0])), 'the page loaded the hashed wasm');
  assert.ok(!requests.some((u) => u.includes('node_modules')), 'nothing from node_modules at run time');
  assert.deepEqual(problems, []);
});
