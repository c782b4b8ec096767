// `npm run eval [-- --gate] [--sample | --full] [--source a,b] [--peers readability,defuddle] [--worst N]`
// Precision, recall and F1 of the article text against each source's truth,
// per source and mode, beside the peers (Readability, Defuddle) on the same
// pages in the same run; then the extractors (headline, byline, date, summary,
// quotes). Reads the full corpus (DECLUTTER_CORPUS or ../shared/corpus) when
// present, else the in-repository sample tests/corpus with a notice; --sample
// and --full choose. Writes reports/eval.json (full) or reports/eval-sample.json.
// With --gate, exits non-zero when a figure falls below the corpus's floors
// (quality-floors.json, or tests/corpus/floors.json for the sample); the gates
// run Readability only, as Defuddle takes about a second a page.
// `npm run eval -- --markdown` writes docs/quality.md from the reports.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ALL_SOURCES, chooseCorpus, loadCorpus } from './corpus.ts';
import { countSnippets, scorePage, summarise, summariseSnippets, type PageScore, type SnippetCounts, type Summary } from './score.ts';
import { PEERS, runSystems, type Peer } from './systems.ts';
import { MetadataTally, withFreshMetadata } from './meta.ts';
import { evaluateQuotes } from './quotes.ts';
import { pageLanguage } from './language.ts';
import { writeQualityDoc } from './markdown.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
if (args.includes('--markdown')) { writeQualityDoc(); process.exit(0); }
const GATE = args.includes('--gate');
const corpus = chooseCorpus(args);
const sources = flag('--source')?.split(',') ?? [...ALL_SOURCES];
const peers = (flag('--peers')?.split(',') ?? (GATE ? ['readability'] : PEERS)) as Peer[];
const worstN = Number(flag('--worst') ?? 10);

/** One page's score under either metric: shingles (scrapinghub, readability, naeb) or passages (trafilatura). */
type Scored = { id: string; lang: string } & ({ metric: 'shingles'; score: PageScore } | { metric: 'passages'; score: SnippetCounts });
interface Row { source: string; system: string; scores: Scored[]; ms: number[] }
const rows = new Map<string, Row>();
/** Metadata per source that has it (scrapinghub's and trafilatura's suites give no title, byline or date; scrapinghub-fresh is labelled by hand). */
const tallies = new Map<string, MetadataTally>();

const started = performance.now();
const pages = loadCorpus(sources, Infinity, corpus);
for (const page of pages) {
  const fresh = withFreshMetadata(page);
  const { runs, metadata } = runSystems(fresh?.page ?? page, peers);
  if (args.includes('--verbose')) console.log(`${page.source}/${page.id.slice(0, 12)} ${runs.map((r) => `${r.system} ${r.ms.toFixed(0)} ms`).join(', ')}`);
  if (metadata !== null) {
    const name = fresh?.tally ?? page.source;
    const tally = tallies.get(name) ?? new MetadataTally(name);
    tally.add(fresh?.page ?? page, metadata);
    tallies.set(name, tally);
  }
  const lang = page.source === 'trafilatura' ? pageLanguage(page.html) : '';
  for (const run of runs) {
    const key = `${page.source}/${run.system}`;
    const row = rows.get(key) ?? { source: page.source, system: run.system, scores: [], ms: [] };
    row.scores.push(page.expected.with === undefined
      ? { id: page.id, lang, metric: 'shingles', score: scorePage(run.text, page.expected.text) }
      : { id: page.id, lang, metric: 'passages', score: countSnippets(run.text, page.expected) });
    row.ms.push(run.ms);
    rows.set(key, row);
  }
}

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? 0; };
const summaryOf = (scores: readonly Scored[]): Summary => scores[0]?.metric === 'passages'
  ? summariseSnippets(scores.map((s) => s.score as SnippetCounts)) : summarise(scores.map((s) => s.score as PageScore));
/** A page's own F1 under its metric, to rank the worst. */
const pageF1 = (s: Scored): number => summaryOf([s]).f1;
const f = (x: number): string => x.toFixed(3);

const report: Record<string, unknown>[] = [];
console.log(`\ncorpus: ${corpus.kind} (${corpus.dir}), ${pages.length} pages; peers: ${peers.join(', ') || 'none'}`);
console.log('source       system            pages  precision  recall   F1     median ms');
for (const row of rows.values()) {
  const s = summaryOf(row.scores);
  report.push({ source: row.source, system: row.system, metric: row.scores[0]?.metric, ...s, medianMs: median(row.ms),
    worst: [...row.scores].sort((a, b) => pageF1(a) - pageF1(b)).slice(0, worstN).map((x) => ({ id: x.id, f1: pageF1(x) })) });
  console.log(`${row.source.padEnd(12)} ${row.system.padEnd(17)} ${String(s.pages).padStart(5)}  ${f(s.precision).padStart(9)}  ${f(s.recall).padStart(6)}  ${f(s.f1)}  ${median(row.ms).toFixed(1).padStart(8)}`);
}

