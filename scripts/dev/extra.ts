// Dev aid: kept blocks whose text is absent from the truth, and truth paragraphs not kept.
// Usage: [SRC=scrapinghub] [MODE=text] node --import tsx scripts/dev/extra.ts ID…
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/cli/analyse.ts';
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
for (const id of process.argv.slice(2)) {
  const dir = `../shared/corpus/${process.env.SRC ?? 'naeb'}/${id}`;
  const exp = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as { text: string; url: string };
  const truth = norm(exp.text);
  const text = process.env.MODE === 'text';
  const { result } = analyse(readFileSync(`${dir}/${text ? 'saved.txt' : 'page.html'}`, 'utf8'), text ? 'text' : 'html');
  console.log(`== ${id} ${exp.url}`);
  const kept = result.blocks.filter((c) => c.verdict === 'article');
  for (const c of kept) if (!truth.includes(norm(c.block.text).slice(0, 60))) console.log(`  EXTRA ${c.block.id} ${c.ruleId} ${c.block.text.slice(0, 100)}`);
  const keptText = norm(kept.map((c) => c.block.text).join(' '));
  for (const p of exp.text.split(/\n+/)) if (p.trim() && !keptText.includes(norm(p).slice(0, 60))) {
    const b = result.blocks.find((c) => norm(c.block.text).includes(norm(p).slice(0, 40)));
    console.log(`  MISS ${b ? `${b.block.id} ${b.ruleId} [${b.evidence.slice(0, 50)}]` : '(no block)'} ${p.slice(0, 90)}`);
  }
}
