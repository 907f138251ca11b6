// Reader of tests/corpus/segment/*.txt (format: tests/corpus/segment/README.md), the same
// cases the Catch2 runner checks, so the JS tests check them through the npm package.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = new URL('../corpus/segment/', import.meta.url);

export function unescape(s) {
  return s.replace(/\\\\|\\u\{([0-9A-Fa-f]+)\}/g, (m, hex) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : '\\'));
}

export function collapseSpace(s) {
  return s.split(/[ \n\t\r]+/).filter(Boolean).join(' ');
}

export function loadSegmentCorpus(dir = CORPUS_DIR) {
  const path = dir instanceof URL ? dir.pathname : dir;
  const files = readdirSync(path).filter((f) => f.endsWith('.txt')).sort();
  const cases = [];
  for (const file of files) {
    const lines = readFileSync(join(path, file), 'utf8').split('\n');
    let cur = null;
    let inText = false;
    let textLines = [];
    const finishText = () => {
      if (cur && inText) {
        cur.text = unescape(textLines.join('\n'));
        inText = false;
      }
    };
    lines.forEach((raw, i) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line.startsWith('@@')) {
        finishText();
        const name = line.slice(2).trim().split(' ')[0];
        cur = { file, line: i + 1, name, text: '', sentences: [], tokens: [], kinds: [] };
        cases.push(cur);
        inText = true;
        textLines = [];
        return;
      }
      if (!cur) return;
      if (line.startsWith('>>') || line.startsWith('~~') || line.startsWith('!!')) {
        finishText();
        let rest = line.slice(2);
        if (rest.startsWith(' ')) rest = rest.slice(1);
        if (line.startsWith('>>')) cur.sentences.push(collapseSpace(unescape(rest)));
        else if (line.startsWith('~~')) cur.tokens.push(...rest.split(' | ').map(unescape));
        else cur.kinds.push(...rest.split(/\s+/).filter(Boolean));
        return;
      }
      if (inText) textLines.push(line);
    });
    finishText();
  }
  return cases;
}

// Reader of tests/corpus/numbers/*.txt (format: tests/corpus/numbers/README.md), the same
// files tests/unit/test_numbers_corpus.cpp reads. Each case: { file, line, text, start, end
// (UTF-16, the marked span), options (camelCase analyzer options), expect: { type, fields,
// types } }.
export const NUMBERS_DIR = new URL('../corpus/numbers/', import.meta.url);

function parseHeader(s) {
  const expect = { type: '', fields: {}, types: [] };
  const words = [];
  let cur = '';
  let quoted = false;
  for (const ch of s + ' ') {
    if (ch === '"') quoted = !quoted;
    else if (ch === ' ' && !quoted) {
      if (cur) words.push(cur);
      cur = '';
    } else cur += ch;
  }
  expect.type = words.shift() ?? '';
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq < 0) expect.types.push(w);
    else expect.fields[w.slice(0, eq)] = w.slice(eq + 1);
  }
  return expect;
}

const camel = (k) => k.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

export function loadNumbersCorpus(dir = NUMBERS_DIR) {
  const path = dir instanceof URL ? dir.pathname : dir;
  const files = readdirSync(path).filter((f) => f.endsWith('.txt')).sort();
  const cases = [];
  for (const file of files) {
    let reference = 'none';
    let options = {};
    let expect = null;
    readFileSync(join(path, file), 'utf8').split('\n').forEach((raw, i) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line === '' || line === '#' || line.startsWith('# ')) return;
      if (line.startsWith('@reference ')) return void (reference = line.slice(11));
      if (line.startsWith('@options')) {
        options = Object.fromEntries(Object.entries(JSON.parse(line.slice(8))).map(([k, v]) => [camel(k), v]));
        return;
      }
      if (line.startsWith('=> ')) return void (expect = parseHeader(line.slice(3)));
      if (!expect) throw new Error(`${file}:${i + 1}: a case before any =>`);
      const a = line.indexOf('[['), b = a < 0 ? -1 : line.indexOf(']]', a);
      let text, start, end;
      if (a >= 0 && b >= 0) {
        const pre = unescape(line.slice(0, a)), mid = unescape(line.slice(a + 2, b));
        text = pre + mid + unescape(line.slice(b + 2));
        start = pre.length;
        end = pre.length + mid.length;
      } else {
        text = unescape(line);
        start = 0;
        end = text.length;
      }
      const o = { ...options };
      if (reference !== 'none') o.referenceDate = reference;
      cases.push({ file, line: i + 1, text, start, end, options: o, expect });
    });
  }
  return cases;
}
