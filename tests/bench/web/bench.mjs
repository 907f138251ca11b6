// The web benchmark: Quarry's wasm build in Node against its native build, and against the
// JS libraries people use today (compromise, wink-nlp with its lite web model, and the
// built-in Intl.Segmenter), on one generated English news-like corpus, in one run.
// Prints MB/s, ratios, init times and download sizes (raw and gzip, as a Vite build ships
// them). `--write` also writes docs/wasm-bench.md.
//
// Usage: node tests/bench/web/bench.mjs [--mb N] [--seconds S] [--write]
// (npm run bench:web; the wasm module must be built: scripts/build-web.sh)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { newsText } from '../../js/text.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MB = opt('--mb', 2); // corpus size for Quarry and Intl.Segmenter
const PEER_MB = opt('--peer-mb', 0.25); // compromise and wink-nlp are slow: a slice of the same corpus
const SECONDS = opt('--seconds', 3); // time budget per measurement
const BUILD = join(ROOT, 'build/h-web-bench');
mkdirSync(BUILD, { recursive: true });

const log = (...a) => console.error(...a);
const mbOf = (s) => Buffer.byteLength(s) / 1048576;

// Best and median of repeated runs of fn within the time budget (at least 3 runs after a warm-up).
function measure(fn, seconds = SECONDS, minRuns = 3) {
  fn();
  const times = [];
  const start = performance.now();
  while (times.length < minRuns || (performance.now() - start < seconds * 1000 && times.length < 200)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[Math.floor(times.length / 2)], runs: times.length };
}

// ------------------------------------------------------------------------ corpus

const corpus = newsText(MB * 1048576, 2024);
const peerCorpus = corpus.slice(0, corpus.indexOf('\n\n', PEER_MB * 1048576) + 1 || corpus.length);
const corpusFile = join(BUILD, 'corpus.txt');
writeFileSync(corpusFile, corpus);
log(`corpus: ${mbOf(corpus).toFixed(2)} MB (${corpus.split('\n\n').length} paragraphs); peers on the first ${mbOf(peerCorpus).toFixed(2)} MB`);

// ------------------------------------------------------------------------ native

// Segmentation only: paragraphs, sentences and tokens, no extraction stage.
const SEGMENT_ONLY = { extract: [] };

