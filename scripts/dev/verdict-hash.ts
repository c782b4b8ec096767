// Hash of the DOM adapter output and engine verdicts (HTML and text mode) for every corpus page:
// `node --import tsx scripts/dev/verdict-hash.ts out.json` before and after a change that must not alter output.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { textToBlocks } from '../../src/adapters/text/index.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { loadCorpus } from '../eval/corpus.ts';
const out: Record<string, string> = {};
for (const page of loadCorpus(['scrapinghub', 'readability', 'naeb'])) {
  const doc = parseHtml(page.html);
  const input = documentToBlocks(doc).input;
  const r = runEngine(input);
  const t = runEngine(textToBlocks(page.text));
  out[page.id] = createHash('sha1').update(JSON.stringify([input, r, t])).digest('hex');
  doc.defaultView?.close();
}
writeFileSync(process.argv[2] ?? '/tmp/dump.json', JSON.stringify(out, null, 1));
console.log(Object.keys(out).length);
