// Types of `quarry/worker` (worker.js): Quarry on another thread.
import type { AnalysisResult, AnalyzeOptions, AnalyzerOptions, Quarry, Token } from './quarry.js';

export { QuarryError } from './quarry.js';
export type * from './quarry.js';

export interface Progress {
  /** UTF-16 code units analyzed so far. */
  done: number;
  /** The text's length. */
  total: number;
}

export interface AnalysisControl {
  /** Called after each batch. */
  onProgress?: (progress: Progress) => void;
  /** Cancels the analysis: the promise rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** Batch size in UTF-16 code units (default 65536); batches end after a blank line. */
  batchSize?: number;
}

export interface WorkerInitOptions extends AnalyzerOptions {
  /** Where the worker loads quarry.wasm from (a URL or a compiled module). */
  wasm?: string | URL | WebAssembly.Module;
}

export class QuarryWorker {
  private constructor();
  /** Starts a worker (a module Worker in browsers, worker_threads in Node). */
  static init(options?: WorkerInitOptions): Promise<QuarryWorker>;
  readonly version: string;
  analyze(text: string, options: AnalyzeOptions & { tokens: true }, control?: AnalysisControl): Promise<AnalysisResult & { tokens: Token[] }>;
  analyze(text: string, options?: AnalyzeOptions, control?: AnalysisControl): Promise<AnalysisResult>;
  /** Stops the worker; pending analyses reject. */
  terminate(): void;
}

/** The batch ranges [start, end) analyzeInBatches would use. */
export function batchRanges(text: string, batchSize?: number): Array<[number, number]>;

/** Batch-by-batch analysis on the current thread, yielding between batches. */
export function analyzeInBatches(
  quarry: Quarry,
  text: string,
  options?: AnalyzeOptions,
  control?: AnalysisControl,
): Promise<AnalysisResult>;

export default QuarryWorker;
