// Dev aid: per-page precision/recall of one Declutter mode, worst first.
// Usage: node --import tsx scripts/dev/pages.ts html|text [source] [count]
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { textToBlocks } from '../../src/adapters/text/index.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { loadCorpus } from '../eval/corpus.ts';
import { scorePage, summarise } from '../eval/score.ts';

const [mode = 'html', source = 'scrapinghub', count = '25'] = process.argv.slice(2);
const rows = loadCorpus([source]).map((page) => {
  const input = mode === 'html' ? documentToBlocks(parseHtml(page.html)).input : textToBlocks(page.text);
  return { id: page.id, ...scorePage(runEngine(input).article, page.expected.text) };
});
rows.sort((a, b) => a.precision + a.recall - b.precision - b.recall);
for (const r of rows.slice(0, Number(count))) console.log(`${r.id.slice(0, 24).padEnd(24)} P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)}`);
const s = summarise(rows);
console.log(`P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(5)}`);
