// Dev aid: per rule, how many words it hid that the ground truth has (wrong)
// and how many it hid that the ground truth lacks (right), over the corpus.
// Usage: node --import tsx scripts/dev/rule-audit.ts html|text [source]
import { analyse, type Mode } from '../../src/cli/analyse.ts';
import { loadCorpus } from '../eval/corpus.ts';

const [mode = 'html', source = 'scrapinghub'] = process.argv.slice(2);
const norm = (s: string): string => s.replace(/\W+/g, ' ').trim().toLowerCase();
const tally = new Map<string, { right: number; wrong: number; keptWrong: number }>();
for (const page of loadCorpus([source])) {
  const truth = norm(page.expected.text);
  const { result } = analyse(mode === 'html' ? page.html : page.text, mode as Mode);
  const body = new Set(['body', 'subheading', 'standfirst', 'credit']);
  for (const c of result.blocks) {
    const inTruth = c.block.text.length > 20 && truth.includes(norm(c.block.text));
    const t = tally.get(c.ruleId) ?? { right: 0, wrong: 0, keptWrong: 0 };
    const words = c.block.features.words;
    const kept = c.verdict === 'article' && body.has(c.kind);
    if (!kept && inTruth) t.wrong += words;
    if (!kept && !inTruth) t.right += words;
    if (kept && !inTruth) t.keptWrong += words;
    tally.set(c.ruleId, t);
  }
}
for (const [id, t] of [...tally].sort((a, b) => b[1].wrong - a[1].wrong)) console.log(id.padEnd(20), 'hid-truth', t.wrong, 'hid-furniture', t.right, 'kept-non-truth', t.keptWrong);
