// The demo's views, as functions of (text, result): no state, no framework. Everything is
// generic over mention types and fields, so what the core adds later (numbers, dates,
// entities, new fields) shows up without changes here.

/** Fields every mention has; everything else is a normalized field worth showing. */
export const BASE_FIELDS = ['type', 'start', 'end', 'text', 'sentence'];

/** Preferred order of normalized fields; unknown fields follow in alphabetical order. */
const FIELD_ORDER = ['value', 'low', 'high', 'qualifier', 'unit', 'counted', 'grain', 'canonical', 'group'];

/** Colours of the known types (hue, in degrees); unknown types get a hue from their name. */
const HUES = {
  PERSON: 210, ORG: 25, LOC: 130, NORP: 280, MISC: 330,
  DATE: 45, TIME: 60, DURATION: 75,
  CARDINAL: 190, ORDINAL: 170, PERCENT: 160, MONEY: 100, QUANTITY: 145,
  URL: 230, EMAIL: 255, PHONE: 300, HASHTAG: 345, HANDLE: 10, ID: 0,
};

export function hueOf(type) {
  if (type in HUES) return HUES[type];
  let h = 0;
  for (const c of type) h = (h * 31 + c.codePointAt(0)) % 360;
  return h;
}

export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The normalized fields of a mention that are present (not null/undefined), in display order. */
export function fieldsOf(m) {
  const keys = Object.keys(m).filter((k) => !BASE_FIELDS.includes(k) && m[k] !== null && m[k] !== undefined);
  return keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function rank(k) {
  const i = FIELD_ORDER.indexOf(k);
  return i < 0 ? FIELD_ORDER.length : i;
}

export function formatValue(v) {
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A one-line description of a mention's normalized value, for tooltips. */
export function describe(m) {
  const parts = fieldsOf(m).map((k) => `${k}: ${formatValue(m[k])}`);
  return parts.length ? parts.join('\n') : 'no normalized value';
}

/** Mentions grouped by type: Map(type -> mentions), types in order of first appearance. */
export function byType(mentions) {
  const groups = new Map();
  for (const m of mentions) {
    if (!groups.has(m.type)) groups.set(m.type, []);
    groups.get(m.type).push(m);
  }
  return groups;
}

/** The union of normalized fields over some mentions, in display order. */
export function columnsOf(mentions) {
  const set = new Set();
  for (const m of mentions) for (const k of fieldsOf(m)) set.add(k);
  return [...set].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

// ----------------------------------------------------------------- annotated text

// The first index i in [0, list.length) with key(list[i]) >= value (list sorted by key).
function lowerBound(list, value, key) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text as HTML: paragraphs as <p>, each sentence in a span with its number, each mention
 * a <mark> with its type label (displaCy's look). Renders the paragraphs from `from` on,
 * stopping after `budget` characters, so long texts can be rendered a slice per frame.
 * Returns { html, next, rendered }: the next paragraph to render (paragraphs.length when
 * done) and the text offset reached.
 */
export function annotatedHtml(text, result, { from = 0, budget = Infinity } = {}) {
  const { paragraphs, sentences, mentions } = result;
  const out = [];
  if (from >= paragraphs.length) return { html: '', next: paragraphs.length, rendered: text.length };
  let si = lowerBound(sentences, from, (s) => s.paragraph);
  let mi = lowerBound(mentions, paragraphs[from].start, (m) => m.start);
  const stopAt = paragraphs[from].start + budget;
  let cursor;
  const gap = (a, b) => {
    // Text outside sentences (white space, mostly): keeps line breaks visible.
    if (b > a) out.push(`<span class="gap">${escapeHtml(text.slice(a, b))}</span>`);
  };
  let pi = from;
  for (; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (p.start >= stopAt && pi > from) break;
    out.push(`<p class="para" id="para-${pi}" data-paragraph="${pi}">`);
    cursor = p.start;
    while (si < sentences.length && sentences[si].start < p.end) {
      const s = sentences[si];
      gap(cursor, s.start);
      out.push(`<span class="sent" id="sent-${si}" data-sentence="${si}"><span class="sent-no" aria-hidden="true">${si + 1}</span>`);
      let pos = s.start;
      while (mi < mentions.length && mentions[mi].end <= s.end) {
        const m = mentions[mi];
        if (m.start < pos) { mi++; continue; } // never happens: mentions do not overlap
        out.push(escapeHtml(text.slice(pos, m.start)));
        const group = m.group ?? '';
        const tip = `${m.type}\n${describe(m)}`;
        out.push(`<mark class="ent" tabindex="0" data-type="${escapeHtml(m.type)}" data-index="${mi}"` +
          `${group !== '' ? ` data-group="${group}"` : ''} style="--hue:${hueOf(m.type)}"` +
          ` aria-label="${escapeHtml(`${m.text}, ${m.type}. ${describe(m).replace(/\n/g, '; ')}`)}"` +
          ` data-tip="${escapeHtml(tip)}">${escapeHtml(text.slice(m.start, m.end))}` +
          `<span class="ent-label" aria-hidden="true">${escapeHtml(m.type)}</span></mark>`);
        pos = m.end;
        mi++;
      }
      out.push(escapeHtml(text.slice(pos, s.end)));
      out.push('</span>');
      cursor = s.end;
      si++;
    }
    gap(cursor, p.end);
    out.push('</p>');
  }
  return { html: out.join(''), next: pi, rendered: pi < paragraphs.length ? paragraphs[pi].start : text.length };
}

// ----------------------------------------------------------------------- legend

export function legendHtml(mentions, hidden = new Set()) {
  const counts = byType(mentions);
  if (!counts.size) return '<p class="muted">No mentions in this text.</p>';
  return [...counts].map(([type, list]) =>
    `<button type="button" class="legend-item" data-type="${escapeHtml(type)}" style="--hue:${hueOf(type)}"` +
    ` aria-pressed="${hidden.has(type) ? 'false' : 'true'}" title="Show or hide ${escapeHtml(type)} highlights">` +
    `<span class="swatch" aria-hidden="true"></span>${escapeHtml(type)} <span class="count">${list.length}</span></button>`).join('');
}

// ----------------------------------------------------------------------- outline

export function outlineHtml(text, result, { maxParagraphs = 400 } = {}) {
  const { paragraphs, sentences } = result;
  if (!paragraphs.length) return '<p class="muted">Nothing to outline yet.</p>';
  const bySentence = new Map();
  sentences.forEach((s, i) => {
    if (!bySentence.has(s.paragraph)) bySentence.set(s.paragraph, []);
    bySentence.get(s.paragraph).push(i);
  });
  const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const items = [];
  const shown = Math.min(paragraphs.length, maxParagraphs);
  for (let pi = 0; pi < shown; pi++) {
    const p = paragraphs[pi];
    const list = bySentence.get(pi) ?? [];
    const sents = list.map((si) => {
      const s = sentences[si];
      return `<li><a href="#sent-${si}" data-sentence="${si}"><span class="num">${si + 1}</span> ` +
        `${escapeHtml(clip(text.slice(s.start, s.end).replace(/\s+/g, ' '), 90))}</a></li>`;
    }).join('');
    items.push(`<li><a href="#para-${pi}" data-paragraph="${pi}" class="para-link">¶ ${pi + 1}` +
      ` <span class="muted">(${list.length} sentence${list.length === 1 ? '' : 's'})</span></a><ol class="sent-list">${sents}</ol></li>`);
  }
  const more = paragraphs.length > shown ? `<p class="muted">… and ${paragraphs.length - shown} more paragraphs.</p>` : '';
  return `<ol class="outline-list">${items.join('')}</ol>${more}`;
}

// ------------------------------------------------------------------------ tables

/**
 * A sortable table. columns: [{ key, label, numeric, get(row) }]. Rows carry `index` (the
 * mention's index) so a click can find the mention in the text.
 */
export function tableHtml(id, caption, columns, rows, { maxRows = 2000 } = {}) {
  const head = columns.map((c, i) =>
    `<th scope="col" aria-sort="none"><button type="button" class="sort" data-col="${i}"` +
    `${c.numeric ? ' data-numeric="1"' : ''}>${escapeHtml(c.label)}</button></th>`).join('');
  // The first cell of a row is a button (keyboard users can reach it) that shows the mention.
  const body = rows.slice(0, maxRows).map((r) =>
    `<tr data-index="${r.index ?? ''}">${columns.map((c, i) => {
      const v = c.get(r);
      const sortValue = typeof v === 'number' ? v : formatValue(v);
      const shown = escapeHtml(formatValue(v));
      const content = i === 0 && r.index !== undefined
        ? `<button type="button" class="link show-mention" data-index="${r.index}" title="Show in the text">${shown}</button>` : shown;
      return `<td data-sort="${escapeHtml(sortValue)}"${c.numeric ? ' class="num"' : ''}>${content}</td>`;
    }).join('')}</tr>`).join('');
  const more = rows.length > maxRows ? `<p class="muted">Showing ${maxRows} of ${rows.length} rows; export has them all.</p>` : '';
  return `<div class="table-wrap"><table id="${id}" class="sortable"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${more}`;
}

function mentionColumns(fields) {
  return [
    { key: 'text', label: 'text', get: (m) => m.text },
    { key: 'sentence', label: 'sentence', numeric: true, get: (m) => m.sentence + 1 },
    { key: 'start', label: 'start', numeric: true, get: (m) => m.start },
    ...fields.map((k) => ({
      key: k, label: k, numeric: k === 'group' || k === 'low' || k === 'high', get: (m) => m[k],
    })),
  ];
}

/** One table per mention type, with the type's own normalized fields as columns. */
export function mentionTablesHtml(result) {
  const groups = byType(result.mentions);
  if (!groups.size) return '<p class="muted">No mentions in this text.</p>';
  return [...groups].map(([type, list]) => {
    const rows = list.map((m) => ({ ...m, index: result.mentions.indexOf(m) }));
    return `<section class="type-section" style="--hue:${hueOf(type)}"><h3><span class="swatch" aria-hidden="true"></span>` +
      `${escapeHtml(type)} <span class="count">${list.length}</span></h3>` +
      tableHtml(`table-${type}`, `${type} mentions`, mentionColumns(columnsOf(list)), rows) + '</section>';
  }).join('');
}

/** Mentions with a numeric value: the numbers table. */
export function numbersHtml(result) {
  const rows = [];
  result.mentions.forEach((m, index) => {
    if (typeof m.value === 'number' || typeof m.low === 'number' || typeof m.high === 'number') rows.push({ ...m, index });
  });
  if (!rows.length) return '<p class="muted">No numbers with a normalized value in this text.</p>';
  const cols = [
    { label: 'type', get: (m) => m.type },
    { label: 'text', get: (m) => m.text },
    { label: 'value', numeric: true, get: (m) => m.value },
    { label: 'low', numeric: true, get: (m) => m.low },
    { label: 'high', numeric: true, get: (m) => m.high },
    { label: 'qualifier', get: (m) => m.qualifier },
    { label: 'unit', get: (m) => m.unit },
    { label: 'counted', get: (m) => m.counted },
    { label: 'sentence', numeric: true, get: (m) => m.sentence + 1 },
  ];
  return tableHtml('table-numbers', 'Numbers: value, bounds, unit and what is counted', cols, rows);
}

// ---------------------------------------------------------------------- timeline

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** A day number for the start of an ISO value ("2023", "2023-09", "2023-09-19", ...). */
export function isoDay(value) {
  const m = ISO_PREFIX.exec(String(value ?? ''));
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / 86400000;
}

export function timelineHtml(result) {
  const items = [];
  result.mentions.forEach((m, index) => {
    if (m.type === 'DATE' && m.value !== undefined && m.value !== null) items.push({ ...m, index, day: isoDay(m.value) });
  });
  if (!items.length) return '<p class="muted">No dates with an ISO value in this text.</p>';
  items.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || String(a.value).localeCompare(String(b.value)) || a.start - b.start);
  const days = items.map((i) => i.day).filter((d) => d !== null);
  const min = Math.min(...days);
  const max = Math.max(...days);
  const span = Math.max(max - min, 1);
  const axis = days.length
    ? `<div class="timeline-axis" aria-hidden="true">${items.filter((i) => i.day !== null).map((i) =>
      `<span class="tick" style="left:${(((i.day - min) / span) * 100).toFixed(2)}%" title="${escapeHtml(String(i.value))}"></span>`).join('')}` +
      `<span class="axis-label start">${escapeHtml(String(items[0].value))}</span>` +
      `<span class="axis-label end">${escapeHtml(String(items.filter((i) => i.day !== null).at(-1).value))}</span></div>`
    : '';
  const list = items.map((i) => `<li data-index="${i.index}"><time datetime="${escapeHtml(String(i.value))}">${escapeHtml(String(i.value))}</time>` +
    `${i.grain ? ` <span class="grain">${escapeHtml(i.grain)}</span>` : ''}` +
    ` <button type="button" class="link show-mention" data-index="${i.index}">“${escapeHtml(i.text)}”</button>` +
    ` <span class="muted">sentence ${i.sentence + 1}</span></li>`).join('');
  return `${axis}<ol class="timeline">${list}</ol>`;
}

// ---------------------------------------------------------------------- entities

/** Mentions with a canonical name or a group, grouped; most frequent first. */
export function entityGroups(result) {
  const groups = new Map();
  result.mentions.forEach((m, index) => {
    if (m.canonical == null && m.group == null) return;
    const key = m.group != null ? `g${m.group}` : `c${m.type}\u0000${m.canonical}`;
    if (!groups.has(key)) groups.set(key, { key, group: m.group ?? null, canonical: m.canonical ?? m.text, type: m.type, indices: [], variants: new Map() });
    const g = groups.get(key);
    g.indices.push(index);
    g.variants.set(m.text, (g.variants.get(m.text) ?? 0) + 1);
    if (m.canonical && g.canonical !== m.canonical && g.canonical === g.variants.keys().next().value) g.canonical = m.canonical;
  });
  return [...groups.values()].sort((a, b) => b.indices.length - a.indices.length || a.canonical.localeCompare(b.canonical));
}

export function entitiesHtml(result) {
  const groups = entityGroups(result);
  if (!groups.length) return '<p class="muted">No entities with a canonical name or group in this text.</p>';
  return `<ul class="entity-list">${groups.map((g) => {
    const variants = [...g.variants].map(([t, n]) => `${escapeHtml(t)}${n > 1 ? ` ×${n}` : ''}`).join(', ');
    return `<li style="--hue:${hueOf(g.type)}"><button type="button" class="entity" data-key="${escapeHtml(g.key)}"` +
      ` data-indices="${g.indices.join(',')}" aria-pressed="false"><span class="swatch" aria-hidden="true"></span>` +
      `<strong>${escapeHtml(g.canonical)}</strong> <span class="type">${escapeHtml(g.type)}</span>` +
      ` <span class="count">${g.indices.length}</span></button><span class="variants">${variants}</span></li>`;
  }).join('')}</ul>`;
}

// ------------------------------------------------------------------------ export

function csvCell(v) {
  const s = formatCsv(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function formatCsv(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The mentions as CSV: base columns, then every normalized field present in the result. */
export function mentionsCsv(result) {
  const columns = [...BASE_FIELDS, ...columnsOf(result.mentions)];
  const lines = [columns.join(',')];
  for (const m of result.mentions) lines.push(columns.map((c) => csvCell(m[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
