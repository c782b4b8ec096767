// Reads ../shared/corpus (see its README): one entry per page with its HTML,
// saved text and ground truth.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusPage {
  source: string;
  id: string;
  html: string;
  text: string;
  expected: { text: string; title?: string | null; byline?: string | null; excerpt?: string | null; publishedTime?: string | null; url?: string };
}

// Relative to the repository root, where npm scripts run; shared/ sits beside the checkout.
export const CORPUS_DIR = process.env.DECLUTTER_CORPUS ?? join(process.cwd(), '../shared/corpus');

export function loadCorpus(sources: readonly string[] = ['scrapinghub', 'readability'], limit = Infinity): CorpusPage[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`corpus not found at ${CORPUS_DIR} (set DECLUTTER_CORPUS)`);
  const pages: CorpusPage[] = [];
  for (const source of sources) {
    const dir = join(CORPUS_DIR, source);
    for (const id of readdirSync(dir).sort().slice(0, limit)) {
      const base = join(dir, id);
      if (!existsSync(join(base, 'expected.json'))) continue;
      pages.push({
        source, id,
        html: readFileSync(join(base, 'page.html'), 'utf8'),
        text: readFileSync(join(base, 'saved.txt'), 'utf8'),
        expected: JSON.parse(readFileSync(join(base, 'expected.json'), 'utf8')) as CorpusPage['expected'],
      });
    }
  }
  return pages;
}
