import { documentToBlocks } from '/work/main/src/adapters/dom/index.ts';
import { runEngine } from '/work/main/src/engine/engine.ts';
import { extractAll } from '/work/main/src/engine/extract/index.ts';
import { parseHtml } from '/work/main/src/cli/parse-html.ts';
import { loadCorpus } from '/work/main/scripts/eval/corpus.ts';
import { nearMatch } from '/work/main/scripts/eval/meta.ts';
for (const page of loadCorpus(['readability'])) {
  const e = page.expected;
  const doc = parseHtml(page.html, e.url);
  const { input } = documentToBlocks(doc);
  const x = extractAll(runEngine(input), input);
  if (e.title && !nearMatch(x.headline, e.title)) console.log('H', page.id, JSON.stringify(x.headline), '| want', JSON.stringify(e.title));
  if (e.byline && !nearMatch(x.byline, e.byline)) console.log('B', page.id, JSON.stringify(x.byline), '| want', JSON.stringify(e.byline));
}
