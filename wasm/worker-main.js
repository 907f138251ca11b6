// The script that runs inside the worker started by QuarryWorker (worker.js): a Web module
// worker in browsers, a worker_threads worker in Node. It owns one Quarry and analyzes each
// text batch by batch (batch.js), posting progress, and stops at the next batch when told.
import { Quarry } from './quarry.js';
import { analyzeInBatches } from './batch.js';

let post;
let listen;
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  post = (message) => self.postMessage(message);
  listen = (handler) => self.addEventListener('message', (event) => handler(event.data));
} else {
  const name = 'node:worker_threads'; // a variable: bundlers leave it alone
  const { parentPort } = await import(/* @vite-ignore */ name);
  post = (message) => parentPort.postMessage(message);
  listen = (handler) => parentPort.on('message', handler);
}

function errorData(e) {
  return { name: e?.name ?? 'Error', code: e?.code, message: e?.message ?? String(e), offset: e?.offset };
}

let quarry = null;
const jobs = new Map(); // id -> AbortController

async function run({ id, text, options, batchSize }) {
  const controller = new AbortController();
  jobs.set(id, controller);
  const started = performance.now();
  try {
    // Each batch's items go out as soon as they exist: the page then deserializes many small
    // messages instead of one big one, and its frames stay short.
    const result = await analyzeInBatches(quarry, text, options, {
      batchSize,
      signal: controller.signal,
      onBatch: (items) => post({ type: 'batch', id, items }),
      onProgress: ({ done, total }) => post({ type: 'progress', id, done, total }),
    });
    const { paragraphs, sentences, tokens, mentions, ...head } = result;
    post({ type: 'result', id, head, withTokens: tokens !== undefined, ms: performance.now() - started });
  } catch (e) {
    post({ type: 'error', id, error: errorData(e) });
  } finally {
    jobs.delete(id);
  }
}

listen(async (message) => {
  switch (message?.type) {
    case 'init':
      try {
        quarry = await Quarry.init(message.options ?? {});
        post({ type: 'ready', version: quarry.version });
      } catch (e) {
        post({ type: 'init-error', error: errorData(e) });
      }
      break;
    case 'analyze':
      if (!quarry) post({ type: 'error', id: message.id, error: { name: 'Error', message: 'not initialized' } });
      else run(message);
      break;
    case 'cancel':
      jobs.get(message.id)?.abort();
      break;
    default:
      break;
  }
});
