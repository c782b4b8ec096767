// Median engine (DOM adapter + engine) time against Readability.parse on one source, as `npm run bench` reads it:
// `node --import tsx scripts/dev/ratio.ts scrapinghub [every-nth-page]`. For checking a speed change quickly.
import { Readability } from '@mozilla/readability';
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { loadCorpus } from '../eval/corpus.ts';
import { quantile, timeIt } from '../bench/stats.ts';
const src = process.argv[2] ?? 'scrapinghub';
const every = Number(process.argv[3] ?? 1);
const ours: number[] = [], theirs: number[] = [];
for (const page of loadCorpus([src]).filter((_, i) => i % every === 0)) {
  const doc = parseHtml(page.html);
  ours.push(timeIt(() => runEngine(documentToBlocks(doc).input)));
  doc.defaultView?.close();
  theirs.push(Math.min(...[0, 1, 2].map(() => { const f = parseHtml(page.html); const ms = timeIt(() => new Readability(f).parse(), 1); f.defaultView?.close(); return ms; })));
}
console.log(src, 'ours', quantile(ours, 0.5).toFixed(1), 'readability', quantile(theirs, 0.5).toFixed(1), 'ratio', (quantile(ours, 0.5) / quantile(theirs, 0.5)).toFixed(3));
