// Dev aid: re-run the engine over cached adapter output with different
// threshold values, to see how F1 moves. Usage: node --import tsx scripts/dev/sweep.ts
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { textToBlocks } from '../../src/adapters/text/index.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { REGION } from '../../src/engine/thresholds.ts';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { loadCorpus } from '../eval/corpus.ts';
import { scorePage, summarise } from '../eval/score.ts';

const pages = loadCorpus(['scrapinghub', 'readability']);
const cache = pages.map((p) => ({ source: p.source, truth: p.expected.text, html: documentToBlocks(parseHtml(p.html)).input, text: textToBlocks(p.text) }));
const region = REGION as unknown as Record<string, number>;

function score(mode: 'html' | 'text', source: string): number {
  const rows = cache.filter((c) => c.source === source).map((c) => scorePage(runEngine(c[mode]).article, c.truth));
  return summarise(rows).f1;
}

const grid: Record<string, number[]> = JSON.parse(process.argv[2] ?? '{"minPenalty":[3,5,8],"nearGoodPerWord":[0.3,0.5,0.8]}') as Record<string, number[]>;
const keys = Object.keys(grid);
function* combos(i: number, acc: Record<string, number>): Generator<Record<string, number>> {
  if (i === keys.length) { yield { ...acc }; return; }
  for (const v of grid[keys[i] ?? ''] ?? []) yield* combos(i + 1, { ...acc, [keys[i] ?? '']: v });
}
for (const combo of combos(0, {})) {
  Object.assign(region, combo);
  console.log(JSON.stringify(combo), 'sh-html', score('html', 'scrapinghub').toFixed(3), 'sh-text', score('text', 'scrapinghub').toFixed(3),
    'rd-html', score('html', 'readability').toFixed(3), 'rd-text', score('text', 'readability').toFixed(3));
}
