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
