#!/usr/bin/env node
// Compiles the number and date data of core/data/ (numerals, multipliers, qualifiers,
// currencies, units, months, weekdays, date words, time zones, context and counted words,
// number formats) into core/src/numbers/tables.generated.cpp.
// Usage: node core/tools/gen/gen-numbers.mjs [--check]
//   --check: exit 1 when the committed file differs from what the data gives.
// Data format: UTF-8, tab-separated columns, one entry a line; a line that is "#" or starts
// with "# " is a comment. A form of several tokens is written with one space between them;
// a group of endings in braces stands for one form each ("դրամ{,ի,ից}").
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { dataLanguages, writeOrCheck } from './common.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'data');
const outFile = join(root, 'src', 'numbers', 'tables.generated.cpp');
const rel = (p) => p.slice(root.length + 1);

const languages = dataLanguages(dataDir);

// Rows of every <lang>/<file> as {where, cols}.
function gather(file) {
  const out = [];
  for (const lang of languages) {
    const p = join(dataDir, lang, file);
    if (!existsSync(p)) continue;
    readFileSync(p, 'utf8').split('\n').forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '' || line === '#' || line.startsWith('# ')) return;
      const cols = line.split('\t');
      const where = `core/data/${lang}/${file}:${i + 1}`;
      for (const form of expand(cols[0], where)) {
        out.push({ where, cols: [form, ...cols.slice(1)] });
        // The engine folds ASCII letters only: a Cyrillic or Armenian form is also listed
        // with its first letter capitalized, as it is written at the start of a sentence.
        const letter = String.fromCodePoint(form.codePointAt(0) ?? 32);
        if (/^[\u0400-\u04FF\u0531-\u0587]$/u.test(letter) && letter.toUpperCase() !== letter)
          out.push({ where, cols: [letter.toUpperCase() + form.slice(letter.length), ...cols.slice(1)] });
      }
    });
  }
  return out;
}

// A form may hold one group of endings in braces, each one a form of its own:
// "դրամ{,ի,ից,ով}" is "դրամ", "դրամի", "դրամից" and "դրամով" (the cases of a word).
function expand(form, where) {
  const open = form.indexOf('{');
  if (open < 0) return [form];
  const close = form.indexOf('}', open);
  if (close < 0 || form.indexOf('{', open + 1) >= 0)
    throw new Error(`${where}: one group of endings in braces, closed: "${form}"`);
  const head = form.slice(0, open), tail = form.slice(close + 1);
  return form.slice(open + 1, close).split(',').map((ending) => head + ending + tail);
}

// The engine folds ASCII letters only; so does the generator.
const fold = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const byteCompare = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));

const entries = new Map();  // key -> entry
function entry(form, where) {
  if (form !== form.trim() || form.includes('  ') || form === '')
    throw new Error(`${where}: bad form "${form}"`);
  const key = fold(form);
  if (!entries.has(key)) entries.set(key, { key, tokens: key.split(' ').length, roles: new Set(),
    cap: new Set(), exactRoles: new Set(), phraseRoles: new Set(), endingRoles: new Set(), fields: {},
    flags: new Set() });
  return entries.get(key);
}
function set(e, field, value, where) {
  if (field in e.fields && e.fields[field] !== value)
    throw new Error(`${where}: "${e.key}" has two values for ${field}: ${e.fields[field]} and ${value}`);
  e.fields[field] = value;
}
function flagsOf(col, allowed, where) {
  if (col === undefined || col === '' || col === '-') return [];
  const list = col.split(',');
  for (const f of list) if (!allowed.includes(f)) throw new Error(`${where}: unknown flag "${f}"`);
  return list;
}
function num(s, where) {
  const v = Number(s);
  if (s === undefined || s === '' || !Number.isFinite(v)) throw new Error(`${where}: not a number: "${s}"`);
  return v;
}
// Adds role to the entry for form; "cap" and "case" flags restrict the role.
function addRole(form, role, where, flags = []) {
  const e = entry(form, where);
  e.roles.add(role);
  if (flags.includes('cap')) e.cap.add(role);
  if (flags.includes('case')) {
    e.exactRoles.add(role);
    set(e, 'exact', form, where);
  }
  return e;
}
const flagMap = {
  weak: 'kWeak', bare: 'kBare', suffix: 'kSuffixOnly', ambiguous: 'kAmbiguous', 'needs-of': 'kNeedsOf',
  large: 'kLarge', adjacent: 'kAdjacent', strong: 'kStrong', of: 'kOfForm', before: 'kCurrencyBefore',
  'us-daylight': 'kUsDaylight', plural: 'kPluralForm',
};
function addFlags(e, list) {
  for (const f of list) if (flagMap[f]) e.flags.add(flagMap[f]);
}

