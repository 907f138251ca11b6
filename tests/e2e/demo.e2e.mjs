// The demo in Debian's Chromium (playwright-core): paste, highlight, views, exports, drop,
// the worker with progress and cancellation, keyboard use, layouts. Every test fails on a
// request leaving the page's origin, a console error or a failed request.
// Screenshots go to tests/e2e/out/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Quarry } from 'quarry';
import { analyzeInBatches } from 'quarry/worker';
import { serve } from '../../scripts/serve.mjs';
import { mentionsCsv } from '../../demo/render.js';
import { launch, OUT, watchedPage } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
mkdirSync(OUT, { recursive: true });
const shot = (name) => fileURLToPath(new URL(`${name}.png`, OUT));

let server;
let browser;
let quarry;

before(async () => {
  server = await serve({ root: ROOT, port: 0 });
  browser = await launch();
  quarry = await Quarry.init();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo() {
  const watched = await watchedPage(browser.context, server.url);
  await watched.page.goto(`${server.url}/demo/`);
  await watched.page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 30000 });
  return watched;
}

// Sets the editor's text as a paste would (an input event) and waits for the analysis.
async function paste(page, text) {
  const runs = Number(await page.getAttribute('body', 'data-runs'));
  await page.focus('#text');
  await page.fill('#text', '');
  await page.keyboard.insertText(text);
  await page.waitForFunction((n) => Number(document.body.dataset.runs) > n && document.body.dataset.state === 'ready',
    runs, { timeout: 30000 });
}

const PASTED = `Ceasefire Talks Resume

GENEVA -- Delegations met for six hours on Friday. Dr. Z. S. Demirdjian, who chairs the panel, said the sides "agreed on a timetable." Did they agree on anything else? Not yet.

The agenda is at https://example.org/talks?round=2 and questions go to press@example.org. Follow #GenevaTalks or @quarrywire for updates 🇨🇭. Emoji 👩‍👩‍👧 and astral 𝒳 characters do not shift the offsets: see https://example.org/𝒳/end.`;

