// Dev aid: print every block's verdict, kind, rule and evidence for one file.
// Usage: node --import tsx scripts/dev/explain.ts FILE [html|text]
import { readFileSync } from 'node:fs';
import { analyse, detectMode, type Mode } from '../../src/cli/analyse.ts';

const [file = '', modeArg] = process.argv.slice(2);
const content = readFileSync(file, 'utf8');
const mode = (modeArg as Mode | undefined) ?? detectMode(file, content);
const { result } = analyse(content, mode);
for (const c of result.blocks) {
  const mark = c.verdict === 'article' ? '+' : '-';
  console.log(`${mark} ${String(c.block.id).padStart(4)} ${c.kind.padEnd(11)} ${c.ruleId.padEnd(18)} ${c.block.text.slice(0, 70)}  [${c.evidence.slice(0, 60)}]`);
}
console.log(result.warnings.join('\n'));
