// Dev aid: for one rule, the pages where it hid text the truth has, most words first.
// Usage: node --import tsx scripts/dev/rule-pages.ts RULE html|text [source]
import { analyse, type Mode } from '../../src/cli/analyse.ts';
import { loadCorpus } from '../eval/corpus.ts';

const [rule = '', mode = 'html', source = 'naeb'] = process.argv.slice(2);
const norm = (s: string): string => s.replace(/\W+/g, ' ').trim().toLowerCase();
const rows: { id: string; words: number; sample: string[] }[] = [];
for (const page of loadCorpus([source])) {
  const truth = norm(page.expected.text);
  const { result } = analyse(mode === 'html' ? page.html : page.text, mode as Mode);
  const hit = result.blocks.filter((c) => c.ruleId === rule && c.verdict !== 'article' && c.block.text.length > 20 && truth.includes(norm(c.block.text)));
  if (hit.length) rows.push({ id: page.id, words: hit.reduce((n, c) => n + c.block.features.words, 0), sample: hit.slice(0, 3).map((c) => `${c.block.id} [${c.evidence.slice(0, 60)}] ${c.block.text.slice(0, 80)}`) });
}
for (const r of rows.sort((a, b) => b.words - a.words)) console.log(r.id.slice(0, 10), r.words, '\n   ' + r.sample.join('\n   '));
