// Fixture pages with their expectations, Readability test-pages style: each
// page says which snippets must stay in the article, which must go, and which
// rule must fire on which block.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_DIR = 'tests/fixtures/pages';

export interface Expectation {
  keep: string[];
  drop: string[];
  fires: Record<string, string[]>;
}

export interface Fixture { name: string; file: string; mode: 'html' | 'text'; content: string; expect: Expectation }

export function fixtures(): Fixture[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => {
      const name = f.replace(/\.expect\.json$/, '');
      const file = join(PAGES_DIR, name);
      return { name, file, mode: name.endsWith('.txt') ? 'text' : 'html', content: readFileSync(file, 'utf8'),
        expect: JSON.parse(readFileSync(join(PAGES_DIR, f), 'utf8')) as Expectation };
    });
}