// ---------------------------------------------------------------- numerals, multipliers
const numeralKinds = { cardinal: 'kCardinal', ordinal: 'kOrdinal', denominator: 'kDenominator',
  sign: 'kSign', 'ordinal-suffix': 'kOrdinalSuffix', and: 'kNumeralAnd' };
for (const { where, cols: [form, kind, value, flags] } of gather('numerals.tsv')) {
  if (!numeralKinds[kind]) throw new Error(`${where}: unknown kind "${kind}"`);
  const fl = flagsOf(flags, ['weak', 'bare'], where);
  const e = addRole(form, numeralKinds[kind], where, fl);
  if (kind !== 'ordinal-suffix' && kind !== 'and') set(e, 'number', num(value, where), where);
  addFlags(e, fl);
}
for (const { where, cols: [form, frac] } of gather('fractions.tsv')) {
  const m = /^(\d+)\/(\d+)$/.exec(frac ?? '');
  if (!m || Number(m[2]) === 0 || Number(m[1]) >= Number(m[2])) throw new Error(`${where}: bad fraction "${frac}"`);
  set(addRole(form, 'kCardinal', where), 'number', Number(m[1]) / Number(m[2]), where);
}
for (const { where, cols: [form, kind, value, high, flags] } of gather('multipliers.tsv')) {
  const fl = flagsOf(flags, ['suffix', 'ambiguous', 'needs-of'], where);
  if (kind === 'scale') {
    const e = addRole(form, 'kScale', where, fl);
    set(e, 'number', num(value, where), where);
    addFlags(e, fl);
  } else if (kind === 'magnitude' || kind === 'vague') {
    const e = addRole(form, kind === 'magnitude' ? 'kMagnitude' : 'kVague', where, fl);
    if (kind === 'magnitude') set(e, 'number', num(value, where), where);
    set(e, 'low', num(value, where), where);
    set(e, 'high', num(high, where), where);
    addFlags(e, fl);
  } else {
    throw new Error(`${where}: unknown kind "${kind}"`);
  }
}

// ------------------------------------------------------------------------- qualifiers
const qualifiers = { exact: 'Exact', approx: 'Approx', gt: 'Gt', ge: 'Ge', lt: 'Lt', le: 'Le' };
const bounds = { low: 'Low', high: 'High', '-': 'None' };
const positions = { before: 'kQualBefore', after: 'kQualAfter', 'after-from': 'kQualAfter', suffix: 'kQualSuffix' };
for (const { where, cols: [form, position, q, bound] } of gather('qualifiers.tsv')) {
  if (!positions[position]) throw new Error(`${where}: unknown position "${position}"`);
  if (!qualifiers[q]) throw new Error(`${where}: unknown qualifier "${q}"`);
  if (!bounds[bound]) throw new Error(`${where}: unknown bound "${bound}"`);
  const e = addRole(form, positions[position], where);
  set(e, 'qualifier', qualifiers[q], where);
  set(e, 'bound', bounds[bound], where);
  if (position === 'after-from') addFlags(e, ['weak']);
}

// ------------------------------------------------------------------ currencies, units
for (const { where, cols: [form, code, factor, position, flags] } of gather('currencies.tsv')) {
  if (!/^[A-Z]{3}$/.test(code)) throw new Error(`${where}: "${code}" is not an ISO 4217 code`);
  if (!['before', 'after', 'both'].includes(position)) throw new Error(`${where}: bad position "${position}"`);
  const fl = flagsOf(flags, ['case', 'large'], where);
  const e = addRole(form, 'kCurrency', where, fl);
  set(e, 'currency', code, where);
  set(e, 'currency_factor', num(factor, where), where);
  if (position !== 'after') e.flags.add('kCurrencyBefore');
  if (position !== 'before') e.flags.add('kCurrencyAfter');
  addFlags(e, fl);
}
const dims = { length: 'Length', mass: 'Mass', area: 'Area', volume: 'Volume', temperature: 'Temperature',
  speed: 'Speed', energy: 'Energy', power: 'Power', data: 'Data', time: 'Time', percent: 'Percent', flow: 'Flow',
  factor: 'Factor' };
