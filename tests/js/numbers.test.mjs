// The numbers and dates corpus (tests/corpus/numbers/) through the package's API: the same
// cases as the C++ runner, with UTF-16 offsets and the options in camelCase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Quarry } from 'quarry';
import { loadNumbersCorpus } from './corpus.mjs';

const NUMERIC = new Set(['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY', 'DATE', 'TIME', 'DURATION', 'ID', 'PHONE']);

// One expected field against the mention; '' or a complaint.
function compare(m, key, want) {
  const got = m[key];
  const present = got !== undefined && got !== null;
  if (want === 'null') return present ? `${key}=${JSON.stringify(got)}` : '';
  if (!present) return `${key} missing`;
  if (typeof got === 'number') {
    const w = Number(want);
    if (want === '' || Number.isNaN(w)) return `${key}=${got}`;
    return Math.abs(got - w) <= 1e-9 * Math.max(1, Math.abs(w)) ? '' : `${key}=${got}`;
  }
  return got === want ? '' : `${key}=${JSON.stringify(got)}`;
}

function check(q, c) {
  const r = q.analyze(c.text, { extract: ['patterns', 'numbers'], ...c.options });
  let seen = '';
  for (const m of r.mentions) {
    if (!NUMERIC.has(m.type)) continue;
    if (m.text !== c.text.slice(m.start, m.end)) return `text ${JSON.stringify(m.text)} is not the slice`;
    seen += ` ${m.type}[${m.text}]`;
    if (c.expect.type === 'NONE') {
      const listed = c.expect.types.length === 0 || c.expect.types.includes(m.type);
      if (listed && m.start < c.end && m.end > c.start) return `unexpected ${m.type} "${m.text}"`;
      continue;
    }
    if (m.start !== c.start || m.end !== c.end) continue;
    if (m.type !== c.expect.type) return `type ${m.type}`;
    return Object.entries(c.expect.fields).map(([k, v]) => compare(m, k, v)).filter(Boolean).join(', ');
  }
  return c.expect.type === 'NONE' ? '' : `no mention at the span; saw${seen}`;
}

test('the numbers and dates corpus, through the JS API', async () => {
  const cases = loadNumbersCorpus();
  assert.ok(cases.length >= 600, `${cases.length} cases`);
  const q = await Quarry.init();
  const failures = [];
  for (const c of cases) {
    const why = check(q, c);
    if (why) failures.push(`${c.file}:${c.line}: ${c.text} (${JSON.stringify(c.options)}): ${why}`);
  }
  q.dispose();
  assert.deepEqual(failures, [], `${failures.length} of ${cases.length} cases fail`);
});

test('the JS runner catches a wrong expectation', async () => {
  // The runner itself can fail: a case with a wrong value, a wrong span and a negative case.
  const q = await Quarry.init();
  const base = { file: 'x', line: 1, options: { referenceDate: '2023-09-29' } };
  const text = 'Prices rose 5% on 19 сентября 2023 года.';
  const start = text.indexOf('19'), end = text.length - 1;
  assert.equal(check(q, { ...base, text, start, end, expect: { type: 'DATE', fields: { value: '2023-09-19' }, types: [] } }), '');
  assert.match(check(q, { ...base, text, start, end, expect: { type: 'DATE', fields: { value: '2023-09-20' }, types: [] } }), /value=/);
  assert.match(check(q, { ...base, text, start: start + 1, end, expect: { type: 'DATE', fields: {}, types: [] } }), /no mention/);
  assert.match(check(q, { ...base, text, start, end, expect: { type: 'NONE', fields: {}, types: [] } }), /unexpected DATE/);
  q.dispose();
});
