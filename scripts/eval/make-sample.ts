// `node --import tsx scripts/eval/make-sample.ts`: writes tests/corpus, the
// sample of the full corpus that travels with the code. Per source: the pages
// the browser gate measures, some pages with hand-labelled quotes, then pages
// of other sites picked across the range of Declutter's own F1 (every k-th
// page by F1, and as many again from the hardest third), one page per site.
// page.html and saved.txt are gzipped; expected.json is kept as it is.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FULL_DIR, SAMPLE_DIR, loadCorpus, type CorpusPage } from './corpus.ts';
import { countSnippets, scorePage, summariseSnippets, f1Of } from './score.ts';
import { runSystems } from './systems.ts';

/** Pages per source, and of them how many the browser gate measures (spread evenly over the source by id). */
const PLAN: Record<string, { pages: number; browser: number; quoteFiles: string[] }> = {
  scrapinghub: { pages: 20, browser: 8, quoteFiles: ['eval/quotes.json', 'eval/quotes-heldout.json', 'eval/quotes-unseen.json'] },
  readability: { pages: 14, browser: 4, quoteFiles: [] },
  naeb: { pages: 30, browser: 12, quoteFiles: ['eval/quotes-naeb-dev.json', 'eval/quotes-naeb-unseen.json', 'eval/quotes-naeb-fresh.json'] },
  trafilatura: { pages: 36, browser: 0, quoteFiles: [] },
};
/** Labelled articles taken from each quote file. */
const QUOTED_PER_FILE = 2;
/** The readability suite's synthetic pages (one parsing behaviour each) are under this size: left to its own tests. */
const SYNTHETIC_BYTES = 4096;

function site(page: CorpusPage): string {
  if (page.expected.url !== undefined) { try { return new URL(page.expected.url).hostname.replace(/^www\./, ''); } catch { /* the id below */ } }
  return page.id.replace(/-\d+$/, '');
}

function everyKth<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]).filter((x): x is T => x !== undefined);
}

function score(page: CorpusPage): number {
  const article = runSystems(page, []).runs[0]?.text ?? '';
  return page.expected.with === undefined ? f1Of(scorePage(article, page.expected.text)) : summariseSnippets([countSnippets(article, page.expected)]).f1;
}

const manifest: Record<string, { pages: string[]; browser: string[] }> = {};
rmSync(SAMPLE_DIR, { recursive: true, force: true });
for (const [source, plan] of Object.entries(PLAN)) {
  const all = loadCorpus([source], Infinity, { dir: FULL_DIR, kind: 'full', floors: '' });
  const chosen = new Map<string, CorpusPage>();
  const usedSites = new Set<string>();
  const take = (p: CorpusPage): void => { chosen.set(p.id, p); usedSites.add(site(p)); };
  const browser = everyKth(all, plan.browser);
  browser.forEach(take);
  for (const file of plan.quoteFiles) {
    const ids = (JSON.parse(readFileSync(file, 'utf8')) as { articles: { id: string }[] }).articles.map((a) => a.id);
    all.filter((p) => ids.includes(p.id) && !usedSites.has(site(p))).slice(0, QUOTED_PER_FILE).forEach(take);
  }
  const rest = all.filter((p) => !chosen.has(p.id) && (source !== 'readability' || p.html.length >= SYNTHETIC_BYTES))
    .map((p) => ({ p, f1: score(p) })).sort((a, b) => a.f1 - b.f1 || a.p.id.localeCompare(b.p.id));
  const need = plan.pages - chosen.size;
  const candidates = [...everyKth(rest, Math.ceil(need / 2)), ...rest.slice(0, Math.ceil(rest.length / 3))];
  for (const { p } of candidates) if (chosen.size < plan.pages && !usedSites.has(site(p))) take(p);
  for (const { p } of rest) if (chosen.size < plan.pages && !chosen.has(p.id)) take(p);
  for (const page of chosen.values()) {
    const from = join(FULL_DIR, source, page.id);
    const to = join(SAMPLE_DIR, source, page.id);
    mkdirSync(to, { recursive: true });
    writeFileSync(join(to, 'expected.json'), readFileSync(join(from, 'expected.json')));
    writeFileSync(join(to, 'page.html.gz'), gzipSync(readFileSync(join(from, 'page.html')), { level: 9 }));
    if (page.text !== null) writeFileSync(join(to, 'saved.txt.gz'), gzipSync(readFileSync(join(from, 'saved.txt')), { level: 9 }));
  }
  manifest[source] = { pages: [...chosen.keys()].sort(), browser: browser.map((p) => p.id) };
  console.log(`${source}: ${chosen.size} pages of ${new Set([...chosen.values()].map(site)).size} sites`);
}
writeFileSync(join(SAMPLE_DIR, 'sample.json'), `${JSON.stringify({ about: 'Made by scripts/eval/make-sample.ts from the full corpus; browser: the pages the browser gate measures.', ...manifest }, null, 2)}\n`);
