// Runs in a fresh project that installed the packed tarball: the package from Node.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Quarry, QuarryError } from 'quarry';
import QuarryDefault from 'quarry';
import { QuarryWorker } from 'quarry/worker';

// The stages that read one paragraph at a time: results do not depend on batching.
const LOCAL = { extract: ['patterns', 'numbers'] };

const text = 'Packed and installed. Mail a@b.org 😀 or see https://example.org/𝒳.\n\nAnother paragraph #two.';
const q = await Quarry.init();
const r = q.analyze(text, LOCAL);
let code = null;
try {
  q.analyze('x', { dateOrder: 'nope' });
} catch (e) {
  code = e instanceof QuarryError ? e.code : String(e);
}
const w = await QuarryWorker.init();
const fromWorker = await w.analyze(text, LOCAL, { batchSize: 10 });
w.terminate();
const wasmPath = fileURLToPath(import.meta.resolve('quarry/quarry.wasm'));
console.log(JSON.stringify({
  version: q.version,
  sameDefault: QuarryDefault === Quarry,
  sentences: r.sentences.length,
  paragraphs: r.paragraphs.length,
  mentions: r.mentions.map((m) => [m.type, m.text, text.slice(m.start, m.end) === m.text]),
  code,
  workerSame: JSON.stringify(fromWorker) === JSON.stringify(r),
  wasmExported: existsSync(wasmPath) && wasmPath.endsWith('quarry.wasm'),
  location: fileURLToPath(import.meta.resolve('quarry')),
}));
