// The demo page: wires the editor to Quarry and the views in render.js. No framework.
// Short texts are analyzed on the main thread (a few ms); long ones on a QuarryWorker,
// batch by batch, with a progress bar and a Cancel button.
import { Quarry } from '../dist/quarry.js';
import { QuarryWorker } from '../dist/worker.js';
import {
  annotatedHtml, entitiesHtml, legendHtml, mentionsCsv, mentionTablesHtml, numbersHtml, outlineHtml, timelineHtml,
} from './render.js';

const WORKER_THRESHOLD = 100_000; // UTF-16 units; above this the worker takes over
const RENDER_LIMIT = 400_000; // characters of annotated text put into the page
const RENDER_SLICE = 20_000; // characters rendered per frame
const LONG_SAMPLE_SIZE = 1024 * 1024;

const $ = (id) => document.getElementById(id);
const ui = {
  text: $('text'), sample: $('sample'), file: $('file'), drop: $('drop'), referenceDate: $('reference-date'),
  dateOrder: $('date-order'), run: $('run'), progress: $('progress'), progressLabel: $('progress-label'),
  cancel: $('cancel'), stats: $('stats'), version: $('version'), exportJson: $('export-json'),
  exportCsv: $('export-csv'), legend: $('legend'), doc: $('doc'), docNote: $('doc-note'),
  showSentences: $('show-sentences'), tip: $('tip'),
};

const state = {
  quarry: null,
  workerReady: null, // Promise<QuarryWorker>, started on the first long text
  job: null, // AbortController of the running worker analysis
  generation: 0, // bumped by every analysis: late results of older ones are dropped
  text: '',
  result: null,
  hidden: new Set(), // mention types whose highlight is off
  dirty: new Set(), // panels to re-render when shown
  runs: 0,
  timer: 0,
};

function setState(name) {
  document.body.dataset.state = name;
}

// ------------------------------------------------------------------------ analysis

function options() {
  const o = { dateOrder: ui.dateOrder.value };
  if (ui.referenceDate.value) o.referenceDate = ui.referenceDate.value;
  return o;
}

function schedule() {
  clearTimeout(state.timer);
  const delay = ui.text.value.length > WORKER_THRESHOLD ? 600 : 200;
  state.timer = setTimeout(analyze, delay);
}

async function analyze() {
  clearTimeout(state.timer);
  if (!state.quarry) return;
  const generation = ++state.generation;
  state.job?.abort();
  state.job = null;
  const text = ui.text.value;
  const opts = options();
  setState('analyzing');
  try {
    if (text.length <= WORKER_THRESHOLD) {
      ui.run.hidden = true;
      const started = performance.now();
      const result = state.quarry.analyze(text, opts);
      show(text, result, performance.now() - started, 'main thread');
      return;
    }
    const job = new AbortController();
    state.job = job;
    ui.run.hidden = false;
    ui.progress.value = 0;
    ui.progressLabel.textContent = `Analyzing ${(text.length / 1048576).toFixed(1)} M characters on a worker…`;
    state.workerReady ??= QuarryWorker.init();
    const worker = await state.workerReady;
    if (generation !== state.generation) return;
    const started = performance.now();
    const result = await worker.analyze(text, opts, {
      signal: job.signal,
      onProgress: ({ done, total }) => { ui.progress.value = done / total; },
    });
    if (generation !== state.generation) return; // superseded
    state.job = null;
    ui.run.hidden = true;
    show(text, result, performance.now() - started, 'worker');
  } catch (e) {
    if (generation !== state.generation) return; // a newer analysis took over
    state.job = null;
    if (e?.name === 'AbortError') {
      ui.run.hidden = true;
      ui.stats.textContent = 'Analysis cancelled. Edit the text or press Analyze to run it again.';
      setState('cancelled');
      return;
    }
    ui.run.hidden = true;
    ui.stats.textContent = `Error: ${e.code ?? e.name}: ${e.message}`;
    setState('error');
  }
}

function cancel() {
  state.job?.abort();
}

// ------------------------------------------------------------------------ rendering

function show(text, result, ms, where) {
  state.text = text;
  state.result = result;
  state.runs++;
  const n = (x, word) => `${x.toLocaleString('en-US')} ${word}${x === 1 ? '' : 's'}`;
  ui.stats.textContent = `${n(result.paragraphs.length, 'paragraph')} · ${n(result.sentences.length, 'sentence')} · ` +
    `${n(result.mentions.length, 'mention')} · analyzed in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms (${where})`;
  ui.exportJson.disabled = ui.exportCsv.disabled = false;
  for (const t of [...state.hidden]) if (!result.mentions.some((m) => m.type === t)) state.hidden.delete(t);
  ui.legend.innerHTML = legendHtml(result.mentions, state.hidden);
  renderDoc(text, result);
  state.dirty = new Set(['outline', 'mentions', 'numbers', 'timeline', 'entities']);
  const current = document.querySelector('[role=tab][aria-selected=true]').id.slice(4);
  if (state.dirty.has(current)) renderPanel(current);
  document.body.dataset.runs = String(state.runs);
  setState('ready');
}

