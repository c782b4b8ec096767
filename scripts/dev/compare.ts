// Dev aid: pages where Declutter (HTML mode) trails Readability most in F1.
// Usage: node --import tsx scripts/dev/compare.ts [source] [count]
import { loadCorpus } from '../eval/corpus.ts';
import { f1Of as f1, scorePage } from '../eval/score.ts';
import { runSystems } from '../eval/systems.ts';

const [source = 'scrapinghub', count = '15'] = process.argv.slice(2);
const rows = loadCorpus([source]).map((page) => {
  const [html, , readability] = runSystems(page).runs;
  const d = scorePage(html?.text ?? '', page.expected.text);
  const r = scorePage(readability?.text ?? '', page.expected.text);
  return { id: page.id, d, r, gap: f1(r) - f1(d) };
});
rows.sort((a, b) => b.gap - a.gap);
for (const x of rows.slice(0, Number(count))) {
  console.log(`${x.id.slice(0, 20).padEnd(20)} gap ${x.gap.toFixed(2)}  declutter P ${x.d.precision.toFixed(2)} R ${x.d.recall.toFixed(2)}  readability P ${x.r.precision.toFixed(2)} R ${x.r.recall.toFixed(2)}`);
}
