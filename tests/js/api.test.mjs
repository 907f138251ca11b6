// The package's API in Node: init, analyze, options, errors, dispose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Quarry, QuarryError } from 'quarry';
import pkg from '../../package.json' with { type: 'json' };

const wasmUrl = new URL('../../dist/quarry.wasm', import.meta.url);

test('init gives a working analyzer and the version of the core', async () => {
  const q = await Quarry.init();
  assert.equal(q.version, pkg.version);
  const r = q.analyze('The talks resumed. Both sides met in Geneva.\n\nA new paragraph.');
  assert.equal(r.quarry, pkg.version);
  assert.equal(r.offsets, 'utf16');
  assert.deepEqual(r.paragraphs, [{ start: 0, end: 44 }, { start: 46, end: 62 }]);
  assert.deepEqual(r.sentences.map((s) => [s.start, s.end, s.paragraph]), [[0, 18], [19, 44], [46, 62]].map(
    ([a, b], i) => [a, b, i < 2 ? 0 : 1]));
  assert.deepEqual(r.reference_date, { value: null, source: 'none' });
  assert.equal(r.tokens, undefined, 'tokens only on request');
  assert.deepEqual(q.analyze('The talks resumed.', { extract: ['patterns'] }).mentions, []);
  q.dispose();
});

test('results are plain JSON data', async () => {
  const q = await Quarry.init();
  const r = q.analyze('Mail press@example.org or see https://example.org/a?b=1 #Geneva @quarry.', { tokens: true, extract: ['patterns'] });
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
  assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
  assert.deepEqual(r.mentions.map((m) => [m.type, m.text]), [
    ['EMAIL', 'press@example.org'], ['URL', 'https://example.org/a?b=1'], ['HASHTAG', '#Geneva'], ['HANDLE', '@quarry'],
  ]);
  assert.ok(r.tokens.length >= 8);
  assert.deepEqual(r.tokens[0], { start: 0, end: 4, kind: 'word' });
  q.dispose();
});

test('empty and whitespace-only texts', async () => {
  const q = await Quarry.init();
  for (const text of ['', ' ', '\n\n\n', '\u00A0\t']) {
    const r = q.analyze(text, { tokens: true });
    assert.deepEqual([r.paragraphs, r.sentences, r.tokens, r.mentions], [[], [], [], []], JSON.stringify(text));
  }
  q.dispose();
});

test('NUL characters are ordinary characters', async () => {
  const q = await Quarry.init();
  const text = 'a\u0000b. See https://x.org now.';
  const r = q.analyze(text);
  const url = r.mentions.find((m) => m.type === 'URL');
  assert.equal(text.slice(url.start, url.end), 'https://x.org');
  q.dispose();
});

test('camelCase options reach the core; per-call options override init options', async () => {
  const q = await Quarry.init({ referenceDate: '2023-09-29' });
  assert.deepEqual(q.analyze('Nothing.').reference_date, { value: '2023-09-29', source: 'option' });
  assert.deepEqual(q.analyze('Nothing.', { referenceDate: '2024-02-29' }).reference_date,
    { value: '2024-02-29', source: 'option' });
  assert.deepEqual(q.analyze('Nothing.', { referenceDate: null }).reference_date, { value: null, source: 'none' });
  // The init options still hold after an override.
  assert.deepEqual(q.analyze('Nothing.').reference_date, { value: '2023-09-29', source: 'option' });
  const text = 'Write to a@b.org about #talks.';
  assert.equal(q.analyze(text).mentions.length, 2);
  assert.equal(q.analyze(text, { extract: ['numbers'] }).mentions.length, 0, 'patterns stage off');
  assert.equal(q.analyze(text, { extract: ['patterns'] }).mentions.length, 2);
  for (const dateOrder of ['auto', 'dmy', 'mdy']) q.analyze('09/10/2023', { dateOrder });
  q.analyze('1.234,5', { locale: 'de' });
  q.analyze('x', { invalidUtf8: 'replace', entities: [{ text: 'Artsakh', type: 'LOC' }] });
  q.dispose();
});

test('many distinct option sets: analyzers are cached and evicted, results stay right', async () => {
  const q = await Quarry.init();
  const before = q.memoryUsage().heapUsed;
  for (let round = 0; round < 3; round++) {
    for (let day = 1; day <= 20; day++) {
      const value = `2023-01-${String(day).padStart(2, '0')}`;
      assert.equal(q.analyze('x', { referenceDate: value }).reference_date.value, value);
    }
  }
  q.dispose();
  assert.ok(q.memoryUsage().heapUsed <= before, 'every cached analyzer is freed by dispose');
});

