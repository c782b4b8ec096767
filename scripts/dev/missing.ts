// Dev aid: for one corpus page, the blocks Declutter leaves out of the article
// text that the ground truth has, and the kept ones it lacks.
// Usage: node --import tsx scripts/dev/missing.ts SOURCE ID [html|text]
import { analyse, type Mode } from '../../src/cli/analyse.ts';
import { loadCorpus } from '../eval/corpus.ts';

const [source = 'readability', id = '', mode = 'html'] = process.argv.slice(2);
const norm = (s: string): string => s.replace(/\W+/g, ' ').trim().toLowerCase();
const page = loadCorpus([source]).find((p) => p.id === id);
if (!page) throw new Error(`no page ${id} in ${source}`);
const truth = norm(page.expected.text);
const { result } = analyse(mode === 'html' ? page.html : page.text, mode as Mode);
const body = new Set(['body', 'subheading', 'credit']);
for (const c of result.blocks) {
  const inTruth = truth.includes(norm(c.block.text));
  const kept = c.verdict === 'article' && body.has(c.kind);
  if (kept === inTruth) continue;
  console.log(`${kept ? 'KEPT-EXTRA' : 'MISSED    '} ${String(c.block.id).padStart(4)} ${c.ruleId.padEnd(18)} ${c.block.text.slice(0, 90)}  [${c.evidence.slice(0, 50)}]`);
}
