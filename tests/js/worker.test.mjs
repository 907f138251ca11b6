// quarry/worker in Node (worker_threads): the same results as Quarry#analyze, progress,
// cancellation, errors; and the batching it is built on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Quarry, QuarryError } from 'quarry';
import { QuarryWorker, analyzeInBatches, batchRanges } from 'quarry/worker';
import { loadSegmentCorpus } from './corpus.mjs';
import { newsText } from './text.mjs';

const q = await Quarry.init();
const long = newsText(1024 * 1024, 11);

test('batches end only after a blank line and cover the text', () => {
  const ranges = batchRanges(long, 50000);
  assert.ok(ranges.length >= 15, `${ranges.length} batches`);
  assert.equal(ranges[0][0], 0);
  assert.equal(ranges.at(-1)[1], long.length);
  for (let i = 1; i < ranges.length; i++) {
    assert.equal(ranges[i][0], ranges[i - 1][1]);
    assert.match(long.slice(0, ranges[i][0]), /\n[^\S\n]*\n$/);
  }
  assert.deepEqual(batchRanges('no blank line here. '.repeat(10000), 1000), [[0, 200000]]);
  assert.deepEqual(batchRanges(''), []);
  assert.throws(() => batchRanges('x', 0), RangeError);
});

// Segmentation and the pattern stage look at one paragraph at a time: batch by batch gives
// exactly what one call gives. Other stages use the whole document (a batch sees only
// itself): entities link aliases ("Aliyev" -> "Ilham Aliyev") across it, numbers guess its
// number format, dates look for its dateline (docs/wasm.md). On a uniform English text
// (newsText) numbers come out the same too.
const PATTERNS = { extract: ['patterns'] };
const LOCAL = { extract: ['patterns', 'numbers'] };

test('batch by batch gives exactly what one call gives (the corpus texts, glued into one)', async () => {
  const glued = loadSegmentCorpus().map((c) => c.text).join('\n\n');
  for (const batchSize of [1, 500, 5000]) {
    const batched = await analyzeInBatches(q, glued, { tokens: true, ...PATTERNS }, { batchSize });
    assert.deepEqual(batched, q.analyze(glued, { tokens: true, ...PATTERNS }), `batchSize ${batchSize}`);
  }
});

test('batchSize Infinity: one call, exactly analyze()', async () => {
  const glued = loadSegmentCorpus().map((c) => c.text).join('\n\n');
  const progress = [];
  const r = await analyzeInBatches(q, glued, {}, { batchSize: Infinity, onProgress: (p) => progress.push(p) });
  assert.deepEqual(r, q.analyze(glued));
  assert.deepEqual(progress, [{ done: glued.length, total: glued.length }]);
});

test('with entities, batches keep the structure and every mention is right where it says', async () => {
  const glued = loadSegmentCorpus().map((c) => c.text).join('\n\n') + '\n\n' + long.slice(0, 200000);
  const whole = q.analyze(glued, { tokens: true });
  const batched = await analyzeInBatches(q, glued, { tokens: true }, { batchSize: 5000 });
  assert.deepEqual(batched.paragraphs, whole.paragraphs);
  assert.deepEqual(batched.sentences, whole.sentences);
  assert.deepEqual(batched.tokens, whole.tokens);
  let prev = 0;
  for (const m of batched.mentions) {
    assert.ok(m.start >= prev && m.end > m.start);
    assert.equal(glued.slice(m.start, m.end), m.text);
    assert.ok(whole.sentences[m.sentence].start <= m.start && m.end <= whole.sentences[m.sentence].end);
    prev = m.end;
  }
  // Groups are merged across batches by canonical name: a canonical name seen in two
  // batches keeps the first batch's group id.
  const firstId = new Map();
  for (const m of batched.mentions.filter((x) => typeof x.group === 'number')) {
    assert.ok(Number.isInteger(m.group) && m.group >= 0);
    if (!firstId.has(m.group)) firstId.set(m.group, m.start);
  }
  const ids = [...firstId.keys()];
  assert.deepEqual(ids, [...ids].sort((a, b) => a - b), 'group ids in order of first appearance');
  assert.ok(batched.mentions.length > 0.9 * whole.mentions.length, `${batched.mentions.length} vs ${whole.mentions.length}`);
});