const grains = { second: 'Second', minute: 'Minute', hour: 'Hour', day: 'Day', weekend: 'Weekend',
  week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year', decade: 'Decade', century: 'Century' };
for (const { where, cols: [form, code, dim, grain, flags] } of gather('units.tsv')) {
  if (!dims[dim]) throw new Error(`${where}: unknown dimension "${dim}"`);
  if (!code) throw new Error(`${where}: no unit code`);
  const fl = flagsOf(flags, ['case', 'adjacent', 'fraction', 'weak', 'before', 'plural'], where);
  const e = addRole(form, fl.includes('fraction') ? 'kFractionUnit' : 'kUnit', where, fl);
  set(e, 'unit', code, where);
  set(e, 'dim', dims[dim], where);
  if (grain && grain !== '-') {
    if (!grains[grain] || dim !== 'time') throw new Error(`${where}: bad grain "${grain}"`);
    set(e, 'grain', grains[grain], where);
  } else if (dim === 'time') {
    throw new Error(`${where}: a time unit needs a grain`);
  }
  addFlags(e, fl);
}
for (const { where, cols: [form, flags] } of gather('range-marks.tsv')) {
  const fl = flagsOf(flags, ['adjacent'], where);
  addFlags(addRole(form, 'kRangeMark', where), fl);
}

// ---------------------------------------------------------------------- months, days
for (const { where, cols: [form, month, flags] } of gather('months.tsv')) {
  const fl = flagsOf(flags, ['cap', 'weak', 'of'], where);
  const m = num(month, where);
  if (m < 1 || m > 12) throw new Error(`${where}: bad month ${month}`);
  const e = addRole(form, 'kMonth', where, fl);
  set(e, 'month', m, where);
  addFlags(e, fl);
}
for (const { where, cols: [form, day, flags] } of gather('weekdays.tsv')) {
  const fl = flagsOf(flags, ['cap', 'weak'], where);
  const d = num(day, where);
  if (d < 1 || d > 7) throw new Error(`${where}: bad weekday ${day}`);
  const e = addRole(form, 'kWeekday', where, fl);
  set(e, 'weekday', d, where);
  addFlags(e, fl);
}
function sixtieths(frac, where) {
  const m = /^(\d+)\/(\d+)$/.exec(frac ?? '');
  if (!m || Number(m[2]) === 0 || 60 % Number(m[2]) !== 0 || Number(m[1]) > Number(m[2]))
    throw new Error(`${where}: bad fraction "${frac}" (A/B with B dividing 60)`);
  return (Number(m[1]) * 60) / Number(m[2]);
}
function hhmm(s, where) {
  const m = /^(\d\d):(\d\d)$/.exec(s ?? '');
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) throw new Error(`${where}: bad time "${s}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}
for (const { where, cols: [form, role, a, b, flags, high] } of gather('date-words.tsv')) {
  let e;
  switch (role) {
    case 'relday': case 'relmod': case 'ago':
      e = addRole(form, { relday: 'kRelDay', relmod: 'kRelMod', ago: 'kAgo' }[role], where);
      set(e, 'rel', num(a, where), where);
      break;
    case 'since':
      // "since not": a phrase that ends in a word of "since" but says something else
      // (Russian "по сравнению с 2022 годом", compared with 2022).
      if (a !== undefined && a !== '' && a !== 'not') throw new Error(`${where}: since takes "not" or nothing`);
      e = addRole(form, 'kSince', where);
      if (a === 'not') addFlags(e, ['weak']);
      break;
    case 'since-after': e = addRole(form, 'kSinceAfter', where); break;
    case 'part':
    case 'part-after': {
      // flag strong: a part of the year also alone, this year's or last ("в первом полугодии")
      const fl = flagsOf(flags, role === 'part' ? ['strong'] : [], where);
      e = addRole(form, role === 'part' ? 'kPart' : 'kPartAfter', where);
      set(e, 'part_lo', sixtieths(a, where), where);
      set(e, 'part_hi', sixtieths(b, where), where);
      addFlags(e, fl);
      break;
    }
    case 'season': {
      const fl = flagsOf(flags, ['weak', 'strong'], where);
      e = addRole(form, 'kSeason', where, fl);
      set(e, 'season_month', num(a, where), where);
      set(e, 'season_months', num(b, where), where);
      addFlags(e, fl);
      break;
    }
    case 'quarter':
      e = addRole(form, 'kQuarterName', where);
      set(e, 'quarter', num(a, where), where);
      break;
    case 'clock':
      e = addRole(form, 'kClock', where);
      set(e, 'clock', hhmm(a, where), where);
      break;
    case 'meridiem':
      if (a !== 'am' && a !== 'pm') throw new Error(`${where}: meridiem is am or pm`);
      e = addRole(form, 'kMeridiem', where);
      set(e, 'meridiem', a === 'am' ? 0 : 12, where);
      break;
    case 'ahead': addRole(form, 'kAhead', where); break;
    case 'span-part':
    case 'span-part-after':
      // span-part-after: the whole stands before it, where a language puts it there (hy "2023
      // թվականի առաջին ինը ամիսներին", the first nine months of 2023)
      if (a !== 'first' && a !== 'last') throw new Error(`${where}: ${role} is first or last`);
      e = addRole(form, 'kSpanPart', where);
      set(e, 'rel', a === 'first' ? 1 : -1, where);
      if (role === 'span-part-after') e.flags.add('kWholeBefore');
      break;
    case 'week-of': addRole(form, 'kWeekOf', where); break;
    case 'year-word': addRole(form, 'kYearWord', where); break;
    case 'day-suffix': addRole(form, 'kDaySuffix', where); break;
    case 'time-taken': addRole(form, 'kTimeTaken', where); break;
    case 'decade-suffix': addRole(form, 'kDecadeSuffix', where); break;
    case 'ahead-end': addRole(form, 'kAheadEnd', where); break;
    case 'months-end': addRole(form, 'kMonthsEnd', where); break;
    case 'trailing': {
      // trailing [past|next] [count|few LOW HIGH]
      if (a !== undefined && a !== '' && a !== 'past' && a !== 'next')
        throw new Error(`${where}: trailing is past or next`);
      e = addRole(form, 'kTrailing', where);
      set(e, 'rel', a === 'next' ? 1 : -1, where);
      if (b === 'count') e.flags.add('kNeedsCount');
      else if (b === 'few') {
        e.flags.add('kVagueCount');
        set(e, 'low', num(flags, where), where);
        set(e, 'high', num(high, where), where);
      } else if (b !== undefined && b !== '' && b !== '-') throw new Error(`${where}: unknown flag "${b}"`);
      break;
    }
    case 'nearest':
      if (!grains[a]) throw new Error(`${where}: bad grain "${a}"`);
      e = addRole(form, 'kNearest', where);
      set(e, 'grain', grains[a], where);
      if (b === 'to-date') e.flags.add('kToDate');
      else if (b !== undefined && b !== '' && b !== '-') throw new Error(`${where}: unknown flag "${b}"`);
      break;
    case 'event': {
      // YYYY-MM-DD, or --MM-DD (ISO 8601 for a day of every year: its year by tense).
      const m = /^(\d{4}|-)-(\d\d)-(\d\d)$/.exec(a ?? '');
      const y = m && m[1] !== '-' ? Number(m[1]) : 2000;
      const d = m && new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3])));
      if (!m || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]) || y < 1000 || y > 2199)
        throw new Error(`${where}: bad date "${a}" (YYYY-MM-DD or --MM-DD)`);
      if (/[0-9]/.test(form) && form.includes(' '))
        throw new Error(`${where}: an event in digits is written as one piece ("9/11")`);
      const fl = flagsOf(b, ['cap'], where);
      e = addRole(form, 'kEvent', where, fl);
      if (m[1] !== '-') set(e, 'year', y, where);
      set(e, 'month', Number(m[2]), where);
      set(e, 'day', Number(m[3]), where);
      break;
    }
    case 'oclock': addRole(form, 'kOClock', where); break;
    case 'daypart': addRole(form, 'kDayPart', where); break;
    case 'at':
      // at [hour]: an hour in digits after it is a time of day alone (hy "ժամը 11-ին")
      e = addRole(form, 'kAt', where);
      if (a === 'hour') e.flags.add('kStrong');
      else if (a !== undefined && a !== '' && a !== '-') throw new Error(`${where}: unknown flag "${a}"`);
      break;
    case 'on': addRole(form, 'kOn', where); break;
    case 'context':
      if (a !== 'strong' && a !== 'weak') throw new Error(`${where}: context is strong or weak`);
      e = addRole(form, 'kDateContext', where);
      if (a === 'strong') e.flags.add('kStrong');
      break;
    default: throw new Error(`${where}: unknown role "${role}"`);
  }
}
for (const { where, cols: [form, offset, flags] } of gather('timezones.tsv')) {
  const fl = flagsOf(flags, ['case', 'us-daylight'], where);
  const e = addRole(form, 'kTimeZone', where, fl);
  addFlags(e, fl);
  if (offset === 'local') {
    e.flags.add('kLocalZone');
  } else {
    const m = /^([+-])(\d\d):(\d\d)$/.exec(offset ?? '');
    if (!m) throw new Error(`${where}: bad offset "${offset}"`);
    set(e, 'zone', (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])), where);
  }
}

// ------------------------------------------------------------------ context, counted
const pastSuffixes = new Set();
const verbSuffixes = new Set();
const rangeWords = { between: 'Between', from: 'From', to: 'To', and: 'And', or: 'Or', overnight: 'Overnight' };
for (const { where, cols: [form, role, arg] } of gather('context.tsv')) {
  let e;
  switch (role) {
    case 'tense':
      if (arg !== 'future' && arg !== 'past') throw new Error(`${where}: tense is future or past`);
      e = addRole(form, 'kTense', where);
      if (arg === 'future') e.flags.add('kFuture');
      break;
    case 'dateline': addRole(form, 'kDateline', where); break;
    case 'aux': addRole(form, 'kAux', where); break;
    case 'record': addRole(form, 'kRecord', where); break;
    case 'streak': addRole(form, 'kStreak', where); break;
    case 'ratio': addRole(form, 'kRatio', where); break;
    case 'relative':
      e = addRole(form, 'kStop', where);
      e.flags.add('kRelative');
      break;
    case 'more':
      e = addRole(form, 'kStop', where);
      e.flags.add('kMoreOfSame');
      break;
    case 'id':
    case 'id-after':
      if (arg !== 'id' && arg !== 'none' && !(arg === 'rank' && role === 'id'))
        throw new Error(`${where}: ${role} is id or none${role === 'id' ? ' or rank' : ''}`);
      e = addRole(form, 'kIdPrefix', where);
      set(e, 'id', { id: 'Id', none: 'Nothing', rank: 'Rank' }[arg], where);
      if (role === 'id-after') addFlags(e, ['weak']);
      break;
    case 'phone': addRole(form, 'kPhonePrefix', where); break;
    case 'range':
      if (!rangeWords[arg]) throw new Error(`${where}: unknown range word "${arg}"`);
      e = addRole(form, 'kRange', where);
      set(e, 'range', rangeWords[arg], where);
      break;
    case 'change': addRole(form, 'kChange', where); break;
    case 'article': addRole(form, 'kArticle', where); break;
    case 'of': addRole(form, 'kOf', where); break;
    case 'determiner': addRole(form, 'kDeterminer', where); break;
    case 'past-prep': addRole(form, 'kPastPrep', where); break;
    case 'possessive': addRole(form, 'kPossessive', where); break;
    case 'past-suffix': pastSuffixes.add(fold(form)); break;
    case 'verb-suffix': verbSuffixes.add(fold(form)); break;
    default: throw new Error(`${where}: unknown role "${role}"`);
  }
}
const pluralSuffixes = new Set();
const singularSuffixes = new Set();
for (const { where, cols: [form, role] } of gather('counted.tsv')) {
  if (role === 'plural') addRole(form, 'kPlural', where);
  else if (role === 'stop') addRole(form, 'kStop', where);
  else if (role === 'plural-suffix') pluralSuffixes.add(fold(form));
  else if (role === 'singular-suffix') singularSuffixes.add(fold(form));
  else throw new Error(`${where}: unknown role "${role}"`);
}
const decimalFormats = new Map();
for (const { where, cols: [locale, mark] } of gather('number-formats.tsv')) {
  if (mark !== '.' && mark !== ',') throw new Error(`${where}: the decimal mark is "." or ","`);
  const key = locale.toLowerCase().replace(/_/g, '-');
  if (decimalFormats.has(key) && decimalFormats.get(key) !== mark) throw new Error(`${where}: "${key}" twice`);
  decimalFormats.set(key, mark);
}

// ------------------------------------------------------------------------ phrases
let longestPhrase = 1;
for (const e of [...entries.values()]) {
  if (e.tokens < 2) continue;
  longestPhrase = Math.max(longestPhrase, e.tokens);
  const parts = e.key.split(' ');
  const first = entry(parts[0], `phrase "${e.key}"`);
  first.fields.longest_phrase = Math.max(first.fields.longest_phrase ?? 0, e.tokens);
  for (const r of e.roles) first.phraseRoles.add(r);
  const last = entry(parts[parts.length - 1], `phrase "${e.key}"`);
  last.fields.longest_ending = Math.max(last.fields.longest_ending ?? 0, e.tokens);
  for (const r of e.roles) last.endingRoles.add(r);
}
if (longestPhrase > 8) throw new Error(`a phrase of ${longestPhrase} tokens: at most 8`);

// ------------------------------------------------------------------------- output
const cstr = (s) => JSON.stringify(s);  // JSON string syntax is valid C++ for these texts
const dbl = (v) => {
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
};
const roleMask = (set) => (set.size ? [...set].sort().join(' | ') : '0');
const fieldOrder = [
  ['exact', (v) => cstr(v)], ['tokens', String], ['longest_phrase', String], ['longest_ending', String],
  ['flags', null],
  ['number', dbl], ['low', dbl], ['high', dbl], ['qualifier', (v) => `Qualifier::${v}`],
  ['bound', (v) => `Bound::${v}`], ['currency', cstr], ['currency_factor', dbl], ['unit', cstr],
  ['dim', (v) => `Dim::${v}`], ['grain', (v) => `Grain::${v}`], ['month', String], ['day', String],
  ['year', String], ['weekday', String],
  ['rel', String], ['quarter', String], ['season_month', String], ['season_months', String],
  ['meridiem', String], ['clock', String], ['zone', String], ['part_lo', String], ['part_hi', String],
  ['range', (v) => `RangeWord::${v}`], ['id', (v) => `IdKind::${v}`],
];
function emit(e) {
  const parts = [`.key = ${cstr(e.key)}`, `.roles = ${roleMask(e.roles)}`];
  if (e.cap.size) parts.push(`.cap_roles = ${roleMask(e.cap)}`);
  if (e.exactRoles.size) parts.push(`.case_roles = ${roleMask(e.exactRoles)}`);
  if (e.phraseRoles.size) parts.push(`.phrase_roles = ${roleMask(e.phraseRoles)}`);
  if (e.endingRoles.size) parts.push(`.ending_roles = ${roleMask(e.endingRoles)}`);
  const fields = { ...e.fields, tokens: e.tokens > 1 ? e.tokens : undefined };
  for (const [name, fmt] of fieldOrder) {
    if (name === 'flags') {
      if (e.flags.size) parts.push(`.flags = ${[...e.flags].sort().join(' | ')}`);
      continue;
    }
    if (fields[name] === undefined) continue;
    parts.push(`.${name} = ${fmt(fields[name])}`);
  }
  return `    {${parts.join(', ')}},`;
}
const keys = [...entries.keys()].sort(byteCompare);
// An empty list still has one element: C++ has no arrays of size zero.
const list = (name, values) => `constinit const std::string_view ${name}[${Math.max(values.length, 1)}] = ` +
  `{${values.map(cstr).join(', ')}};\nconst size_t ${name}Size = ${values.length};\n`;
const out = `// Generated by core/tools/gen/gen-numbers.mjs from core/data/. Do not edit.
// Regenerate with: node core/tools/gen/gen-numbers.mjs
// clang-format off
#include "numbers/tables.hpp"

namespace quarry::numbers::tables {

// constinit: the tables are data in the binary, never built at start-up (and GCC at -O3
// would spend minutes optimizing the initializer of a table this size).
constinit const WordEntry kWords[] = {
${keys.map((k) => emit(entries.get(k))).join('\n')}
};
const size_t kWordsSize = ${keys.length};

${list('kPluralSuffixes', [...pluralSuffixes].sort(byteCompare))}${list('kSingularSuffixes', [...singularSuffixes].sort(byteCompare))}${list('kPastSuffixes', [...pastSuffixes].sort(byteCompare))}${list('kVerbSuffixes', [...verbSuffixes].sort(byteCompare))}
constinit const DecimalFormat kDecimalFormats[] = {
${[...decimalFormats.keys()].sort(byteCompare).map((k) => `    {${cstr(k)}, '${decimalFormats.get(k)}'},`).join('\n')}
};
const size_t kDecimalFormatsSize = ${decimalFormats.size};

const size_t kLongestPhrase = ${longestPhrase};

}  // namespace quarry::numbers::tables
`;

writeOrCheck(outFile, out, {
  shown: rel(outFile),
  generator: 'gen-numbers.mjs',
  wrote: `wrote ${rel(outFile)} (${keys.length} entries)`,
});
