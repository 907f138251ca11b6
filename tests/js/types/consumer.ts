// A TypeScript consumer of the package: compiled with tsc --noEmit by scripts/test-web.sh
// (against the repository and against the packed tarball), so quarry.d.ts and worker.d.ts
// must describe what the JS does. The @ts-expect-error lines must stay errors.
import { Quarry, QuarryError, type AnalysisResult, type Mention, type MentionType } from 'quarry';
import QuarryDefault from 'quarry';
import { QuarryWorker, analyzeInBatches, batchRanges, type Progress } from 'quarry/worker';

async function main(): Promise<void> {
  const q: Quarry = await Quarry.init({ referenceDate: '2023-09-29', dateOrder: 'dmy' });
  const same: typeof Quarry = QuarryDefault;
  void same;
  const version: string = q.version;
  const r: AnalysisResult = q.analyze('Text.', { extract: ['patterns', 'numbers'], locale: 'en' });
  const withTokens = q.analyze('Text.', { tokens: true });
  const kinds: string[] = withTokens.tokens.map((t) => t.kind); // no undefined check needed
  const first: Mention | undefined = r.mentions[0];
  if (first) {
    const type: MentionType = first.type;
    const slice: string = 'Text.'.slice(first.start, first.end);
    const value: number | string | null | undefined = first.value;
    const group: number | undefined = first.group;
    void [type, slice, value, group];
  }
  const paragraphOfFirstSentence: number | undefined = r.sentences[0]?.paragraph;
  const source: 'option' | 'dateline' | 'none' = r.reference_date.source;
  const usage: number = q.memoryUsage().wasmBytes + q.memoryUsage().heapUsed;
  q.dispose();
  const disposed: boolean = q.disposed;

  try {
    q.analyze('x');
  } catch (e) {
    if (e instanceof QuarryError) {
      const code: 'QUARRY_ERROR_INVALID_ARGUMENT' | 'QUARRY_ERROR_INVALID_OPTIONS' | 'QUARRY_ERROR_INVALID_UTF8'
        | 'QUARRY_ERROR_OUT_OF_MEMORY' | 'QUARRY_ERROR_TOO_LARGE' | 'QUARRY_ERROR_INTERNAL' = e.code;
      void code;
    }
  }

  await Quarry.init({ wasm: new URL('https://example.org/quarry.wasm') });
  await Quarry.init({ wasm: new Uint8Array(8) });
  // @ts-expect-error: options are camelCase
  await Quarry.init({ reference_date: '2023-09-29' });
  // @ts-expect-error: not a date order
  q.analyze('x', { dateOrder: 'ymd' });
  // @ts-expect-error: text must be a string
  q.analyze(42);
  // @ts-expect-error: the constructor is private
  new Quarry();

  const w = await QuarryWorker.init({ locale: 'en' });
  const controller = new AbortController();
  const result: AnalysisResult = await w.analyze('Long text.', {}, {
    signal: controller.signal,
    batchSize: 65536,
    onProgress: (p: Progress) => console.log(p.done / p.total),
  });
  const tokens = (await w.analyze('x', { tokens: true })).tokens.length;
  const ranges: Array<[number, number]> = batchRanges('a\n\nb', 1);
  const merged: AnalysisResult = await analyzeInBatches(q, 'a\n\nb', {}, { batchSize: 1 });
  w.terminate();
  void [version, kinds, paragraphOfFirstSentence, source, usage, disposed, result, tokens, ranges, merged];
}

void main();
