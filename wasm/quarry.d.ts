// Types of the `quarry` package (quarry.js). The result objects follow the JSON contract of
// the C API (docs/ARCHITECTURE: "The JSON contract"), with offsets in UTF-16 code units.

/** Mention types the core knows; later versions may add more, so any string may appear. */
export type MentionType =
  | 'PERSON' | 'ORG' | 'LOC' | 'NORP' | 'MISC'
  | 'DATE' | 'TIME' | 'DURATION'
  | 'CARDINAL' | 'ORDINAL' | 'PERCENT' | 'MONEY' | 'QUANTITY'
  | 'URL' | 'EMAIL' | 'PHONE' | 'HASHTAG' | 'HANDLE' | 'ID'
  | (string & {});

export type TokenKind =
  | 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email' | 'handle' | 'hashtag'
  | 'emoji' | 'emoticon' | 'citation' | 'abbreviation';

/** A half-open range [start, end) of UTF-16 code units: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {}

export interface Sentence extends Span {
  /** Index of the paragraph holding the sentence. */
  paragraph: number;
}

export interface Token extends Span {
  kind: TokenKind;
}

/**
 * One extracted item. Fields that do not apply to a type are absent or null; a field's
 * meaning never changes between types.
 */
export interface Mention extends Span {
  type: MentionType;
  /** The mention's text: always `text.slice(start, end)`. */
  text: string;
  /** Index of the sentence holding the mention. */
  sentence: number;
  /** The normalized value: a number (CARDINAL, MONEY, ...) or an ISO string (DATE, ...). */
  value?: number | string | null;
  /** Bounds of a range or an approximation ("more than 90,000": low 90000, high null). */
  low?: number | null;
  high?: number | null;
  /** "gt", "lt", "approx", ...; a TIME after "about" or "around" is "approx". */
  qualifier?: string;
  /** A unit or currency ("km", "USD"). */
  unit?: string | null;
  /** The counted noun ("residents" in "90,000 residents"). */
  counted?: string | null;
  /** The precision of a date or time: "year", "month", "day", ... */
  grain?: string;
  /** The canonical name of an entity. */
  canonical?: string;
  /** Mentions of the same entity share a group id. */
  group?: number;
}

export interface ReferenceDate {
  value: string | null;
  source: 'option' | 'dateline' | 'none';
}

export interface AnalysisResult {
  /** The core's version. */
  quarry: string;
  offsets: 'utf16';
  reference_date: ReferenceDate;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Only with `tokens: true`. */
  tokens?: Token[];
  mentions: Mention[];
}

/** Options of an analyzer (the C API's options, in camelCase). */
export interface AnalyzerOptions {
  /** What to do with invalid UTF-8 ("error" by default). JS strings are always valid. */
  invalidUtf8?: 'error' | 'replace';
  /** "YYYY-MM-DD": what relative dates resolve against (default: a dateline, else none). */
  referenceDate?: string | null;
  /** The number format, e.g. "en", "de"; default: per document. */
  locale?: string;
  /** How to read "09/10/2023". */
  dateOrder?: 'auto' | 'dmy' | 'mdy';
  /** Phrases that win over the model. */
  entities?: ReadonlyArray<{ text: string; type: MentionType }>;
  /** The stages to run (default all). */
  extract?: ReadonlyArray<'patterns' | 'numbers' | 'entities'>;
}

export interface AnalyzeOptions extends AnalyzerOptions {
  /** Include the tokens array. */
  tokens?: boolean;
}

export interface InitOptions extends AnalyzerOptions {
  /**
   * Where quarry.wasm comes from, when not next to quarry.js: a URL, its bytes, or a
   * compiled module. Default: `new URL('./quarry.wasm', import.meta.url)`.
   */
  wasm?: string | URL | ArrayBuffer | ArrayBufferView | WebAssembly.Module;
}

/** The C API's status names (quarry_status_string). */
export type QuarryErrorCode =
  | 'QUARRY_ERROR_INVALID_ARGUMENT'
  | 'QUARRY_ERROR_INVALID_OPTIONS'
  | 'QUARRY_ERROR_INVALID_UTF8'
  | 'QUARRY_ERROR_OUT_OF_MEMORY'
  | 'QUARRY_ERROR_TOO_LARGE'
  | 'QUARRY_ERROR_INTERNAL';

export class QuarryError extends Error {
  readonly name: 'QuarryError';
  readonly code: QuarryErrorCode;
  /** For QUARRY_ERROR_INVALID_UTF8: the UTF-8 byte offset of the first bad byte. */
  readonly offset?: number;
  constructor(code: QuarryErrorCode, message: string, offset?: number);
}

export interface MemoryUsage {
  /** Size of the wasm memory in bytes (it grows, never shrinks). */
  wasmBytes: number;
  /** Bytes in use by malloc inside it. */
  heapUsed: number;
}

export class Quarry {
  private constructor();
  /** Loads quarry.wasm (once per realm) and makes an analyzer with these options. */
  static init(options?: InitOptions): Promise<Quarry>;
  /** The core's version, e.g. "0.1.0". */
  readonly version: string;
  /** Whether dispose() was called. */
  readonly disposed: boolean;
  /**
   * Analyzes text; options here override the init options for this call.
   * Throws QuarryError.
   */
  analyze(text: string, options: AnalyzeOptions & { tokens: true }): AnalysisResult & { tokens: Token[] };
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** Memory of the wasm instance shared by the Quarry objects of this realm. */
  memoryUsage(): MemoryUsage;
  /** Frees the analyzers. Later analyze() calls throw. A no-op the second time. */
  dispose(): void;
}

export default Quarry;
