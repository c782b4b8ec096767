// Dev aid: pages where saved-text mode trails HTML mode most in F1 (text loses the markup's bounds).
// Usage: node --import tsx scripts/dev/mode-gap.ts [source] [count]
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { textToBlocks } from '../../src/adapters/text/index.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { loadCorpus } from '../eval/corpus.ts';
import { f1Of, scorePage } from '../eval/score.ts';

const [source = 'scrapinghub', count = '25'] = process.argv.slice(2);
const rows = loadCorpus([source]).map((page) => {
  const html = scorePage(runEngine(documentToBlocks(parseHtml(page.html)).input).article, page.expected.text);
  const text = scorePage(runEngine(textToBlocks(page.text)).article, page.expected.text);
  return { id: page.id, html, text, gap: f1Of(html) - f1Of(text), words: page.expected.text.split(/\s+/).length };
});
rows.sort((a, b) => b.gap * b.words - a.gap * a.words);
const fmt = (s: { precision: number; recall: number }): string => `P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}`;
for (const r of rows.slice(0, Number(count))) console.log(`${r.id.slice(0, 10)} gap ${r.gap.toFixed(2)} words ${String(r.words).padStart(5)}  html ${fmt(r.html)}  text ${fmt(r.text)}`);
