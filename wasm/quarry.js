// Quarry for JavaScript: the ESM loader of quarry.wasm and the `Quarry` API.
//
// quarry.wasm is a bare (STANDALONE_WASM) module: no Emscripten glue. This file supplies the
// few imports it has, runs its static constructors and turns one analysis into one call:
// the text goes in as UTF-8, the JSON contract comes out with UTF-16 offsets and is parsed.
// The same file works in Node, on a page, in a module worker and through bundlers (the
// `new URL('./quarry.wasm', import.meta.url)` below is the pattern they rewrite).
// docs/wasm.md explains the design.

const wasmUrl = new URL('./quarry.wasm', import.meta.url);
const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

// Status names in the order of their pinned values (core/include/quarry/quarry.h).
const STATUS_NAMES = [
  'QUARRY_OK',
  'QUARRY_ERROR_INVALID_ARGUMENT',
  'QUARRY_ERROR_INVALID_OPTIONS',
  'QUARRY_ERROR_INVALID_UTF8',
  'QUARRY_ERROR_OUT_OF_MEMORY',
  'QUARRY_ERROR_TOO_LARGE',
  'QUARRY_ERROR_INTERNAL',
];

const JSON_TOKENS = 1;
const JSON_OFFSETS_UTF16 = 2;

// camelCase option -> the core's key. Anything else is an error that names the key.
const CORE_OPTIONS = {
  invalidUtf8: 'invalid_utf8',
  referenceDate: 'reference_date',
  locale: 'locale',
  dateOrder: 'date_order',
  entities: 'entities',
  extract: 'extract',
};

// Distinct per-call option sets get their own analyzer; this many are kept per Quarry.
const MAX_CACHED_ANALYZERS = 8;

// The wasm exports the loader relies on; a module without one of them is refused at init.
const REQUIRED_EXPORTS = [
  'memory', '_initialize', 'qw_alloc', 'qw_free', 'qw_version', 'qw_analyzer_new',
  'qw_analyzer_free', 'qw_analyze', 'qw_string_free', 'qw_status', 'qw_result_length',
  'qw_status_string', 'qw_error_message', 'qw_error_offset', 'qw_heap_used',
];

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** An error from the core or from argument checking; `code` is the C status name. */
export class QuarryError extends Error {
  constructor(code, message, offset) {
    super(message);
    this.name = 'QuarryError';
    this.code = code;
    if (offset !== undefined && offset >= 0) this.offset = offset;
  }
}

function invalidOptions(message) {
  return new QuarryError('QUARRY_ERROR_INVALID_OPTIONS', message);
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// Splits JS options into the core's options (snake_case JSON) and the keys this layer owns.
// `own` lists the keys the caller handles itself; every other unknown key is an error.
function splitOptions(options, own, where) {
  if (options === undefined || options === null) return { core: {}, rest: {} };
  if (!isPlainObject(options)) throw invalidOptions(`${where}: options must be an object`);
  const core = {};
  const rest = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (Object.hasOwn(CORE_OPTIONS, key)) core[CORE_OPTIONS[key]] = value;
    else if (own.includes(key)) rest[key] = value;
    else {
      const camel = Object.keys(CORE_OPTIONS).find((k) => CORE_OPTIONS[k] === key);
      const hint = camel ? ` (did you mean "${camel}"?)` : '';
      const known = [...Object.keys(CORE_OPTIONS), ...own].join(', ');
      throw invalidOptions(`${where}: unknown option "${key}"${hint}; known options: ${known}`);
    }
  }
  return { core, rest };
}

// A string with a lone surrogate: TextEncoder writes U+FFFD for it (3 bytes that the core
// counts as 1 UTF-16 unit, so offsets stay aligned) but mention texts then differ.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function isWellFormed(s) {
  return typeof s.isWellFormed === 'function' ? s.isWellFormed() : !LONE_SURROGATE.test(s);
}