// The annotated text, a slice per frame: the page stays responsive on long texts.
function renderDoc(text, result) {
  const token = {};
  state.renderToken = token;
  ui.doc.textContent = '';
  ui.docNote.hidden = true;
  let from = 0;
  const step = () => {
    if (state.renderToken !== token) return; // a newer result took over
    const { html, next, rendered } = annotatedHtml(text, result, { from, budget: RENDER_SLICE });
    ui.doc.insertAdjacentHTML('beforeend', html);
    for (const t of state.hidden) setTypeVisible(t, false);
    from = next;
    if (from >= result.paragraphs.length) return;
    if (rendered >= RENDER_LIMIT) {
      ui.docNote.hidden = false;
      ui.docNote.textContent = `Showing the first ${rendered.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} ` +
        'characters here; the other views and the exports cover the whole text.';
      return;
    }
    requestAnimationFrame(() => setTimeout(step, 0));
  };
  step();
}

function renderPanel(name) {
  if (!state.result || !state.dirty.has(name)) return;
  state.dirty.delete(name);
  const panel = $(`panel-${name}`);
  const { text, result } = state;
  const html = {
    outline: () => outlineHtml(text, result),
    mentions: () => mentionTablesHtml(result),
    numbers: () => numbersHtml(result),
    timeline: () => timelineHtml(result),
    entities: () => entitiesHtml(result),
  }[name];
  if (html) panel.innerHTML = html();
}

function setTypeVisible(type, visible) {
  for (const mark of ui.doc.querySelectorAll(`mark.ent[data-type="${CSS.escape(type)}"]`)) {
    mark.classList.toggle('off', !visible);
  }
}