test('paste a text: sentence count, highlighted spans, no foreign request, screenshot', async () => {
  const { page, problems, requests } = await openDemo();
  await paste(page, PASTED);
  const expected = quarry.analyze(PASTED);
  assert.ok(expected.sentences.length >= 8);
  const stats = await page.textContent('#stats');
  assert.match(stats, new RegExp(`\\b${expected.sentences.length} sentences\\b`));
  assert.match(stats, new RegExp(`\\b${expected.paragraphs.length} paragraphs\\b`));
  assert.match(stats, /analyzed in [\d.]+ ms \(main thread\)/);
  assert.equal(await page.locator('#doc .sent').count(), expected.sentences.length);
  // The highlighted spans are exactly the mentions, in order, with their types.
  const marks = await page.$$eval('#doc mark.ent', (els) => els.map((e) => [e.dataset.type, e.firstChild.textContent]));
  assert.deepEqual(marks, expected.mentions.map((m) => [m.type, m.text]));
  const patterns = ['URL', 'EMAIL', 'HASHTAG', 'HANDLE'];
  assert.deepEqual(marks.filter(([type]) => patterns.includes(type)).map(([, t]) => t), ['https://example.org/talks?round=2',
    'press@example.org', '#GenevaTalks', '@quarrywire', 'https://example.org/𝒳/end']);
  // Each sentence element holds exactly the sentence's text.
  const sentences = await page.$$eval('#doc .sent', (els) => els.map((e) => {
    const c = e.cloneNode(true);
    c.querySelectorAll('.sent-no, .ent-label').forEach((x) => x.remove());
    return c.textContent;
  }));
  assert.deepEqual(sentences, expected.sentences.map((s) => PASTED.slice(s.start, s.end)));
  // The legend counts each type.
  const legend = await page.$$eval('#legend .legend-item', (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
  const counts = new Map();
  for (const m of expected.mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  assert.deepEqual(legend, [...counts].map(([type, n]) => `${type} ${n}`));
  assert.equal(counts.get('URL'), 2);
  await page.screenshot({ path: shot('demo-1280x800') });
  await page.screenshot({ path: shot('demo-1280-full'), fullPage: true });
  assert.ok(requests.length > 0 && requests.every((u) => u.startsWith(server.url)));
  assert.deepEqual(problems, []);
  await page.close();
});

test('hover and keyboard focus show the normalized fields; legend toggles a type; sentence marks toggle', async () => {
  const { page, problems } = await openDemo();
  await paste(page, PASTED);
  await page.hover('#doc mark.ent[data-type="EMAIL"]');
  await page.waitForSelector('#tip:not([hidden])');
  assert.match(await page.textContent('#tip'), /^EMAIL/);
  // Keyboard: Tab into the text lands on a mention; its tooltip shows.
  await page.focus('#show-sentences');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement === document.querySelector('#doc mark.ent')
    && document.activeElement.dataset.type);
  assert.ok(focused, 'Tab from the checkbox reaches the first mention');
  assert.equal((await page.textContent('#tip')).split('\n')[0], focused);
  assert.equal(await page.getAttribute('#doc mark.ent >> nth=0', 'aria-describedby'), 'tip');
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#tip'), true);
  // The legend hides and shows a type.
  await page.click('#legend .legend-item[data-type="URL"]');
  assert.equal(await page.locator('#doc mark.ent.off[data-type="URL"]').count(), 2);
  assert.equal(await page.getAttribute('#legend .legend-item[data-type="URL"]', 'aria-pressed'), 'false');
  await page.click('#legend .legend-item[data-type="URL"]');
  assert.equal(await page.locator('#doc mark.ent.off').count(), 0);
  // Sentence boundaries can be hidden.
  await page.uncheck('#show-sentences');
  assert.equal(await page.isVisible('#doc .sent-no >> nth=0'), false);
  await page.check('#show-sentences');
  assert.equal(await page.isVisible('#doc .sent-no >> nth=0'), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('tabs by keyboard; outline; sortable mention tables; a row leads to the mention', async () => {
  const { page, problems } = await openDemo();
  await paste(page, PASTED);
  const expected = quarry.analyze(PASTED);
  await page.focus('#tab-text');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-outline', 'aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-outline');
  assert.equal(await page.isVisible('#panel-outline'), true);
  assert.equal(await page.isHidden('#panel-text'), true);
  assert.equal(await page.locator('#panel-outline .outline-list > li').count(), expected.paragraphs.length);
  assert.equal(await page.locator('#panel-outline .sent-list li').count(), expected.sentences.length);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-mentions', 'aria-selected'), 'true');
  const urls = () => page.$$eval('#table-URL tbody tr', (rows) => rows.map((r) => r.cells[0].textContent));
  assert.deepEqual(await urls(), ['https://example.org/talks?round=2', 'https://example.org/𝒳/end']);
  await page.click('#table-URL th:nth-child(1) button');
  assert.equal(await page.getAttribute('#table-URL th:nth-child(1)', 'aria-sort'), 'ascending');
  await page.click('#table-URL th:nth-child(1) button');
  assert.equal(await page.getAttribute('#table-URL th:nth-child(1)', 'aria-sort'), 'descending');
  assert.deepEqual(await urls(), ['https://example.org/𝒳/end', 'https://example.org/talks?round=2']);
  // Sorting by a number column is numeric.
  await page.click('#table-URL th:nth-child(3) button');
  assert.deepEqual(await urls(), ['https://example.org/talks?round=2', 'https://example.org/𝒳/end']);
  await page.click('#table-URL tbody tr >> nth=1');
  assert.equal(await page.getAttribute('#tab-text', 'aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.startsWith('https://example.org/𝒳/end')), true);
  // By keyboard: the row's first cell is a button.
  await page.click('#tab-mentions');
  await page.focus('#table-URL tbody tr:first-child button.show-mention');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#tab-text', 'aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.matches('mark.ent[data-type="URL"]')
    && document.activeElement.textContent.startsWith('https://example.org/talks')), true);
  await page.keyboard.press('End');
  await page.focus('#tab-text');
  await page.keyboard.press('End');
  assert.equal(await page.getAttribute('#tab-entities', 'aria-selected'), 'true');
  await page.keyboard.press('Home');
  assert.equal(await page.getAttribute('#tab-text', 'aria-selected'), 'true');
  assert.deepEqual(problems, []);
  await page.close();
});

test('export JSON and CSV give the analysis', async () => {
  const { page, problems } = await openDemo();
  await paste(page, PASTED);
  const expected = quarry.analyze(PASTED, { dateOrder: 'auto' });
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(json.suggestedFilename(), 'quarry-analysis.json');
  assert.deepEqual(JSON.parse(readFileSync(await json.path(), 'utf8')), expected);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.equal(csv.suggestedFilename(), 'quarry-mentions.csv');
  const content = readFileSync(await csv.path(), 'utf8');
  assert.equal(content, mentionsCsv(expected));
  const lines = content.trimEnd().split('\r\n');
  assert.match(lines[0], /^type,start,end,text,sentence(,|$)/);
  assert.equal(lines.length, expected.mentions.length + 1);
  const url = expected.mentions.find((m) => m.type === 'URL');
  assert.ok(lines.some((l) => l.startsWith(`URL,${url.start},${url.end},https://example.org/talks?round=2,${url.sentence}`)));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a .txt file, dropped or opened, replaces the text and is analyzed', async () => {
  const { page, problems } = await openDemo();
  const runs = Number(await page.getAttribute('body', 'data-runs'));
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped file. Two sentences #dropped.'], 'dropped.txt', { type: 'text/plain' }));
    const drop = document.getElementById('drop');
    drop.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    drop.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction((n) => Number(document.body.dataset.runs) > n, runs);
  assert.equal(await page.inputValue('#text'), 'Dropped file. Two sentences #dropped.');
  assert.match(await page.textContent('#stats'), /\b2 sentences\b/);
  assert.equal(await page.textContent('#doc mark.ent[data-type="HASHTAG"]'), '#droppedHASHTAG');
  const runs2 = Number(await page.getAttribute('body', 'data-runs'));
  await page.setInputFiles('#file', { name: 'opened.txt', mimeType: 'text/plain', buffer: Buffer.from('One. Two. Three 😀.') });
  await page.waitForFunction((n) => Number(document.body.dataset.runs) > n, runs2);
  assert.match(await page.textContent('#stats'), /\b3 sentences\b/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('typing re-runs the analysis, debounced', async () => {
  const { page, problems } = await openDemo();
  await paste(page, 'First.');
  const runs = Number(await page.getAttribute('body', 'data-runs'));
  await page.focus('#text');
  await page.keyboard.press('End');
  await page.keyboard.type(' Second. Third #typed.', { delay: 15 });
  await page.waitForFunction(() => /\b3 sentences\b/.test(document.getElementById('stats').textContent));
  const after = Number(await page.getAttribute('body', 'data-runs'));
  assert.ok(after - runs >= 1 && after - runs <= 3, `${after - runs} analyses for 22 keystrokes`);
  assert.equal(await page.textContent('#doc mark.ent[data-type="HASHTAG"]'), '#typedHASHTAG');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a 1 MB sample runs on the worker with a progress bar; the page stays responsive', async () => {
  const { page, problems } = await openDemo();
  const runs = Number(await page.getAttribute('body', 'data-runs'));
  // Watch the progress bar and the longest frame while the worker runs and while the result
  // is rendered. (Putting 1 MB into the textarea costs Chromium one long layout before that.)
  await page.evaluate(() => {
    const seen = { run: false, progress: 0, analyzing: 0, rendering: 0, frames: 0, analyzingFrames: 0 };
    window.__seen = seen;
    let last = performance.now();
    let readyAt = 0;
    const tick = () => {
      const now = performance.now();
      const gap = now - last;
      last = now;
      const running = !document.getElementById('run').hidden;
      const value = document.getElementById('progress').value;
      if (running) seen.run = true;
      if (running && seen.progress > 0) {
        seen.analyzing = Math.max(seen.analyzing, gap);
        seen.analyzingFrames++;
      }
      seen.progress = Math.max(seen.progress, value);
      if (seen.run && document.body.dataset.state === 'ready') {
        readyAt ||= now;
        seen.rendering = Math.max(seen.rendering, gap);
      }
      seen.frames++;
      if (!readyAt || now - readyAt < 1500) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.selectOption('#sample', 'long');
  await page.waitForFunction((n) => Number(document.body.dataset.runs) > n && document.body.dataset.state === 'ready', runs, { timeout: 60000 });
  const text = await page.inputValue('#text');
  assert.ok(text.length >= 1024 * 1024, `${text.length} characters`);
  const stats = await page.textContent('#stats');
  assert.match(stats, /\(worker\)/);
  // The worker analyzes batch by batch: the same as analyzeInBatches here (docs/wasm.md).
  const expected = await analyzeInBatches(quarry, text, { dateOrder: 'auto' });
  assert.equal(expected.sentences.length, quarry.analyze(text).sentences.length);
  assert.match(stats, new RegExp(`\\b${expected.sentences.length.toLocaleString('en-US')} sentences\\b`));
  assert.match(stats, new RegExp(`\\b${expected.mentions.length.toLocaleString('en-US')} mentions\\b`));
  await page.waitForTimeout(1600);
  const seen = await page.evaluate(() => window.__seen);
  assert.equal(seen.run, true, 'the progress bar was shown');
  assert.ok(seen.progress > 0, 'the progress bar moved');
  // The page kept drawing frames while the worker worked, and no frame took long. (The bound
  // leaves room for a loaded 2-core machine; on an idle one frames stay under 200 ms.)
  console.log(`# longest frame: ${Math.round(seen.analyzing)} ms while analyzing (${seen.analyzingFrames} frames), ` +
    `${Math.round(seen.rendering)} ms while rendering`);
  assert.ok(seen.analyzingFrames >= 5, `${seen.analyzingFrames} frames during the analysis`);
  assert.ok(seen.analyzing < 1000, `a frame took ${seen.analyzing} ms during the analysis`);
  assert.ok(seen.rendering < 1000, `a frame took ${seen.rendering} ms while rendering the result`);
  assert.equal(await page.isHidden('#run'), true);
  // The text view renders in slices, one per frame, until its limit: wait for the last one
  // (a loaded machine may need more than the 1.6 s above).
  await page.waitForSelector('#doc-note', { state: 'visible', timeout: 30000 });
  assert.equal(await page.isVisible('#doc-note'), true, 'the note says the text view is cut');
  const shown = await page.locator('#doc .sent').count();
  assert.ok(shown > 1000 && shown < expected.sentences.length, `${shown} sentences rendered`);
  await page.screenshot({ path: shot('demo-1mb') });
  assert.deepEqual(problems, []);
  await page.close();
});

test('cancelling a long analysis', async () => {
  const { page, problems } = await openDemo();
  // 8 MB: long enough to press Cancel in the middle.
  await page.evaluate(async () => {
    const t = await (await fetch('samples/briefing.txt')).text();
    const ta = document.getElementById('text');
    ta.value = Array.from({ length: 9000 }, () => t).join('\n\n');
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // Press Cancel as soon as the first batch is done (in the page: no round trip to lose).
  const at = await page.waitForFunction(() => {
    const value = document.getElementById('progress').value;
    if (document.getElementById('run').hidden || !(value > 0)) return false;
    document.getElementById('cancel').click();
    return value;
  }, null, { timeout: 30000, polling: 'raf' });
  assert.ok(await at.jsonValue() < 0.5, 'cancelled in the middle');
  await page.waitForFunction(() => document.body.dataset.state === 'cancelled');
  assert.match(await page.textContent('#stats'), /cancelled/i);
  assert.equal(await page.isHidden('#run'), true);
  // The worker is still usable.
  await paste(page, 'After the cancel. It works.');
  assert.match(await page.textContent('#stats'), /\b2 sentences\b/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('numbers, dates and entities the core adds later render without demo changes', async () => {
  const { page, problems } = await openDemo();
  const out = await page.evaluate(async () => {
    const r = await import('./render.js');
    const text = 'On Sept. 19, 2023 more than 90,000 residents paid $1.5 million. Ilham Aliyev met Aliyev in 2022. Flow: 3.5 km.';
    const at = (s) => [text.indexOf(s), text.indexOf(s) + s.length];
    const mk = (type, s, sentence, extra) => ({ type, start: at(s)[0], end: at(s)[1], text: s, sentence, ...extra });
    const result = {
      quarry: '0.1.0', offsets: 'utf16', reference_date: { value: '2023-09-29', source: 'option' },
      paragraphs: [{ start: 0, end: text.length }],
      sentences: [{ start: 0, end: 63, paragraph: 0 }, { start: 64, end: 96, paragraph: 0 }, { start: 97, end: text.length, paragraph: 0 }],
      mentions: [
        mk('DATE', 'Sept. 19, 2023', 0, { value: '2023-09-19', grain: 'day' }),
        mk('CARDINAL', 'more than 90,000', 0, { value: 90000, low: 90000, high: null, qualifier: 'gt', unit: null, counted: 'residents' }),
        mk('MONEY', '$1.5 million', 0, { value: 1500000, low: 1500000, high: 1500000, unit: 'USD' }),
        mk('PERSON', 'Ilham Aliyev', 1, { canonical: 'Ilham Aliyev', group: 0 }),
        mk('PERSON', 'Aliyev', 1, { canonical: 'Ilham Aliyev', group: 0 }),
        mk('DATE', '2022', 1, { value: '2022', grain: 'year' }),
        mk('QUANTITY', '3.5 km', 2, { value: 3.5, unit: 'km', brand_new_field: 'shown too' }),
      ],
    };
    const div = document.createElement('div');
    div.innerHTML = r.numbersHtml(result);
    const numbers = [...div.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent));
    div.innerHTML = r.timelineHtml(result);
    const timeline = [...div.querySelectorAll('.timeline time')].map((t) => t.textContent);
    const ticks = div.querySelectorAll('.timeline-axis .tick').length;
    div.innerHTML = r.entitiesHtml(result);
    const entities = [...div.querySelectorAll('button.entity')].map((b) => b.textContent.replace(/\s+/g, ' ').trim());
    const variants = div.querySelector('.variants').textContent;
    div.innerHTML = r.mentionTablesHtml(result);
    const quantityHead = [...div.querySelectorAll('#table-QUANTITY th')].map((th) => th.textContent);
    const { html } = r.annotatedHtml(text, result);
    div.innerHTML = html;
    const tip = div.querySelector('mark[data-type="CARDINAL"]').dataset.tip;
    const csvHead = r.mentionsCsv(result).split('\r\n')[0];
    return { numbers, timeline, ticks, entities, variants, quantityHead, tip, csvHead };
  });
  assert.deepEqual(out.numbers, [
    ['CARDINAL', 'more than 90,000', '90,000', '90,000', '', 'gt', '', 'residents', '1'],
    ['MONEY', '$1.5 million', '1,500,000', '1,500,000', '1,500,000', '', 'USD', '', '1'],
    ['QUANTITY', '3.5 km', '3.5', '', '', '', 'km', '', '3'],
  ]);
  assert.deepEqual(out.timeline, ['2022', '2023-09-19']);
  assert.equal(out.ticks, 2);
  assert.deepEqual(out.entities, ['Ilham Aliyev PERSON 2']);
  assert.equal(out.variants, 'Ilham Aliyev, Aliyev');
  assert.deepEqual(out.quantityHead, ['text', 'sentence', 'start', 'value', 'unit', 'brand_new_field']);
  assert.equal(out.tip, 'CARDINAL\nvalue: 90,000\nlow: 90,000\nqualifier: gt\ncounted: residents');
  assert.equal(out.csvHead, 'type,start,end,text,sentence,value,low,high,qualifier,unit,counted,grain,canonical,group,brand_new_field');
  assert.deepEqual(problems, []);
  await page.close();
});

test('readable on a narrow screen: no sideways scrolling, controls reachable', async () => {
  const { page, problems } = await openDemo();
  await page.setViewportSize({ width: 390, height: 844 });
  await paste(page, PASTED);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${overflow} px of sideways scrolling`);
  for (const id of ['#sample', '#file', '#text', '#export-json', '#tab-entities']) {
    const box = await page.locator(id).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390 + 1, `${id} fits: ${JSON.stringify(box)}`);
  }
  await page.screenshot({ path: shot('demo-390-narrow'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('every control has an accessible name', async () => {
  const { page, problems } = await openDemo();
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, [role=tab], [tabindex]')]
    .filter((el) => el.offsetParent !== null || el.id === 'text')
    .filter((el) => {
      const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.getAttribute('title')
        || (el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby'))?.textContent);
      return !name || !name.trim();
    })
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  assert.deepEqual(problems, []);
  await page.close();
});
