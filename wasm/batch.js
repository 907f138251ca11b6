// Analysis of a long text paragraph batch by paragraph batch, yielding between batches so
// that progress can be reported and a cancellation can arrive. Used by the worker; it also
// works on any thread.
//
// Batches are cut only after a blank line, which always ends a paragraph in the core, so
// paragraphs, sentences, tokens and mentions come out the same as from one analyze() call.
// What a batch cannot see is the rest of the document: a dateline found in the first batch
// is passed on as the reference date of the others, and alias groups are merged across
// batches by their canonical name.

const BLANK_LINE = /\n[^\S\n]*\n/g;

/** Default batch size, in UTF-16 code units. */
export const DEFAULT_BATCH_SIZE = 64 * 1024;

function abortError(signal) {
  if (signal.reason !== undefined) return signal.reason;
  return typeof DOMException === 'function'
    ? new DOMException('The analysis was cancelled', 'AbortError')
    : Object.assign(new Error('The analysis was cancelled'), { name: 'AbortError' });
}

// Lets queued messages (a cancel) and rendering run between two batches.
function nextTurn() {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });
}

/** The [start, end) ranges of the batches, in UTF-16 code units. */
export function batchRanges(text, batchSize = DEFAULT_BATCH_SIZE) {
  if (!(batchSize >= 1)) throw new RangeError('batchSize must be at least 1');
  const ranges = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (text.length - start > batchSize) {
      BLANK_LINE.lastIndex = start + batchSize;
      const m = BLANK_LINE.exec(text);
      if (m) end = m.index + m[0].length;
    }
    ranges.push([start, end]);
    start = end;
  }
  return ranges;
}

/**
 * Analyzes `text` with `quarry` (a Quarry) batch by batch and returns the same shape as
 * quarry.analyze(text, options). `control`: { batchSize, signal, onProgress({done, total}),
 * onBatch({paragraphs, sentences, tokens, mentions}) } where onBatch gets each batch's items,
 * already in the whole text's offsets and numbering (the worker streams them to the page).
 */
export async function analyzeInBatches(quarry, text, options = {}, control = {}) {
  const { batchSize = DEFAULT_BATCH_SIZE, onProgress, onBatch, signal } = control;
  if (typeof text !== 'string') return quarry.analyze(text, options); // the same error
  const ranges = batchRanges(text, batchSize);
  if (ranges.length <= 1) {
    if (signal?.aborted) throw abortError(signal);
    const result = quarry.analyze(text, options);
    onBatch?.({ paragraphs: result.paragraphs, sentences: result.sentences, tokens: result.tokens, mentions: result.mentions });
    onProgress?.({ done: text.length, total: text.length });
    return result;
  }

  let merged = null;
  let callOptions = { ...options };
  const groups = new Map(); // canonical name (or batch-local id) -> merged group id
  for (let b = 0; b < ranges.length; b++) {
    if (signal?.aborted) throw abortError(signal);
    const [start, end] = ranges[b];
    const part = quarry.analyze(text.slice(start, end), callOptions);
    if (merged === null) {
      merged = { ...part, paragraphs: [], sentences: [], mentions: [] };
      if (part.tokens) merged.tokens = [];
      if (part.reference_date?.source === 'dateline' && options.referenceDate == null) {
        callOptions = { ...callOptions, referenceDate: part.reference_date.value };
      }
    }
    const paragraphBase = merged.paragraphs.length;
    const sentenceBase = merged.sentences.length;
    const tokenBase = merged.tokens?.length ?? 0;
    const mentionBase = merged.mentions.length;
    for (const p of part.paragraphs) {
      merged.paragraphs.push({ ...p, start: p.start + start, end: p.end + start });
    }
    for (const s of part.sentences) {
      merged.sentences.push({ ...s, start: s.start + start, end: s.end + start, paragraph: s.paragraph + paragraphBase });
    }
    if (part.tokens) {
      for (const t of part.tokens) merged.tokens.push({ ...t, start: t.start + start, end: t.end + start });
    }
    const local = new Map(); // this batch's group id -> merged id
    for (const m of part.mentions) {
      const out = { ...m, start: m.start + start, end: m.end + start, sentence: m.sentence + sentenceBase };
      if (typeof m.group === 'number') {
        let id = local.get(m.group);
        if (id === undefined) {
          const key = typeof m.canonical === 'string' ? `${m.type}\u0000${m.canonical}` : `#${b}:${m.group}`;
          id = groups.get(key);
          if (id === undefined) {
            id = groups.size;
            groups.set(key, id);
          }
          local.set(m.group, id);
        }
        out.group = id;
      }
      merged.mentions.push(out);
    }
    onBatch?.({
      paragraphs: merged.paragraphs.slice(paragraphBase),
      sentences: merged.sentences.slice(sentenceBase),
      tokens: merged.tokens?.slice(tokenBase),
      mentions: merged.mentions.slice(mentionBase),
    });
    onProgress?.({ done: end, total: text.length });
    if (b + 1 < ranges.length) await nextTurn();
  }
  return merged;
}