// Shows mention i in the text view: switches tab, scrolls, flashes and focuses it.
function revealMention(index) {
  selectTab('tab-text');
  const mark = ui.doc.querySelector(`mark.ent[data-index="${index}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the animation
  mark.classList.add('flash');
  mark.focus({ preventScroll: true });
}

// ------------------------------------------------------------------------------ tabs

function selectTab(id) {
  for (const tab of document.querySelectorAll('[role=tab]')) {
    const on = tab.id === id;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
  }
  renderPanel(id.slice(4));
}

document.querySelector('[role=tablist]').addEventListener('click', (e) => {
  const tab = e.target.closest('[role=tab]');
  if (tab) selectTab(tab.id);
});

document.querySelector('[role=tablist]').addEventListener('keydown', (e) => {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  const i = tabs.indexOf(document.activeElement);
  if (i < 0) return;
  const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  const tab = tabs[(next + tabs.length) % tabs.length];
  selectTab(tab.id);
  tab.focus();
});

// ------------------------------------------------------------------ interactions

ui.legend.addEventListener('click', (e) => {
  const item = e.target.closest('.legend-item');
  if (!item) return;
  const type = item.dataset.type;
  const visible = state.hidden.has(type);
  if (visible) state.hidden.delete(type);
  else state.hidden.add(type);
  item.setAttribute('aria-pressed', String(visible));
  setTypeVisible(type, visible);
});

ui.showSentences.addEventListener('change', () => ui.doc.classList.toggle('no-sentences', !ui.showSentences.checked));

// Sortable tables (any panel): the header buttons sort by their column.
document.addEventListener('click', (e) => {
  const button = e.target.closest('button.sort');
  if (!button) return;
  const th = button.closest('th');
  const table = button.closest('table');
  const col = Number(button.dataset.col);
  const numeric = button.dataset.numeric === '1';
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  for (const other of table.querySelectorAll('th')) other.setAttribute('aria-sort', 'none');
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const tbody = table.tBodies[0];
  const rows = [...tbody.rows];
  const key = (row) => row.cells[col].dataset.sort;
  rows.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    let c;
    if (numeric) {
      const nx = x === '' ? Infinity : Number(x);
      const ny = y === '' ? Infinity : Number(y);
      c = nx - ny;
    } else c = x.localeCompare(y, undefined, { numeric: true });
    return ascending ? c : -c;
  });
  tbody.append(...rows);
});

// Rows, timeline items: show the mention in the text.
document.addEventListener('click', (e) => {
  const el = e.target.closest('tr[data-index], .show-mention');
  if (el && el.dataset.index !== '') revealMention(Number(el.dataset.index));
});

// Outline: go to the paragraph or sentence.
$('panel-outline').addEventListener('click', (e) => {
  const link = e.target.closest('a');
  if (!link) return;
  e.preventDefault();
  selectTab('tab-text');
  const target = document.querySelector(link.getAttribute('href'));
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.classList.remove('flash');
  void target.offsetWidth;
  target.classList.add('flash');
});

// Entities: a click highlights every mention of the entity.
$('panel-entities').addEventListener('click', (e) => {
  const button = e.target.closest('button.entity');
  if (!button) return;
  const on = button.getAttribute('aria-pressed') !== 'true';
  for (const b of $('panel-entities').querySelectorAll('button.entity')) b.setAttribute('aria-pressed', 'false');
  for (const m of ui.doc.querySelectorAll('mark.hl')) m.classList.remove('hl');
  if (!on) return;
  button.setAttribute('aria-pressed', 'true');
  const indices = button.dataset.indices.split(',');
  for (const i of indices) ui.doc.querySelector(`mark.ent[data-index="${i}"]`)?.classList.add('hl');
  revealMention(Number(indices[0]));
});

// Tooltips with the normalized fields, on hover and on keyboard focus.
function showTip(mark) {
  ui.tip.textContent = mark.dataset.tip;
  ui.tip.hidden = false;
  const r = mark.getBoundingClientRect();
  const t = ui.tip.getBoundingClientRect();
  const left = Math.min(Math.max(8, r.left), window.innerWidth - t.width - 8);
  const top = r.bottom + 6 + t.height > window.innerHeight ? r.top - t.height - 6 : r.bottom + 6;
  ui.tip.style.left = `${left + window.scrollX}px`;
  ui.tip.style.top = `${top + window.scrollY}px`;
  mark.setAttribute('aria-describedby', 'tip');
}

function hideTip(mark) {
  ui.tip.hidden = true;
  mark?.removeAttribute('aria-describedby');
}

ui.doc.addEventListener('mouseover', (e) => { const m = e.target.closest('mark.ent'); if (m) showTip(m); });
ui.doc.addEventListener('mouseout', (e) => { const m = e.target.closest('mark.ent'); if (m) hideTip(m); });
ui.doc.addEventListener('focusin', (e) => { const m = e.target.closest('mark.ent'); if (m) showTip(m); });
ui.doc.addEventListener('focusout', (e) => { const m = e.target.closest('mark.ent'); if (m) hideTip(m); });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(document.activeElement); });

// ----------------------------------------------------------------------- exports

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

ui.exportJson.addEventListener('click', () => {
  if (state.result) download('quarry-analysis.json', 'application/json', `${JSON.stringify(state.result, null, 2)}\n`);
});
ui.exportCsv.addEventListener('click', () => {
  if (state.result) download('quarry-mentions.csv', 'text/csv', mentionsCsv(state.result));
});

// -------------------------------------------------------------------------- input

async function loadSample(value) {
  if (!value) return;
  let text;
  if (value === 'long') {
    const names = [...ui.sample.options].map((o) => o.value).filter((v) => v.startsWith('samples/'));
    const texts = await Promise.all(names.map((n) => fetch(n).then((r) => r.text())));
    const parts = [];
    let size = 0;
    for (let i = 0; size < LONG_SAMPLE_SIZE; i++) {
      const t = texts[i % texts.length].trim();
      parts.push(t);
      size += t.length + 2;
    }
    text = parts.join('\n\n');
  } else {
    const response = await fetch(value);
    if (!response.ok) throw new Error(`${value}: HTTP ${response.status}`);
    text = await response.text();
  }
  setText(text);
  analyze();
}

// A textarea lays out every wrapped line: for very long texts, no wrapping keeps that quick.
function setText(text) {
  ui.text.wrap = text.length > WORKER_THRESHOLD ? 'off' : 'soft';
  ui.text.value = text;
}

async function loadFile(file) {
  if (!file) return;
  setText(await file.text());
  ui.sample.value = '';
  analyze();
}

ui.text.addEventListener('input', schedule);
ui.sample.addEventListener('change', () => loadSample(ui.sample.value));
ui.file.addEventListener('change', () => loadFile(ui.file.files[0]));
ui.referenceDate.addEventListener('change', analyze);
ui.dateOrder.addEventListener('change', analyze);
ui.cancel.addEventListener('click', cancel);
$('analyze').addEventListener('click', analyze);
ui.drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  ui.drop.classList.add('dragging');
});
ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('dragging'));
ui.drop.addEventListener('drop', (e) => {
  e.preventDefault();
  ui.drop.classList.remove('dragging');
  loadFile(e.dataTransfer.files[0]);
});

// ---------------------------------------------------------------------------- start

async function start() {
  setState('loading');
  try {
    const started = performance.now();
    state.quarry = await Quarry.init();
    ui.version.textContent = `${state.quarry.version}`;
    ui.stats.textContent = `Quarry ${state.quarry.version} loaded in ${Math.round(performance.now() - started)} ms.`;
  } catch (e) {
    ui.stats.textContent = `Quarry could not load: ${e.message}`;
    setState('error');
    return;
  }
  if (!ui.text.value) {
    ui.sample.value = 'samples/briefing.txt';
    await loadSample(ui.sample.value);
  } else {
    analyze();
  }
}

start();
