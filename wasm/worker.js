// quarry/worker: Quarry on another thread, for long texts. The page stays responsive; the
// worker analyzes batch by batch (paragraph boundaries), reports progress and can be
// cancelled between two batches with an AbortSignal. Works in browsers (a module worker)
// and in Node (worker_threads). Results are the same objects Quarry#analyze returns.
import { QuarryError } from './quarry.js';

export { QuarryError };

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';
const WORKER_MAIN = './worker-main.js';

function toError(data) {
  if (data?.name === 'QuarryError') return new QuarryError(data.code, data.message, data.offset);
  if (data?.name === 'AbortError' && typeof DOMException === 'function') {
    return new DOMException(data.message, 'AbortError');
  }
  return Object.assign(new Error(data?.message ?? 'worker error'), { name: data?.name ?? 'Error' });
}

function abortReason(signal) {
  if (signal.reason !== undefined) return signal.reason;
  return new DOMException('The analysis was cancelled', 'AbortError');
}

export class QuarryWorker {
  #worker = null;
  #send = null;
  #jobs = new Map(); // id -> { resolve, reject, onProgress, cleanup }
  #nextId = 1;
  #version = '';
  #failure = null;

  /** Starts a worker with a Quarry made from these options (see Quarry.init). */
  static async init(options = {}) {
    const w = new QuarryWorker(Symbol.for('quarry.worker'));
    await w.#start(options);
    return w;
  }

  constructor(key) {
    if (key !== Symbol.for('quarry.worker')) {
      throw new TypeError('use `await QuarryWorker.init(options)` to create a QuarryWorker');
    }
  }

  async #start(options) {
    let ready;
    const readyPromise = new Promise((resolve, reject) => { ready = { resolve, reject }; });
    const onMessage = (message) => this.#onMessage(message, ready);
    const onError = (error) => this.#fail(error instanceof Error ? error : new Error(error?.message ?? 'worker failed'), ready);
    if (isNode) {
      const name = 'node:worker_threads'; // a variable: bundlers leave it alone
      const { Worker: NodeWorker } = await import(/* @vite-ignore */ name);
      // Not the literal `new URL('./worker-main.js', ...)` form: bundlers would copy the file.
      const worker = new NodeWorker(new URL(WORKER_MAIN, import.meta.url));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', (code) => onError(new Error(`the worker exited (${code})`)));
      this.#worker = worker;
    } else {
      const worker = new Worker(new URL('./worker-main.js', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event) => onMessage(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault?.();
        onError(new Error(event.message || 'the worker failed to start'));
      });
      this.#worker = worker;
    }
    this.#send = (message) => this.#worker.postMessage(message);
    const { wasm, ...rest } = options ?? {};
    if (wasm !== undefined && !(typeof wasm === 'string' || wasm instanceof URL || wasm instanceof WebAssembly.Module)) {
      throw new QuarryError('QUARRY_ERROR_INVALID_OPTIONS', 'QuarryWorker.init: "wasm" must be a URL or a WebAssembly.Module');
    }
    this.#send({ type: 'init', options: wasm === undefined ? rest : { ...rest, wasm: wasm instanceof URL ? wasm.href : wasm } });
    try {
      await readyPromise;
    } catch (e) {
      this.terminate();
      throw e;
    }
  }

  #onMessage(message, ready) {
    switch (message?.type) {
      case 'ready':
        this.#version = message.version;
        ready.resolve();
        return;
      case 'init-error':
        ready.reject(toError(message.error));
        return;
    }
    const job = this.#jobs.get(message?.id);
    if (!job) return; // a job cancelled here already
    if (message.type === 'batch') {
      job.parts.push(message.items);
    } else if (message.type === 'progress') {
      job.onProgress?.({ done: message.done, total: message.total });
    } else if (message.type === 'result') {
      job.finish();
      const all = (key) => [].concat(...job.parts.map((items) => items[key] ?? []));
      // The keys in the order analyze() gives them.
      job.resolve({
        ...message.head,
        paragraphs: all('paragraphs'),
        sentences: all('sentences'),
        ...(message.withTokens ? { tokens: all('tokens') } : {}),
        mentions: all('mentions'),
      });
    } else if (message.type === 'error') {
      job.finish();
      job.reject(toError(message.error));
    }
  }

  #fail(error, ready) {
    if (this.#failure) return;
    this.#failure = error;
    ready.reject(error);
    for (const job of [...this.#jobs.values()]) {
      job.finish();
      job.reject(error);
    }
  }

  /** The core's version. */
  get version() {
    return this.#version;
  }

  /**
   * Analyzes text on the worker. `control.onProgress({done, total})` is called after each
   * batch (in UTF-16 code units); `control.signal` cancels: the promise then rejects with
   * the signal's reason (an AbortError) and the worker stops at its next batch.
   */
  analyze(text, options = {}, control = {}) {
    const { onProgress, signal, batchSize } = control;
    if (this.#failure) return Promise.reject(this.#failure);
    if (!this.#worker) {
      return Promise.reject(new QuarryError('QUARRY_ERROR_INVALID_ARGUMENT', 'analyze: this QuarryWorker was terminated'));
    }
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.#send?.({ type: 'cancel', id });
        job.finish();
        reject(abortReason(signal));
      };
      const job = {
        resolve,
        reject,
        onProgress,
        parts: [], // each batch's items, as they arrive
        finish: () => {
          this.#jobs.delete(id);
          signal?.removeEventListener('abort', onAbort);
        },
      };
      this.#jobs.set(id, job);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#send({ type: 'analyze', id, text, options, batchSize });
    });
  }

  /** Stops the worker; pending analyses reject. */
  terminate() {
    if (!this.#worker) return;
    const worker = this.#worker;
    this.#worker = null;
    this.#send = null;
    for (const job of [...this.#jobs.values()]) {
      job.finish();
      job.reject(new QuarryError('QUARRY_ERROR_INVALID_ARGUMENT', 'the QuarryWorker was terminated'));
    }
    this.#failure ??= new QuarryError('QUARRY_ERROR_INVALID_ARGUMENT', 'the QuarryWorker was terminated');
    worker.terminate();
  }
}

export { analyzeInBatches, batchRanges } from './batch.js';
export default QuarryWorker;
