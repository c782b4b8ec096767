// Extractor quality on corpus pages that carry metadata (readability: title,
// byline, publishedTime, excerpt; naeb: title, byline, day): headline/byline near-match,
// same-day dates, and summary ROUGE-1/2 against the publisher's description,
// with Readability's own cascade and a Lead-3 baseline from the same run.
import { summarise } from '../../src/engine/extract/summary.ts';
import { sentences } from '../../src/engine/extract/sentences.ts';
import { readFileSync } from 'node:fs';
import type { CorpusPage } from './corpus.ts';
import type { PageMetadata } from './systems.ts';

/** Two strings near-match when their word sets overlap with F1 at least this high (case and punctuation ignored). */
export const NEAR_MATCH_F1 = 0.9;
const LEAD_SENTENCES = 3;

const tokens = (s: string): string[] => (s.toLowerCase().replace(/^\s*by\s+/, '').match(/[\p{L}\p{N}]+/gu) ?? []);

function overlapF1(a: readonly string[], b: readonly string[], n = 1): number {
  const grams = (t: readonly string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i + n <= t.length; i++) { const k = t.slice(i, i + n).join(' '); m.set(k, (m.get(k) ?? 0) + 1); }
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let hit = 0;
  for (const [k, c] of ga) hit += Math.min(c, gb.get(k) ?? 0);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
  const p = hit / Math.max(1, total(ga));
  const r = hit / Math.max(1, total(gb));
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The issue's byline measure: every labelled author's surname (the last word of each name in the list) is in
 * the byline found. Bylines are at most 12 words (extract/metadata.ts), so a long answer cannot buy a hit. */
export function everySurname(got: string | null | undefined, want: string): boolean {
  if (got === null || got === undefined) return false;
  const have = new Set(tokens(got));
  const surnames = want.split(/,|;|&|\band\b/i).map((name) => tokens(name).at(-1)).filter((t): t is string => t !== undefined);
  return surnames.length > 0 && surnames.every((t) => have.has(t));
}

export const nearMatch = (got: string | null | undefined, want: string): boolean =>
  got !== null && got !== undefined && overlapF1(tokens(got), tokens(want)) >= NEAR_MATCH_F1;

/** The calendar day a value names as written: "2023-12-22T22:10:00-05:00" is the 22nd, as its page shows it
 * (the truth is the day the page shows its readers); other forms are parsed, as UTC. */
const day = (s: string | null | undefined): string | null => {
  if (s === null || s === undefined) return null;
  const written = /^\s*(\d{4}-\d{2}-\d{2})/.exec(s)?.[1];
  if (written !== undefined) return written;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
};
export const sameDay = (got: string | null | undefined, want: string): boolean => day(got) !== null && day(got) === day(want);

export const rouge = (summary: string, reference: string, n: number): number => overlapF1(tokens(summary), tokens(reference), n);

interface Tally { hits: number; pages: number }
const tally = (): Tally => ({ hits: 0, pages: 0 });
const add = (t: Tally, hit: boolean): void => { t.pages += 1; if (hit) t.hits += 1; };

/** Hand-checked bylines, headlines and days where the suite's expected value is not the page's (see the file's "about"). */
type Corrected = 'byline' | 'headline' | 'date';
const CORRECTIONS = JSON.parse(readFileSync('eval/metadata-corrections.json', 'utf8')) as Record<Corrected, Record<string, { value: string | null }>>;
const corrected = (page: CorpusPage, field: Corrected): string | null | undefined =>
  page.id in CORRECTIONS[field] ? CORRECTIONS[field][page.id]?.value : { byline: page.expected.byline, headline: page.expected.title, date: page.expected.publishedTime }[field];

/** Headline, byline and day labelled by hand on pages whose suite has none (eval/metadata-fresh.json, see its "about"). */
const FRESH = (JSON.parse(readFileSync('eval/metadata-fresh.json', 'utf8')) as { pages: Record<string, { title: string; byline: string | null; publishedTime: string | null }> }).pages;

/** The page with its hand-labelled metadata, tallied apart as `<source>-fresh`; null for pages without labels. */
export function withFreshMetadata(page: CorpusPage): { page: CorpusPage; tally: string } | null {
  const labels = FRESH[page.id];
  return labels === undefined ? null : { page: { ...page, expected: { ...page.expected, ...labels } }, tally: `${page.source}-fresh` };
}

const tallies = () => ({ headline: tally(), byline: tally(), date: tally(), bylineCorrected: tally(), headlineCorrected: tally(), dateCorrected: tally(),
  bylineSurnames: tally() });
/** A corrected value counts as the suite's own does: titles and names by near-match, dates by day. */
const SAME: Record<Corrected, (got: string | null | undefined, want: string) => boolean> = { byline: nearMatch, headline: nearMatch, date: sameDay };

/** Tallies headline, byline, date and summary figures page by page, from what runSystems extracted. */
export class MetadataTally {
  private readonly ours = tallies();
  private readonly theirs = tallies();
  private readonly r: { shipped: [number, number]; leadOnly: [number, number]; lead3: [number, number]; pages: number } =
    { shipped: [0, 0], leadOnly: [0, 0], lead3: [0, 0], pages: 0 };
  /** Pages of this source whose suite byline or headline was corrected by hand. */
  private readonly fixes = { byline: 0, headline: 0, date: 0 };

  constructor(readonly source: string) {}

  add(page: CorpusPage, { ours: x, theirs: rd, result }: PageMetadata): void {
    const e = page.expected;
    const { ours, theirs, r } = this;
    if (e.title) { add(ours.headline, nearMatch(x.headline, e.title)); add(theirs.headline, nearMatch(rd?.title, e.title)); }
    if (e.byline) { add(ours.byline, nearMatch(x.byline, e.byline)); add(theirs.byline, nearMatch(rd?.byline, e.byline)); }
    if (e.byline) { add(ours.bylineSurnames, everySurname(x.byline, e.byline)); add(theirs.bylineSurnames, everySurname(rd?.byline, e.byline)); }
    const oursValue = { byline: x.byline, headline: x.headline, date: x.published };
    const theirsValue = { byline: rd?.byline, headline: rd?.title, date: rd?.publishedTime };
    for (const field of ['byline', 'headline', 'date'] as const) {
      if (page.id in CORRECTIONS[field]) this.fixes[field] += 1;
      const fixed = corrected(page, field);
      if (fixed) { add(ours[`${field}Corrected`], SAME[field](oursValue[field], fixed)); add(theirs[`${field}Corrected`], SAME[field](theirsValue[field], fixed)); }
    }
    if (e.publishedTime) { add(ours.date, sameDay(x.published, e.publishedTime)); add(theirs.date, sameDay(rd?.publishedTime, e.publishedTime)); }
    if (e.excerpt) {
      const body = result.blocks.filter((c) => c.verdict === 'article' && c.kind === 'body').map((c) => c.block.text);
      const lead3 = sentences(result.article.replace(/\n\n/g, ' ')).slice(0, LEAD_SENTENCES).join(' ');
      const leadOnly = summarise(body, null).join(' ');
      for (const [key, text] of [['shipped', x.summary.join(' ')], ['leadOnly', leadOnly], ['lead3', lead3]] as const) {
        r[key][0] += rouge(text, e.excerpt, 1);
        r[key][1] += rouge(text, e.excerpt, 2);
      }
      r.pages += 1;
    }
  }

  /** Prints the figures and returns them (shares of pages) for the report and the gate. */
  report(): Record<string, unknown> {
    const { ours, theirs, r } = this;
    const pct = (t: Tally): string => `${((100 * t.hits) / Math.max(1, t.pages)).toFixed(1)}% of ${t.pages}`;
    console.log(`\nmetadata (${this.source} pages with ground truth)`.padEnd(49) + 'Declutter        Readability.js');
    for (const k of ['headline', 'byline', 'date'] as const) console.log(`  ${k.padEnd(8)} ${k === 'date' ? 'same day  ' : 'near-match'}                    ${pct(ours[k]).padEnd(16)} ${pct(theirs[k])}`);
    console.log(`  byline   every author's surname          ${pct(ours.bylineSurnames).padEnd(16)} ${pct(theirs.bylineSurnames)}`);
    for (const field of ['headline', 'byline', 'date'] as const) {
      const n = this.fixes[field];
      if (n > 0) console.log(`  ${field.padEnd(8)} with ${n} suite errors corrected  ${pct(ours[`${field}Corrected`]).padEnd(16)} ${pct(theirs[`${field}Corrected`])}`);
    }
    const share = (t: Tally): number => t.hits / Math.max(1, t.pages);
    const pages = Math.max(1, r.pages);
    if (r.pages > 0) {
      const avg = (v: number[]): string => v.map((x) => (x / pages).toFixed(3)).join(' / ');
      console.log(`summary ROUGE-1 / ROUGE-2 F vs publisher description (${r.pages} pages):`);
      console.log(`  as shipped (description when it is a sentence) ${avg(r.shipped)}`);
      console.log(`  lead sentences only (description withheld)    ${avg(r.leadOnly)}`);
      console.log(`  Lead-3 baseline                               ${avg(r.lead3)}`);
    }
    return { headline: share(ours.headline), byline: share(ours.byline), date: share(ours.date), bylineCorrected: share(ours.bylineCorrected),
      headlineCorrected: share(ours.headlineCorrected), dateCorrected: share(ours.dateCorrected), bylineSurnames: share(ours.bylineSurnames),
      readability: { headline: share(theirs.headline), byline: share(theirs.byline), date: share(theirs.date), bylineCorrected: share(theirs.bylineCorrected),
        headlineCorrected: share(theirs.headlineCorrected), dateCorrected: share(theirs.dateCorrected), bylineSurnames: share(theirs.bylineSurnames) },
      pages: { headline: ours.headline.pages, byline: ours.byline.pages, date: ours.date.pages, headlineCorrected: ours.headlineCorrected.pages,
        bylineCorrected: ours.bylineCorrected.pages, dateCorrected: ours.dateCorrected.pages },
      rouge: r.pages === 0 ? undefined : { pages: r.pages, shipped: r.shipped.map((v) => v / pages), leadOnly: r.leadOnly.map((v) => v / pages), lead3: r.lead3.map((v) => v / pages) } };
  }
}