function native() {
  const dir = join(BUILD, 'native');
  log('native: building tests/bench/web/native (Release) ...');
  execFileSync('cmake', ['-S', join(ROOT, 'tests/bench/web/native'), '-B', dir, '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release',
    '-DQUARRY_WERROR=OFF'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('cmake', ['--build', dir, '-j', '2'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const run = (...extra) => JSON.parse(execFileSync(join(dir, 'quarry_web_bench_native'), [corpusFile, String(SECONDS), ...extra],
    { encoding: 'utf8' }));
  return { ...run(), segment: run(JSON.stringify(SEGMENT_ONLY)) };
}

// -------------------------------------------------------------------------- wasm

async function wasm() {
  // Cold init in a fresh process: read + compile + instantiate + analyzer.
  const initScript = `const t=performance.now();const {Quarry}=await import(${JSON.stringify(join(ROOT, 'dist/quarry.js'))});` +
    'const q=await Quarry.init();console.log(performance.now()-t);';
  const inits = [];
  for (let i = 0; i < 5; i++) {
    inits.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', initScript], { encoding: 'utf8' })));
  }
  inits.sort((a, b) => a - b);
  const { Quarry } = await import('../../../dist/quarry.js');
  const q = await Quarry.init();
  let mentions = 0;
  const api = measure(() => { mentions = q.analyze(corpus).mentions.length; });
  const segment = measure(() => q.analyze(corpus, SEGMENT_ONLY));

  // The core alone: the same qw_analyze call, without encoding the text or parsing the JSON.
  const bytes = readFileSync(join(ROOT, 'dist/quarry.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: { emscripten_notify_memory_growth() {} },
    wasi_snapshot_preview1: { proc_exit() { throw new Error('exit'); }, fd_write: () => 0, fd_close: () => 0, fd_seek: () => 70 },
  });
  const ex = instance.exports;
  ex._initialize();
  const analyzer = ex.qw_analyzer_new(0);
  const utf8 = new TextEncoder().encode(corpus);
  const ptr = ex.qw_alloc(utf8.length) >>> 0;
  new Uint8Array(ex.memory.buffer).set(utf8, ptr);
  const core = measure(() => ex.qw_string_free(ex.qw_analyze(analyzer, ptr, utf8.length, 2)));
  return { init: inits[Math.floor(inits.length / 2)], api, segment, core, mentions, version: q.version };
}

// ------------------------------------------------------------------------- peers

async function peers() {
  const results = [];
  const nlp = (await import('compromise')).default;
  let found = 0;
  let t = performance.now();
  nlp('Warm up.');
  const compromiseInit = performance.now() - t;
  const c = measure(() => {
    const doc = nlp(peerCorpus);
    found = doc.sentences().length + doc.urls().length + doc.emails().length + doc.hashTags().length + doc.atMentions().length;
  }, SECONDS, 2);
  results.push({ name: 'compromise 14 (nlp(text): tokens, tags, sentences; urls/emails/hashtags/handles)', ...c, bytes: Buffer.byteLength(peerCorpus), init: compromiseInit, found });

  t = performance.now();
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const wink = winkNLP(model);
  const winkInit = performance.now() - t;
  const w = measure(() => {
    const doc = wink.readDoc(peerCorpus);
    found = doc.sentences().length() + doc.entities().length();
  }, SECONDS, 2);
  results.push({ name: 'wink-nlp 2 + lite web model (readDoc: tokens, sentences, entities)', ...w, bytes: Buffer.byteLength(peerCorpus), init: winkInit, found });

  // Intl.Segmenter gets one paragraph at a time: on one long string it is superlinear in
  // Node 20 (sentences of 64 KB took seconds), which would be unfair to it.
  const paragraphs = corpus.split('\n\n');
  const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
  const s = measure(() => {
    found = 0;
    for (const p of paragraphs) for (const _ of sentences.segment(p)) found++;
  });
  results.push({ name: 'Intl.Segmenter, sentences only (per paragraph)', ...s, bytes: Buffer.byteLength(corpus), init: 0, found });
  const words = new Intl.Segmenter('en', { granularity: 'word' });
  const ws = measure(() => {
    found = 0;
    for (const p of paragraphs) for (const x of words.segment(p)) if (x.isWordLike) found++;
  });
  results.push({ name: 'Intl.Segmenter, words only (per paragraph)', ...ws, bytes: Buffer.byteLength(corpus), init: 0, found });
  return results;
}

// ------------------------------------------------------------------------- sizes

// What a page downloads: a Vite production build of `import X from pkg; use X`.
async function bundleSizes() {
  const { build } = await import('vite');
  const entries = {
    quarry: "import { Quarry } from 'quarry'; Quarry.init().then((q) => console.log(q.analyze('x')));",
    compromise: "import nlp from 'compromise'; console.log(nlp('x').json());",
    'wink-nlp + model': "import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; console.log(winkNLP(model).readDoc('x').out());",
  };
  const sizes = {};
  for (const [name, code] of Object.entries(entries)) {
    const dir = mkdtempSync(join(BUILD, 'size-')); // inside the repository: node_modules resolves
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    writeFileSync(join(dir, 'main.js'), code);
    await build({
      root: dir, configFile: false, logLevel: 'silent', resolve: { alias: { quarry: join(ROOT, 'dist/quarry.js') } },
      build: { outDir: join(dir, 'dist'), modulePreload: false, chunkSizeWarningLimit: 100000 },
    });
    let raw = 0;
    let gz = 0;
    for (const f of readdirSync(join(dir, 'dist/assets'))) {
      const b = readFileSync(join(dir, 'dist/assets', f));
      raw += b.length;
      gz += gzipSync(b, { level: 9 }).length;
    }
    sizes[name] = { raw, gz };
    rmSync(dir, { recursive: true, force: true });
  }
  const file = (f) => {
    const b = readFileSync(join(ROOT, 'dist', f));
    return { raw: b.length, gz: gzipSync(b, { level: 9 }).length };
  };
  const pack = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0];
  return { bundles: sizes, wasm: file('quarry.wasm'), loader: file('quarry.js'), tarball: { packed: pack.size, unpacked: pack.unpackedSize } };
}

// -------------------------------------------------------------------------- main

const nat = native();
log(`native: ${JSON.stringify(nat)}`);
const w = await wasm();
log(`wasm: init ${w.init.toFixed(1)} ms, api best ${w.api.best.toFixed(1)} ms, core best ${w.core.best.toFixed(1)} ms`);
const p = await peers();
const sizes = await bundleSizes();

const rate = (bytes, ms) => bytes / 1048576 / (ms / 1000);
const bytes = Buffer.byteLength(corpus);
const nativeRate = rate(nat.bytes, nat.best_ms);
const wasmApi = rate(bytes, w.api.best);
const wasmCore = rate(bytes, w.core.best);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [
  ['Quarry native (C API: analyze + JSON, g++ -O3)', nativeRate, nat.init_ms, `${nat.mentions} mentions`],
  ['Quarry wasm in Node, core call (analyze + JSON)', wasmCore, null, ''],
  ['Quarry wasm in Node, `q.analyze(text)` (+ UTF-8 copy, JSON.parse)', wasmApi, w.init, `${w.mentions} mentions`],
  ['Quarry native, segmentation only (`extract: []`)', rate(nat.segment.bytes, nat.segment.best_ms), null, 'paragraphs, sentences, tokens'],
  ['Quarry wasm in Node, `q.analyze(text, { extract: [] })`', rate(bytes, w.segment.best), null, 'paragraphs, sentences, tokens'],
  ...p.map((r) => [r.name, rate(r.bytes, r.best), r.init, `${r.found} found`]),
];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [];
lines.push('# Quarry in WebAssembly: benchmark');
lines.push('');
lines.push(`Generated by \`npm run bench:web\` (tests/bench/web/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: ` +
  `Node ${process.version}, ${cpu}, ${cpus().length} cores, Quarry ${w.version}. Corpus: ${mbOf(corpus).toFixed(2)} MB of generated ` +
  `English news-like text (tests/js/text.mjs, our own words); compromise and wink-nlp run on its first ${mbOf(peerCorpus).toFixed(2)} MB. ` +
  `Best of repeated runs (${SECONDS} s budget each, after a warm-up). Throughput is UTF-8 MB (2^20 bytes) per second.`);
lines.push('');
lines.push('| what | MB/s | vs native | vs wasm `analyze` | init (ms) | output |');
lines.push('|---|---:|---:|---:|---:|---|');
for (const [name, r, init, note] of rows) {
  lines.push(`| ${name} | ${r.toFixed(2)} | ${(r / nativeRate).toFixed(2)}× | ${(r / wasmApi).toFixed(r / wasmApi < 0.1 ? 3 : 2)}× | ` +
    `${init === null ? '' : init.toFixed(1)} | ${note} |`);
}
lines.push('');
lines.push('Init: native = `quarry_analyzer_new`; wasm = a fresh Node process importing the package and awaiting ' +
  '`Quarry.init()` (read, compile, instantiate, first analyzer), median of 5; peers = loading the library and its model in-process.');
lines.push('');
lines.push('| download | raw | gzip -9 |');
lines.push('|---|---:|---:|');
lines.push(`| quarry.wasm | ${kb(sizes.wasm.raw)} | ${kb(sizes.wasm.gz)} |`);
lines.push(`| quarry.js (the loader) | ${kb(sizes.loader.raw)} | ${kb(sizes.loader.gz)} |`);
for (const [name, s] of Object.entries(sizes.bundles)) lines.push(`| Vite build of a page using ${name} (all assets) | ${kb(s.raw)} | ${kb(s.gz)} |`);
lines.push(`| npm tarball of quarry (packed / unpacked) | ${kb(sizes.tarball.packed)} | ${kb(sizes.tarball.unpacked)} unpacked |`);
lines.push('');
lines.push('The peers do different work: compromise and wink-nlp also tag parts of speech; Intl.Segmenter only segments ' +
  '(compare it with the segmentation-only rows). ' +
  'Quarry tokenizes, splits paragraphs and sentences and extracts mentions (what its core extracts at this version), and returns ' +
  'them as JS objects with UTF-16 offsets.');
const table = lines.join('\n');
console.log(table);
if (args.includes('--write')) {
  writeFileSync(join(ROOT, 'docs/wasm-bench.md'), `${table}\n`);
  log('wrote docs/wasm-bench.md');
}
