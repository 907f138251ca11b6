// The module's surface: its exports equal the checked-in wasm/exports.txt, and it imports
// nothing the loader (quarry.js) does not provide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const wasmBytes = await readFile(new URL('../../dist/quarry.wasm', import.meta.url));
const module = new WebAssembly.Module(wasmBytes);

test('the exports equal wasm/exports.txt', async () => {
  const expected = (await readFile(new URL('../../wasm/exports.txt', import.meta.url), 'utf8'))
    .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const actual = WebAssembly.Module.exports(module).map((e) => `${e.name} ${e.kind}`);
  assert.deepEqual([...actual].sort(), [...expected].sort(),
    'quarry.wasm exports changed: update wasm/exports.txt (and quarry.js) on purpose');
});

test('every import of the module is provided by the loader, with the right kind', async () => {
  // Capture the import object quarry.js really passes (a fresh copy of the module).
  const original = WebAssembly.instantiate;
  let given = null;
  WebAssembly.instantiate = function (source, imports) {
    given = imports;
    return original.call(this, source, imports);
  };
  try {
    const { Quarry } = await import('../../dist/quarry.js?module-test');
    const q = await Quarry.init({ wasm: module });
    q.dispose();
  } finally {
    WebAssembly.instantiate = original;
  }
  assert.ok(given, 'quarry.js instantiated the module');
  const missing = WebAssembly.Module.imports(module).filter(
    (i) => !(i.kind === 'function' && typeof given[i.module]?.[i.name] === 'function'));
  assert.deepEqual(missing, [], 'quarry.wasm imports what quarry.js does not provide: add it to Runtime#imports');
});

test('the module is the one the loader expects (memory, _initialize, qw_*)', () => {
  const names = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  for (const name of ['memory', '_initialize', 'qw_analyze', 'qw_alloc', 'qw_free']) assert.ok(names.has(name), name);
});