/** trafilatura's pages by language (the page's own `lang`): Declutter beside the peers, passages F. */
function byLanguage(): Record<string, Record<string, { pages: number; f1: number }>> {
  const out: Record<string, Record<string, { pages: number; f1: number }>> = {};
  for (const row of rows.values()) {
    if (row.source !== 'trafilatura') continue;
    for (const lang of new Set(row.scores.map((s) => s.lang))) {
      const of = row.scores.filter((s) => s.lang === lang);
      (out[lang] ??= {})[row.system] = { pages: of.length, f1: summaryOf(of).f1 };
    }
  }
  return out;
}
const languages = byLanguage();
if (Object.keys(languages).length > 0) {
  const systems = [...rows.values()].filter((r) => r.source === 'trafilatura').map((r) => r.system);
  console.log(`\ntrafilatura by language (passages F)   pages  ${systems.map((s) => s.padStart(15)).join('')}`);
  for (const [lang, bySystem] of Object.entries(languages).sort((a, b) => (Object.values(b[1])[0]?.pages ?? 0) - (Object.values(a[1])[0]?.pages ?? 0))) {
    console.log(`  ${lang.padEnd(36)} ${String(Object.values(bySystem)[0]?.pages ?? 0).padStart(5)}  ${systems.map((s) => f(bySystem[s]?.f1 ?? 0).padStart(15)).join('')}`);
  }
}
if (args.includes('--show-worst')) {
  for (const r of report) if (String(r.system).startsWith('declutter')) console.log(r.source, r.system, JSON.stringify(r.worst));
}
const metadataBySource = Object.fromEntries([...tallies].map(([source, tally]) => [source, tally.report()]));
// Quote sets: each labelled before any output on it was seen (see each file's "about" for its first-sight figures).
// The fresh naeb set's misses stay unread. On the sample, the labelled articles it holds.
const QUOTE_SETS = [
  ['quotes', 'scrapinghub', 'eval/quotes.json', 'hand-labelled'],
  ['quotes-heldout', 'scrapinghub', 'eval/quotes-heldout.json', 'formerly held-out'],
  ['quotes-unseen', 'scrapinghub', 'eval/quotes-unseen.json', 'formerly unseen'],
  ['quotes-naeb-dev', 'naeb', 'eval/quotes-naeb-dev.json', 'naeb development half (read)'],
  ['quotes-naeb-unseen', 'naeb', 'eval/quotes-naeb-unseen.json', 'naeb formerly unseen half (read)'],
  ['quotes-naeb-fresh', 'naeb', 'eval/quotes-naeb-fresh.json', 'naeb fresh set (misses not read)'],
  ['quotes-fresh-mixed', 'naeb', 'eval/quotes-fresh-mixed.json', 'fresh mixed set of 67 sites (misses read at the end of #31)'],
] as const;
const quoteRuns = Object.fromEntries(QUOTE_SETS.map(([key, source, file, name]) => [key, sources.includes(source) ? evaluateQuotes(corpus, file, name) : null]));
mkdirSync('reports', { recursive: true });
const reportFile = corpus.kind === 'full' ? 'reports/eval.json' : 'reports/eval-sample.json';
writeFileSync(reportFile, JSON.stringify({ corpus: { kind: corpus.kind, pages: pages.length }, measuredAt: new Date().toISOString(), peers, extraction: report, languages,
  metadata: metadataBySource, ...quoteRuns }, null, 2));
console.log(`\n${reportFile} written in ${((performance.now() - started) / 1000).toFixed(0)} s`);

/** Every gated figure by its key in the floors: article F1 per source/system, extractor shares. */
function gatedFigures(): Map<string, number> {
  const figures = new Map<string, number>();
  for (const r of report) figures.set(`${String(r.source)}/${String(r.system)}`, r.f1 as number);
  for (const [source, metadata] of Object.entries(metadataBySource)) {
    // The readability suite's keys keep their first name ('metadata/…'); each later source is named.
    const prefix = source === 'readability' ? 'metadata' : `metadata-${source}`;
    for (const k of ['headline', 'byline', 'date', 'bylineCorrected', 'headlineCorrected', 'dateCorrected', 'bylineSurnames'] as const) figures.set(`${prefix}/${k}`, metadata[k] as number);
  }
  // The lead-sentence summary must not fall below Lead-3: gated as its ROUGE-1 margin over Lead-3.
  const rouge = metadataBySource.readability?.rouge as { shipped: number[]; leadOnly: number[]; lead3: number[] } | undefined;
  if (rouge !== undefined) {
    figures.set('summary/rouge1-shipped', rouge.shipped[0] ?? 0);
    figures.set('summary/rouge1-lead-over-lead3', (rouge.leadOnly[0] ?? 0) - (rouge.lead3[0] ?? 0));
  }
  for (const [prefix, run] of Object.entries(quoteRuns)) {
    if (run === null) continue;
    const t = run.groundTruth;
    figures.set(`${prefix}/person-recall`, t.foundPerson / Math.max(1, t.person));
    figures.set(`${prefix}/precision`, t.correct / Math.max(1, t.predicted));
    figures.set(`${prefix}/speaker-correct`, t.rightSpeaker / Math.max(1, t.foundPerson));
  }
  return figures;
}

if (GATE) {
  // Keys under 'browser/' are the browser eval's (scripts/eval/browser.ts), gated there.
  const floors = Object.fromEntries(Object.entries(JSON.parse(readFileSync(corpus.floors, 'utf8')) as Record<string, number>)
    .filter(([key]) => !key.startsWith('browser/') && sources.some((s) => key.startsWith(`${s}/`) || !ALL_SOURCES.some((a) => key.startsWith(`${a}/`)))));
  const figures = gatedFigures();
  const failures = Object.entries(floors).filter(([key, floor]) => (figures.get(key) ?? -1) < floor);
  for (const [key, floor] of failures) console.log(`GATE FAILED: ${key} = ${figures.get(key)?.toFixed(4) ?? 'missing'}, below its floor ${floor}`);
  if (failures.length > 0) process.exit(1);
  console.log(`quality gate (${corpus.kind} corpus): ${Object.keys(floors).length} floors held`);
}