test('errors are QuarryError with the C status name as code', async () => {
  const q = await Quarry.init();
  const cases = [
    [() => q.analyze('x', { referenceDate: '2023-02-30' }), 'QUARRY_ERROR_INVALID_OPTIONS', /reference_date/],
    [() => q.analyze('x', { dateOrder: 'ymd' }), 'QUARRY_ERROR_INVALID_OPTIONS', /date_order/],
    [() => q.analyze('x', { extract: ['verbs'] }), 'QUARRY_ERROR_INVALID_OPTIONS', /verbs/],
    [() => q.analyze('x', { extract: 'numbers' }), 'QUARRY_ERROR_INVALID_OPTIONS', /extract/],
    [() => q.analyze('x', { entities: [{ text: 'A' }] }), 'QUARRY_ERROR_INVALID_OPTIONS', /entities/],
    [() => q.analyze('x', { reference_date: '2023-01-01' }), 'QUARRY_ERROR_INVALID_OPTIONS', /did you mean "referenceDate"/],
    [() => q.analyze('x', { colour: 'red' }), 'QUARRY_ERROR_INVALID_OPTIONS', /unknown option "colour"/],
    [() => q.analyze('x', { tokens: 'yes' }), 'QUARRY_ERROR_INVALID_OPTIONS', /tokens/],
    [() => q.analyze('x', 'tokens'), 'QUARRY_ERROR_INVALID_OPTIONS', /must be an object/],
    [() => q.analyze(42), 'QUARRY_ERROR_INVALID_ARGUMENT', /string/],
    [() => q.analyze(null), 'QUARRY_ERROR_INVALID_ARGUMENT', /null/],
    [() => q.analyze(new TextEncoder().encode('x')), 'QUARRY_ERROR_INVALID_ARGUMENT', /string/],
  ];
  for (const [fn, code, message] of cases) {
    assert.throws(fn, (e) => {
      assert.ok(e instanceof QuarryError, `${e}`);
      assert.ok(e instanceof Error);
      assert.equal(e.name, 'QuarryError');
      assert.equal(e.code, code);
      assert.match(e.message, message);
      return true;
    });
  }
  // An error leaves the Quarry usable.
  assert.equal(q.analyze('Still fine.').sentences.length, 1);
  await assert.rejects(Quarry.init({ locale: 7 }), { name: 'QuarryError', code: 'QUARRY_ERROR_INVALID_OPTIONS' });
  await assert.rejects(Quarry.init({ referenceDate: 'soon' }), { code: 'QUARRY_ERROR_INVALID_OPTIONS' });
  await assert.rejects(Quarry.init({ wasm: 42 }), { code: 'QUARRY_ERROR_INVALID_OPTIONS' });
  await assert.rejects(Quarry.init({ nope: 1 }), { code: 'QUARRY_ERROR_INVALID_OPTIONS', message: /nope/ });
  q.dispose();
});

test('the constructor is not the way in', () => {
  assert.throws(() => new Quarry(), TypeError);
});

test('dispose frees the analyzers; analyze afterwards throws; dispose twice is fine', async () => {
  const probe = await Quarry.init();
  const base = probe.memoryUsage().heapUsed;
  const q = await Quarry.init({ entities: Array.from({ length: 500 }, (_, i) => ({ text: `Name${i} Example`, type: 'PERSON' })) });
  q.analyze('Name7 Example met Name8 Example.', { extract: ['entities', 'patterns'] });
  assert.ok(probe.memoryUsage().heapUsed > base, 'the analyzers live in the shared heap');
  assert.equal(q.disposed, false);
  q.dispose();
  assert.equal(q.disposed, true);
  assert.equal(probe.memoryUsage().heapUsed, base, 'dispose gives every byte back');
  assert.throws(() => q.analyze('x'), { name: 'QuarryError', code: 'QUARRY_ERROR_INVALID_ARGUMENT', message: /disposed/ });
  q.dispose();
  probe.dispose();
});

test('the FinalizationRegistry frees the analyzers of a dropped Quarry', { skip: typeof gc !== 'function' && 'needs --expose-gc' }, async () => {
  const collect = async () => {
    for (let i = 0; i < 5; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  await collect(); // Quarry objects of earlier tests that were not disposed go first
  const probe = await Quarry.init();
  const base = probe.memoryUsage().heapUsed;
  await (async () => {
    for (let i = 0; i < 20; i++) {
      const q = await Quarry.init({ entities: [{ text: `Someone${i} Else`, type: 'PERSON' }] });
      q.analyze('Someone met Someone Else.');
    }
  })();
  assert.ok(probe.memoryUsage().heapUsed > base);
  for (let i = 0; i < 50 && probe.memoryUsage().heapUsed > base; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.equal(probe.memoryUsage().heapUsed, base);
  probe.dispose();
});

test('wasm may be given as bytes, as a compiled module or as a URL', async () => {
  const bytes = await readFile(wasmUrl);
  const module = await WebAssembly.compile(bytes);
  for (const wasm of [bytes, new Uint8Array(bytes).buffer, module, wasmUrl, wasmUrl.href]) {
    const q = await Quarry.init({ wasm });
    assert.equal(q.analyze('One. Two.').sentences.length, 2);
    q.dispose();
  }
  await assert.rejects(Quarry.init({ wasm: new URL('./missing.wasm', wasmUrl) }), /ENOENT|missing/);
  await assert.rejects(Quarry.init({ wasm: new Uint8Array([0, 97, 115, 109, 9, 9, 9, 9]) }), WebAssembly.CompileError);
});

test('Quarry objects share one instance; a separate wasm gets its own', async () => {
  const a = await Quarry.init();
  const b = await Quarry.init();
  const c = await Quarry.init({ wasm: await readFile(wasmUrl) });
  const base = a.memoryUsage().heapUsed;
  const x = await Quarry.init({ entities: [{ text: 'Big Name', type: 'PERSON' }] });
  assert.ok(b.memoryUsage().heapUsed > base, 'a and b see the same heap');
  assert.equal(c.memoryUsage().heapUsed, c.memoryUsage().heapUsed);
  const cBefore = c.memoryUsage().heapUsed;
  const y = await Quarry.init({ entities: [{ text: 'Other Name', type: 'PERSON' }] });
  assert.equal(c.memoryUsage().heapUsed, cBefore, 'c has its own memory');
  for (const q of [a, b, c, x, y]) q.dispose();
});
