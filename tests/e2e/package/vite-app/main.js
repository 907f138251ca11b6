import { Quarry } from 'quarry';
import { QuarryWorker } from 'quarry/worker';

// The stages that read one paragraph at a time: results do not depend on batching.
const LOCAL = { extract: ['patterns', 'numbers'] };

const text = 'Bundled by Vite. Mail a@b.org 😀 or see https://example.org/𝒳.\n\nAnother paragraph #two.';
const out = {};
try {
  const q = await Quarry.init();
  const r = q.analyze(text, LOCAL);
  out.page = { version: q.version, sentences: r.sentences.length, mentions: r.mentions.map((m) => m.text) };
  out.moduleWorker = await new Promise((resolve, reject) => {
    const w = new Worker(new URL('./own-worker.js', import.meta.url), { type: 'module' });
    w.onmessage = (e) => { resolve(e.data); w.terminate(); };
    w.onerror = (e) => reject(new Error(e.message));
    w.postMessage(text);
  });
  const qw = await QuarryWorker.init();
  const fromWorker = await qw.analyze(text, LOCAL, { batchSize: 10 });
  out.quarryWorker = { same: JSON.stringify(fromWorker) === JSON.stringify(r) };
  qw.terminate();
} catch (e) {
  out.error = `${e.name}: ${e.message}`;
}
document.getElementById('out').textContent = JSON.stringify(out);
