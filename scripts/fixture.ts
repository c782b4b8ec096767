// `npm run fixture -- new <file>`: writes the expect file of a fixture page
// (tests/fixtures/pages/<file>, .html or .txt) from what the engine does with
// it now, for the author to review: which snippets stay in the article, which
// go, and which rule fires where. A skeleton, never a verdict: read each line
// against the page before committing it. An existing expect file is kept.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/adapters/analyse.ts';
import { PAGES_DIR } from '../tests/support/fixtures.ts';

/** Snippets are the start of a block's text, cut at a word: long enough to be unique, short enough to read. */
const SNIPPET_CHARS = 60;
/** How many article and dropped snippets the skeleton proposes. */
const PROPOSED = 4;

const snippet = (text: string): string => (text.length <= SNIPPET_CHARS ? text : text.slice(0, text.lastIndexOf(' ', SNIPPET_CHARS)));

function skeleton(file: string): string {
  const { result } = analyse(readFileSync(file, 'utf8'), file.endsWith('.txt') ? 'text' : 'html');
  const article = result.blocks.filter((c) => c.verdict === 'article' && c.kind === 'body');
  const furniture = result.blocks.filter((c) => c.verdict === 'furniture');
  const fires: Record<string, string[]> = {};
  for (const c of result.blocks) {
    if (c.ruleId === '' || (fires[c.ruleId]?.length ?? 0) > 0) continue;
    fires[c.ruleId] = [snippet(c.block.text)];
  }
  const spread = <T>(items: readonly T[]): T[] => items.filter((_, i) => i % Math.max(1, Math.floor(items.length / PROPOSED)) === 0).slice(0, PROPOSED);
  return `${JSON.stringify({ keep: spread(article).map((c) => snippet(c.block.text)), drop: spread(furniture).map((c) => snippet(c.block.text)), fires }, null, 2)}\n`;
}

const [command, name] = process.argv.slice(2);
if (command !== 'new' || name === undefined) {
  console.error('usage: npm run fixture -- new <file in tests/fixtures/pages, .html or .txt>');
  process.exit(2);
}
const page = join(PAGES_DIR, name);
const target = `${page}.expect.json`;
if (!existsSync(page)) { console.error(`${page} does not exist: put the page there first`); process.exit(2); }
if (existsSync(target)) { console.error(`${target} exists already: edit it, or delete it to start again`); process.exit(2); }
writeFileSync(target, skeleton(page));
console.log(`${target} written from the engine's current output: review every snippet against the page before committing.`);