test('batch by batch on a long text: same result, progress after every batch, up to the total', async () => {
  const progress = [];
  const batched = await analyzeInBatches(q, long, LOCAL, { onProgress: (p) => progress.push(p) });
  assert.deepEqual(batched, q.analyze(long, LOCAL));
  assert.equal(progress.length, batchRanges(long).length);
  assert.ok(progress.every((p, i) => p.total === long.length && (i === 0 || p.done > progress[i - 1].done)));
  assert.equal(progress.at(-1).done, long.length);
});

test('a dateline in the first batch is the reference date of every batch', async () => {
  const text = 'GENEVA, Sept. 29, 2023 (Quarry Wire) -- Talks resumed.\n\n' + newsText(300000, 5);
  const whole = q.analyze(text, LOCAL);
  const batched = await analyzeInBatches(q, text, LOCAL, { batchSize: 20000 });
  assert.deepEqual(batched.reference_date, whole.reference_date);
  assert.deepEqual(batched, whole);
});

test('the worker: same result as analyze, progress events, version', async () => {
  const w = await QuarryWorker.init();
  try {
    assert.equal(w.version, q.version);
    const events = [];
    const r = await w.analyze(long, {}, { onProgress: (p) => events.push(p) });
    assert.deepEqual(r, await analyzeInBatches(q, long), 'the worker runs exactly analyzeInBatches');
    assert.deepEqual(await w.analyze(long, LOCAL), q.analyze(long, LOCAL));
    assert.ok(events.length >= 10, `${events.length} progress events`);
    assert.equal(events.at(-1).done, long.length);
    const small = await w.analyze('Hello 😀 https://x.org. Bye.', { tokens: true });
    assert.ok(small.tokens.length > 4);
    assert.deepEqual(small, q.analyze('Hello 😀 https://x.org. Bye.', { tokens: true }));
  } finally {
    w.terminate();
  }
});

test('the worker: init options apply; errors arrive as QuarryError', async () => {
  const w = await QuarryWorker.init({ referenceDate: '2023-09-29' });
  try {
    assert.deepEqual((await w.analyze('Nothing.')).reference_date, { value: '2023-09-29', source: 'option' });
    await assert.rejects(w.analyze('x', { dateOrder: 'ymd' }), (e) => e instanceof QuarryError && e.code === 'QUARRY_ERROR_INVALID_OPTIONS');
    await assert.rejects(w.analyze(42), (e) => e instanceof QuarryError && e.code === 'QUARRY_ERROR_INVALID_ARGUMENT');
    assert.equal((await w.analyze('Still fine.')).sentences.length, 1);
  } finally {
    w.terminate();
  }
  await assert.rejects(QuarryWorker.init({ referenceDate: 'tomorrow' }), { name: 'QuarryError', code: 'QUARRY_ERROR_INVALID_OPTIONS' });
});

test('the worker: cancellation stops the analysis between batches', async () => {
  const w = await QuarryWorker.init();
  try {
    const controller = new AbortController();
    let events = 0;
    const job = w.analyze(long, {}, {
      batchSize: 20000,
      signal: controller.signal,
      onProgress: () => { if (++events === 3) controller.abort(); },
    });
    await assert.rejects(job, { name: 'AbortError' });
    const eventsAtAbort = events;
    // The worker is free again, and the cancelled job sends nothing more.
    const r = await w.analyze('After the cancel. Fine.');
    assert.equal(r.sentences.length, 2);
    assert.equal(events, eventsAtAbort);
    // An already aborted signal never starts.
    await assert.rejects(w.analyze(long, {}, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  } finally {
    w.terminate();
  }
});

test('the worker: terminate rejects what is pending and what comes after', async () => {
  const w = await QuarryWorker.init();
  const pending = w.analyze(long, {}, { batchSize: 10000 });
  w.terminate();
  await assert.rejects(pending, { name: 'QuarryError', message: /terminated/ });
  await assert.rejects(w.analyze('x'), { name: 'QuarryError', message: /terminated/ });
  w.terminate();
});

test('the worker: two analyses at once both complete correctly', async () => {
  const w = await QuarryWorker.init();
  try {
    const a = newsText(200000, 21);
    const b = newsText(150000, 22);
    const [ra, rb] = await Promise.all([w.analyze(a, LOCAL, { batchSize: 10000 }), w.analyze(b, LOCAL, { batchSize: 10000 })]);
    assert.deepEqual(ra, q.analyze(a, LOCAL));
    assert.deepEqual(rb, q.analyze(b, LOCAL));
  } finally {
    w.terminate();
  }
});
