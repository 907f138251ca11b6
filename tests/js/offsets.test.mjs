// UTF-16 offsets: text.slice(start, end) is the mention, the sentence, the token, whatever
// the text holds (emoji, combining marks, astral characters, lone surrogates, CRLF).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Quarry } from 'quarry';
import { collapseSpace, loadSegmentCorpus } from './corpus.mjs';

const q = await Quarry.init();

// Every span of a result lies inside the text, in order, and mentions equal their slice.
function checkSpans(text, r) {
  let prev = 0;
  for (const s of r.sentences) {
    assert.ok(s.start >= prev && s.start < s.end && s.end <= text.length, JSON.stringify(s));
    prev = s.end;
  }
  prev = 0;
  for (const m of r.mentions) {
    assert.ok(m.start >= prev && m.start < m.end && m.end <= text.length, JSON.stringify(m));
    assert.equal(text.slice(m.start, m.end), m.text);
    prev = m.end;
  }
  for (const t of r.tokens ?? []) assert.ok(t.start < t.end && t.end <= text.length);
}

const cases = {
  emoji: ['Family 👩‍👩‍👧‍👦 and flags 🇦🇲🇨🇭 then https://example.org/😀 and #tag👍🏽 ok.', ['URL', 'https://example.org/😀']],
  'combining marks': ['Cafe\u0301 e\u0301te\u0301 \u0915\u093F #re\u0301sume\u0301 mail nee@example.org', ['HASHTAG', '#re\u0301sume\u0301']],
  astral: ['𝒳𝒴𝒵 𐍈 𠜎𠜱 then https://example.org/𝒳 and #𝒳yz and @𐍈x', ['URL', 'https://example.org/𝒳']],
  'lone high surrogate': ['broken \uD83D here https://example.org/a\uD83Dz #tag', ['URL', 'https://example.org/a\uD83Dz']],
  'lone low surrogate': ['\uDE00 starts; then a@b.org and #x\uDE00y.', ['EMAIL', 'a@b.org']],
  'CRLF and tabs': ['One.\r\nTwo\tthree https://x.org.\r\n\r\nFour #five.', ['URL', 'https://x.org']],
};

for (const [name, [text, [type, expected]]] of Object.entries(cases)) {
  test(`offsets: ${name}`, () => {
    const r = q.analyze(text, { tokens: true });
    checkSpans(text, r);
    const m = r.mentions.find((x) => x.type === type);
    assert.ok(m, `a ${type} in ${JSON.stringify(r.mentions)}`);
    if (expected) assert.equal(m.text, expected);
    assert.equal(text.slice(m.start, m.end), m.text);
  });
}

test('offsets are UTF-16 code units, not code points or bytes', () => {
  const text = '😀😀😀 see https://example.org now';
  const m = q.analyze(text).mentions[0];
  assert.equal(m.start, 11); // 3 emoji = 6 units, plus " see "
  assert.equal(m.end, 11 + 'https://example.org'.length);
});

test('a lone surrogate counts as one unit, like the U+FFFD TextEncoder writes for it', () => {
  const text = 'a\uD800b https://x.org';
  const withFffd = 'a\uFFFDb https://x.org';
  assert.deepEqual(q.analyze(text).mentions.map(({ start, end }) => [start, end]),
    q.analyze(withFffd).mentions.map(({ start, end }) => [start, end]));
  // Inside a mention, the text is the caller's, not the replacement character.
  const inside = 'see https://x.org/\uDC00 now';
  const m = q.analyze(inside).mentions[0];
  assert.equal(m.text, inside.slice(m.start, m.end));
  assert.ok(m.text.includes('\uDC00'));
});

test('random strings of awkward code units keep every span inside the text', () => {
  const pieces = ['a', 'Z', ' ', '.', '\n', '\n\n', '😀', '\u0301', '\uD800', '\uDFFF', '𝒳', '👩‍👧', 'https://x.org/', '#', '@',
    'e@x.org ', '. ', '?! ', '\u200D', '\uFE0F', '東京', '。', 'Dr.', '\r\n', '\u00A0', '1,000'];
  let seed = 12345;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  for (let round = 0; round < 400; round++) {
    let text = '';
    const n = rand(60);
    for (let i = 0; i < n; i++) text += pieces[rand(pieces.length)];
    const r = q.analyze(text, { tokens: true });
    checkSpans(text, r);
    for (const m of r.mentions) assert.equal(text.slice(m.start, m.end), m.text, JSON.stringify(text));
  }
});

test('the segmentation corpus through the npm package: sentences, paragraphs and tokens', () => {
  const corpus = loadSegmentCorpus();
  assert.ok(corpus.length >= 300, `${corpus.length} cases`);
  const failures = [];
  for (const c of corpus) {
    const r = q.analyze(c.text, { tokens: true });
    const withParagraphs = c.sentences.includes('¶');
    const got = [];
    r.sentences.forEach((s, i) => {
      if (withParagraphs && i > 0 && s.paragraph !== r.sentences[i - 1].paragraph) got.push('¶');
      got.push(collapseSpace(c.text.slice(s.start, s.end)));
    });
    let ok = JSON.stringify(got) === JSON.stringify(c.sentences);
    if (c.tokens.length) {
      ok &&= JSON.stringify(r.tokens.map((t) => c.text.slice(t.start, t.end))) === JSON.stringify(c.tokens);
      if (c.kinds.length) ok &&= JSON.stringify(r.tokens.map((t) => t.kind)) === JSON.stringify(c.kinds);
    }
    checkSpans(c.text, r);
    if (!ok) failures.push(`${c.file}:${c.line} @@ ${c.name}: got ${JSON.stringify(got)}`);
  }
  assert.deepEqual(failures, []);
});