// ------------------------------------------------------------------------- loading

let defaultModule = null; // Promise<WebAssembly.Module> for the packaged quarry.wasm

async function readBytes(url) {
  if (isNode && url.protocol === 'file:') {
    // A variable specifier keeps bundlers from trying to resolve node:fs for browsers.
    const fsName = 'node:fs/promises';
    const fs = await import(/* @vite-ignore */ fsName);
    return { bytes: await fs.readFile(url) };
  }
  const response = await fetch(url);
  if (!response.ok) {
    throw new QuarryError('QUARRY_ERROR_INVALID_ARGUMENT',
      `cannot load ${url.href}: HTTP ${response.status}`);
  }
  return { response };
}

async function compileFrom(url) {
  const { bytes, response } = await readBytes(url);
  if (bytes) return WebAssembly.compile(bytes);
  // Streaming compilation needs the right MIME type; other servers still work, just slower.
  const type = response.headers.get('content-type') || '';
  if (typeof WebAssembly.compileStreaming === 'function' && type.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

function compileModule(source) {
  if (source === undefined || source === null) {
    defaultModule ??= compileFrom(wasmUrl).catch((e) => {
      defaultModule = null; // let a later init try again
      throw e;
    });
    return defaultModule;
  }
  if (source instanceof WebAssembly.Module) return Promise.resolve(source);
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return WebAssembly.compile(source);
  if (typeof source === 'string' || source instanceof URL) {
    const base = typeof location === 'object' && location?.href ? location.href : wasmUrl;
    return compileFrom(new URL(source, base));
  }
  return Promise.reject(invalidOptions('init: "wasm" must be a URL, the bytes or a WebAssembly.Module'));
}

// One instantiated module: its memory, its exports and the imports it was given.
class Runtime {
  constructor() {
    this.exports = null;
    this.dead = null; // the error that killed the instance (a trap), if any
    this.stderr = '';
  }

  // What the module may import. The test suite checks that the module imports nothing else.
  imports() {
    const rt = this;
    return {
      env: {
        // Memory grew: nothing to do, views onto memory are never cached.
        emscripten_notify_memory_growth() {},
      },
      wasi_snapshot_preview1: {
        proc_exit(code) {
          throw new QuarryError('QUARRY_ERROR_INTERNAL', `quarry.wasm exited with status ${code}`);
        },
        fd_write(fd, iovs, count, nwrittenPtr) {
          const view = new DataView(rt.exports.memory.buffer);
          let n = 0;
          for (let i = 0; i < count; i++) {
            const ptr = view.getUint32(iovs + i * 8, true);
            const len = view.getUint32(iovs + i * 8 + 4, true);
            rt.stderr += decoder.decode(new Uint8Array(rt.exports.memory.buffer, ptr, len));
            n += len;
          }
          view.setUint32(nwrittenPtr, n, true);
          let nl;
          while ((nl = rt.stderr.indexOf('\n')) >= 0) {
            console.warn(`quarry.wasm (fd ${fd}): ${rt.stderr.slice(0, nl)}`);
            rt.stderr = rt.stderr.slice(nl + 1);
          }
          return 0;
        },
        fd_close: () => 0,
        fd_seek: () => 70, // ESPIPE: there are no files
      },
    };
  }

  async start(module) {
    const instance = await WebAssembly.instantiate(module, this.imports());
    const ex = instance.exports;
    const missing = REQUIRED_EXPORTS.filter((name) => !(name in ex));
    if (missing.length) {
      throw new QuarryError('QUARRY_ERROR_INTERNAL', `quarry.wasm lacks exports: ${missing.join(', ')}`);
    }
    this.exports = ex;
    ex._initialize(); // C++ static constructors
    this.version = this.cString(ex.qw_version());
    return this;
  }

  heap() {
    return new Uint8Array(this.exports.memory.buffer); // never cached: memory may grow
  }

  cString(ptr) {
    const heap = this.heap();
    const start = ptr >>> 0;
    return decoder.decode(heap.subarray(start, heap.indexOf(0, start)));
  }

  // Copies a JS string into wasm memory as UTF-8; returns [pointer, byte length].
  // The caller frees the pointer.
  toWasm(text) {
    const capacity = text.length * 3; // a UTF-16 unit never needs more than 3 UTF-8 bytes
    const ptr = this.exports.qw_alloc(capacity + 1) >>> 0;
    if (!ptr) throw new QuarryError('QUARRY_ERROR_OUT_OF_MEMORY', 'out of wasm memory');
    const heap = this.heap();
    const { written } = encoder.encodeInto(text, heap.subarray(ptr, ptr + capacity));
    heap[ptr + written] = 0;
    return [ptr, written];
  }

  lastError() {
    const ex = this.exports;
    const status = ex.qw_status();
    const code = STATUS_NAMES[status] ?? this.cString(ex.qw_status_string(status));
    const message = this.cString(ex.qw_error_message()) || code;
    return new QuarryError(code, message, ex.qw_error_offset());
  }

  // Runs fn; a trap (or a throw from an import) kills this instance for good.
  guard(fn) {
    if (this.dead) {
      throw new QuarryError('QUARRY_ERROR_INTERNAL',
        `quarry.wasm stopped after an earlier failure (${this.dead.message}); create a new Quarry`);
    }
    try {
      return fn();
    } catch (e) {
      if (e instanceof QuarryError && e.code !== 'QUARRY_ERROR_INTERNAL') throw e;
      this.dead = e;
      if (runtimeShared === this) runtimeShared = null;
      throw e instanceof QuarryError ? e : new QuarryError('QUARRY_ERROR_INTERNAL', `quarry.wasm trapped: ${e.message}`);
    }
  }

  newAnalyzer(coreOptions) {
    return this.guard(() => {
      const json = Object.keys(coreOptions).length ? JSON.stringify(coreOptions) : '';
      const [ptr] = this.toWasm(json);
      const analyzer = this.exports.qw_analyzer_new(ptr) >>> 0;
      this.exports.qw_free(ptr);
      if (!analyzer) throw this.lastError();
      return analyzer;
    });
  }

  freeAnalyzer(analyzer) {
    if (!this.dead) this.exports.qw_analyzer_free(analyzer);
  }

  analyze(analyzer, text, flags) {
    return this.guard(() => {
      const ex = this.exports;
      const [ptr, len] = this.toWasm(text);
      let json;
      try {
        const result = ex.qw_analyze(analyzer, ptr, len, flags) >>> 0;
        if (!result) throw this.lastError();
        const length = ex.qw_result_length() >>> 0;
        json = decoder.decode(this.heap().subarray(result, result + length));
        ex.qw_string_free(result);
      } finally {
        ex.qw_free(ptr);
      }
      const doc = JSON.parse(json);
      if (!isWellFormed(text)) {
        for (const m of doc.mentions) m.text = text.slice(m.start, m.end);
      }
      return doc;
    });
  }
}

// All Quarry objects of a realm share one instance (like tree-sitter's Parser.init()): a
// Quarry is then cheap, and each owns only its analyzers inside the shared memory.
let runtimeShared = null; // Promise<Runtime> of the packaged module

function runtimeFor(wasm) {
  if (wasm !== undefined && wasm !== null) {
    return compileModule(wasm).then((m) => new Runtime().start(m));
  }
  if (!runtimeShared) {
    const p = compileModule().then((m) => new Runtime().start(m));
    runtimeShared = p;
    p.catch(() => { if (runtimeShared === p) runtimeShared = null; });
  }
  return runtimeShared;
}

// Frees the analyzers of a Quarry that was dropped without dispose().
const finalizer = new FinalizationRegistry(({ runtime, analyzers }) => {
  for (const ptr of analyzers.values()) runtime.freeAnalyzer(ptr);
  analyzers.clear();
});

// ------------------------------------------------------------------------- the API

export class Quarry {
  #runtime;
  #analyzers; // Map: options JSON ('' = the init options) -> analyzer pointer
  #initOptions;
  #token = {};

  /** Loads quarry.wasm (once per realm) and makes an analyzer with these options. */
  static async init(options = {}) {
    const { core, rest } = splitOptions(options, ['wasm'], 'Quarry.init');
    const runtime = await runtimeFor(rest.wasm);
    return new Quarry(runtime, core, Symbol.for('quarry.init'));
  }

  constructor(runtime, coreOptions, key) {
    if (key !== Symbol.for('quarry.init')) {
      throw new TypeError('use `await Quarry.init(options)` to create a Quarry');
    }
    this.#runtime = runtime;
    this.#initOptions = coreOptions;
    this.#analyzers = new Map();
    this.#analyzers.set('', runtime.newAnalyzer(coreOptions));
    finalizer.register(this, { runtime, analyzers: this.#analyzers }, this.#token);
  }

  /** The core's version, e.g. "0.1.0". */
  get version() {
    return this.#runtime.version;
  }

  /** Whether dispose() was called. */
  get disposed() {
    return this.#analyzers === null;
  }

  /**
   * Analyzes text. Options given here override the init options for this call (each
   * distinct set gets its own analyzer, kept for the next calls). `tokens: true` adds the
   * tokens array. Offsets are UTF-16 code units: text.slice(m.start, m.end) === m.text.
   */
  analyze(text, options) {
    if (this.#analyzers === null) {
      throw new QuarryError('QUARRY_ERROR_INVALID_ARGUMENT', 'analyze: this Quarry was disposed');
    }
    if (typeof text !== 'string') {
      throw new QuarryError('QUARRY_ERROR_INVALID_ARGUMENT',
        `analyze: text must be a string, not ${text === null ? 'null' : typeof text}`);
    }
    const { core, rest } = splitOptions(options, ['tokens'], 'analyze');
    if (rest.tokens !== undefined && typeof rest.tokens !== 'boolean') {
      throw invalidOptions('analyze: option "tokens" must be a boolean');
    }
    const analyzer = this.#analyzerFor(core);
    const flags = JSON_OFFSETS_UTF16 | (rest.tokens ? JSON_TOKENS : 0);
    return this.#runtime.analyze(analyzer, text, flags);
  }

  #analyzerFor(core) {
    if (Object.keys(core).length === 0) return this.#analyzers.get('');
    const merged = { ...this.#initOptions, ...core };
    const key = JSON.stringify(merged);
    let ptr = this.#analyzers.get(key);
    if (ptr !== undefined) {
      this.#analyzers.delete(key); // re-insert: the map's order is the eviction order
      this.#analyzers.set(key, ptr);
      return ptr;
    }
    ptr = this.#runtime.newAnalyzer(merged);
    if (this.#analyzers.size > MAX_CACHED_ANALYZERS) {
      for (const [k, p] of this.#analyzers) {
        if (k === '') continue;
        this.#analyzers.delete(k);
        this.#runtime.freeAnalyzer(p);
        break;
      }
    }
    this.#analyzers.set(key, ptr);
    return ptr;
  }

  /** Memory of the wasm instance (shared by the Quarry objects of a realm). */
  memoryUsage() {
    const ex = this.#runtime.exports;
    return { wasmBytes: ex.memory.buffer.byteLength, heapUsed: ex.qw_heap_used() };
  }

  /** Frees this Quarry's analyzers. Calling it again does nothing. */
  dispose() {
    if (this.#analyzers === null) return;
    finalizer.unregister(this.#token);
    for (const ptr of this.#analyzers.values()) this.#runtime.freeAnalyzer(ptr);
    this.#analyzers = null;
  }
}

export default Quarry;
