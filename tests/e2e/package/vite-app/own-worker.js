import { Quarry } from 'quarry';

// The stages that read one paragraph at a time: results do not depend on batching.
const LOCAL = { extract: ['patterns', 'numbers'] };

const quarry = Quarry.init();
self.onmessage = async (e) => {
  const q = await quarry;
  const r = q.analyze(e.data, LOCAL);
  self.postMessage({ version: q.version, sentences: r.sentences.length, mentions: r.mentions.map((m) => m.text) });
};
