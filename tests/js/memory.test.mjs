// Memory: repeated calls do not leak, and a 50 MB text works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Quarry } from 'quarry';
import { newsText } from './text.mjs';

test('10,000 analyze calls in one instance keep wasm memory flat', async () => {
  const q = await Quarry.init({ wasm: await readFile(new URL('../../dist/quarry.wasm', import.meta.url)) });
  const texts = [newsText(3000, 1), newsText(1500, 2), 'short 😀 text #x', newsText(6000, 3)];
  for (let i = 0; i < 200; i++) q.analyze(texts[i % texts.length], { tokens: i % 2 === 0 });
  // The core keeps the last error message's buffer: make it exist before the baseline.
  assert.throws(() => q.analyze('x', { referenceDate: 'bad' }));
  q.analyze('x');
  const before = q.memoryUsage();
  let mentions = 0;
  for (let i = 0; i < 10000; i++) {
    const r = q.analyze(texts[i % texts.length], { tokens: i % 2 === 0 });
    mentions += r.mentions.length;
    if (i % 1000 === 999) {
      // Errors must not leak either.
      assert.throws(() => q.analyze('x', { referenceDate: 'bad' }), { code: 'QUARRY_ERROR_INVALID_OPTIONS' });
    }
  }
  const after = q.memoryUsage();
  assert.ok(mentions > 10000, `${mentions} mentions`);
  assert.equal(after.wasmBytes, before.wasmBytes, 'the wasm memory did not grow');
  assert.equal(after.heapUsed, before.heapUsed, 'every byte malloc gave out was freed');
  q.dispose();
});

test('a 50 MB text works in Node', async () => {
  const q = await Quarry.init({ wasm: await readFile(new URL('../../dist/quarry.wasm', import.meta.url)) });
  const text = newsText(50 * 1024 * 1024, 7) + ' Last words at https://example.org/end';
  assert.ok(text.length >= 50 * 1024 * 1024);
  const started = performance.now();
  const r = q.analyze(text);
  const ms = performance.now() - started;
  const mb = Buffer.byteLength(text) / 1048576;
  console.log(`# 50 MB: ${mb.toFixed(1)} MB in ${ms.toFixed(0)} ms (${(mb / (ms / 1000)).toFixed(1)} MB/s), ` +
    `${r.paragraphs.length} paragraphs, ${r.sentences.length} sentences, ${r.mentions.length} mentions, ` +
    `wasm memory ${(q.memoryUsage().wasmBytes / 1048576).toFixed(0)} MiB`);
  assert.ok(r.sentences.length > 300000, `${r.sentences.length} sentences`);
  const last = r.mentions.at(-1);
  assert.equal(last.text, 'https://example.org/end');
  assert.equal(last.end, text.length);
  assert.equal(r.sentences.at(-1).end, text.length);
  for (let i = 0; i < r.mentions.length; i += 997) {
    const m = r.mentions[i];
    assert.equal(text.slice(m.start, m.end), m.text);
  }
  q.dispose();
});
