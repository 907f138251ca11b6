// A deterministic English news-like text of any length, written for these tests: varied
// sentences, paragraphs, abbreviations, numbers, URLs, e-mails, hashtags, handles, quotes
// and a little non-ASCII. Shared by the tests and the benchmark.
const subjects = ['The ministry', 'Officials in Geneva', 'The regional council', 'A spokeswoman for the agency',
  'Dr. Lena Park', 'The delegation', 'Local farmers', 'The central bank', 'Mr. Okafor', 'Two independent monitors',
  'The city of São Paulo', 'Residents of the valley', 'The U.N. envoy', 'Engineers at the plant'];
const verbs = ['said on Tuesday that', 'confirmed that', 'warned that', 'announced that', 'told reporters that',
  'denied reports that', 'expects that', 'wrote in a statement that'];
const objects = ['talks would resume next week', 'the road to the border had reopened',
  'more than 90,000 residents had returned', 'prices rose by 4.5 percent in March', 'the budget of $1.2 billion was approved',
  'the bridge would be closed until Dec. 15, 2023', 'the vote was postponed', 'nearly 3,400 km of pipeline were inspected',
  'a second round of talks was planned', 'the harvest was the best in a decade', 'the report ran to 212 pages'];
const tails = ['', ' according to the agency', ' after a long meeting', ' despite the rain', ' at 6 p.m. local time',
  ' in a brief statement', ' (see https://example.org/news/2023/item-{n})', ', citing #GenevaTalks',
  '; contact press{n}@example.org for details', ', @quarrywire reported', ' — the first time since 2019',
  ' in Zürich and Yerevan'];
const quotes = ['"We are not there yet," one diplomat said.', '"It is a start," she added.', 'Did they agree? Not yet.',
  'The mood has changed... but slowly.', 'Prices: up 2%, down 1.5%, flat.', 'Weather permitting, work resumes 🙂.'];

export function newsText(length, seed = 1) {
  let s = seed >>> 0 || 1;
  const rand = (n) => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) % n);
  const parts = [];
  let size = 0;
  let n = 0;
  while (size < length) {
    const sentences = 2 + rand(5);
    let para = '';
    for (let i = 0; i < sentences; i++) {
      n++;
      const sentence = rand(7) === 0
        ? quotes[rand(quotes.length)]
        : `${subjects[rand(subjects.length)]} ${verbs[rand(verbs.length)]} ${objects[rand(objects.length)]}${tails[rand(tails.length)].replace('{n}', n)}.`;
      para += (i ? ' ' : '') + sentence;
    }
    parts.push(para);
    size += para.length + 2;
  }
  return parts.join('\n\n').slice(0, Math.max(length, 0));
}
