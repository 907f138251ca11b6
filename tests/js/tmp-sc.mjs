import { Quarry } from 'quarry';
import fs from 'node:fs';
const q = await Quarry.init();
const names = ['briefing','market-report','field-notes','social-thread','multilingual'].map(n => fs.readFileSync(`demo/samples/${n}.txt`,'utf8').trim());
let parts = [], size = 0; for (let i = 0; size < 1048576; i++) { parts.push(names[i % names.length]); size += names[i%names.length].length + 2; }
const text = parts.join('\n\n');
const r = q.analyze(text);
for (let k = 0; k < 3; k++) {
let t = performance.now(); structuredClone(r); const sc = performance.now() - t;
const s = JSON.stringify(r); t = performance.now(); JSON.parse(s); const jp = performance.now() - t;
console.log('structuredClone', sc.toFixed(1), 'JSON.parse', jp.toFixed(1), 'json MB', (s.length/1e6).toFixed(1));
}
