// docs/quality.md, written from the reports the evals left (reports/eval.json,
// reports/eval-browser*.json), so the figures it shows are the ones measured.
// The worst pages carry the reasons in eval/explained-pages.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

interface ExtractionRow { source: string; system: string; metric?: string; precision: number; recall: number; f1: number; pages: number; medianMs: number; worst: { id: string; f1: number }[] }
interface Tally { speech: number; person: number; predicted: number; correct: number; foundSpeech: number; foundPerson: number; rightSpeaker: number }
type Shares = Record<string, number>;
interface EvalReport {
  corpus?: { kind: string; pages: number }; measuredAt?: string;
  extraction: ExtractionRow[];
  languages?: Record<string, Record<string, { pages: number; f1: number }>>;
  metadata: Record<string, Shares & { readability: Shares; pages?: Shares; rouge?: { pages: number; shipped: number[]; leadOnly: number[]; lead3: number[] } }>;
  [quoteSet: string]: unknown;
}
interface BrowserReport { sample: boolean; summary: Record<string, Record<string, number>> }

const OUT = 'docs/quality.md';
const f3 = (x: number | undefined): string => (x ?? 0).toFixed(3);
const pct = (x: number | undefined): string => `${(100 * (x ?? 0)).toFixed(1)}%`;
const table = (head: string[], body: string[][]): string[] => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)];
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the report's shape
const read = <T>(file: string): T | null => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as T : null);

const SYSTEM_NAMES: Record<string, string> = { 'declutter-html': 'Declutter, HTML', 'declutter-text': 'Declutter, saved text', readability: 'Readability 0.6.0', defuddle: 'Defuddle 0.19.4' };

function articleSection(r: EvalReport): string[] {
  const rows = r.extraction.map((x) => [`${x.source} (${x.pages})`, SYSTEM_NAMES[x.system] ?? x.system, f3(x.precision), f3(x.recall),
    x.system.startsWith('declutter') ? `**${f3(x.f1)}**` : f3(x.f1), x.medianMs.toFixed(1)]);
  return ['## Article text', '',
    'Token-shingle precision, recall and F1 (the scrapinghub benchmark\'s metric, averaged over pages) for scrapinghub, the readability suite and naeb; for trafilatura\'s pages, its own passage metric (passages that must and must not be in the article, counted over all pages). Milliseconds are per page in Node on the same parsed Document.', '',
    ...table(['pages', 'system', 'precision', 'recall', 'F1', 'median ms'], rows), ''];
}

function languageSection(r: EvalReport): string[] {
  const langs = Object.entries(r.languages ?? {});
  if (langs.length === 0) return [];
  const systems = [...new Set(langs.flatMap(([, s]) => Object.keys(s)))];
  const rows = langs.sort((a, b) => (Object.values(b[1])[0]?.pages ?? 0) - (Object.values(a[1])[0]?.pages ?? 0))
    .map(([lang, s]) => [lang, String(Object.values(s)[0]?.pages ?? 0), ...systems.map((k) => f3(s[k]?.f1))]);
  return ['### trafilatura\'s pages by language', '', 'Passage F by the page\'s declared `lang`.', '', ...table(['lang', 'pages', ...systems.map((k) => SYSTEM_NAMES[k] ?? k)], rows), ''];
}

function metadataSection(r: EvalReport): string[] {
  const out = ['## Headline, byline, date, summary', '', 'Near-match is word F1 ≥ 0.9; a date counts when it names the same day. "Corrected" figures use the hand-checked values in `eval/metadata-corrections.json` where a suite\'s label is not what its page shows.', ''];
  const keys = ['headline', 'byline', 'date', 'bylineSurnames', 'headlineCorrected', 'bylineCorrected', 'dateCorrected'];
  const names: Record<string, string> = { headline: 'headline near-match', byline: 'byline near-match', date: 'date, same day', bylineSurnames: 'byline, every author\'s surname',
    headlineCorrected: 'headline, corrected', bylineCorrected: 'byline, corrected', dateCorrected: 'date, corrected' };
  for (const [source, m] of Object.entries(r.metadata)) {
    const rows = keys.filter((k) => (m.pages?.[k] ?? 1) > 0 && m[k] !== undefined).map((k) => [names[k] ?? k, m.pages?.[k] === undefined ? '' : String(m.pages[k]), pct(m[k]), pct(m.readability[k])]);
    out.push(`### ${source}`, '', ...table(['what', 'pages', 'Declutter', 'Readability'], rows), '');
    if (m.rouge !== undefined) {
      const [s, l, b] = [m.rouge.shipped, m.rouge.leadOnly, m.rouge.lead3].map((v) => v.map((x) => x.toFixed(3)).join(' / '));
      out.push(`Summary ROUGE-1 / ROUGE-2 against the publisher's description (${m.rouge.pages} pages): as shipped ${s}; lead sentences alone ${l}; Lead-3 ${b}.`, '');
    }
  }
  return out;
}

function quoteSection(r: EvalReport): string[] {
  const sets = Object.entries(r).filter(([k, v]) => k.startsWith('quotes') && v !== null && typeof v === 'object') as [string, { groundTruth: Tally; html: Tally }][];
  if (sets.length === 0) return [];
  const share = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  const rows = sets.map(([k, v]) => [k, String(v.groundTruth.person), share(v.groundTruth.foundPerson, v.groundTruth.person), share(v.groundTruth.correct, v.groundTruth.predicted),
    share(v.groundTruth.rightSpeaker, v.groundTruth.foundPerson), share(v.html.rightSpeaker, v.html.person)]);
  return ['## Who is quoted', '', 'Direct quotes of four words or more by named people, labelled by hand (`eval/quotes*.json`; each file\'s "about" says how and when). Recall, precision and speaker on the truth\'s paragraphs; the last column is quotes found with the right speaker from the page\'s HTML, end to end.', '',
    ...table(['set', 'quotes by named people', 'recall', 'precision', 'speaker correct', 'end to end'], rows), ''];
}

function browserSection(): string[] {
  const report = read<BrowserReport>('reports/eval-browser.json') ?? read<BrowserReport>('reports/eval-browser-sample.json');
  if (report === null) return [];
  const rows = Object.entries(report.summary).map(([key, s]) => {
    const [browser, source] = key.split('/');
    return [browser ?? '', `${source ?? ''} (${s.pages ?? 0})`, `${f3(s.visibleP)} / ${f3(s.visibleR)} / **${f3(s.visibleF1)}**`, f3(s.visibleBodyF1), f3(s.cliF1), f3(s.untouchedF1),
      `${s.toggleMedianMs ?? '-'} / ${s.toggleP90Ms ?? '-'}`, `${s.popupReadyMedianMs ?? '-'} / ${s.popupReadyP90Ms ?? '-'}`, String(s.failedToggles ?? 0), String(s.pagesWithBoxes ?? 0), String(s.unscrollable ?? 0)];
  });
  return ['## In the browser', '', `The built extension in Chromium and Firefox ESR on corpus pages served from 127.0.0.1 (${report.sample ? 'the gated sample' : 'the full run'}), switched on from the popup; \`document.body.innerText\` scored as above. *Less frame* sets aside the story's own frame (headline, byline, date, captions), which stays on screen by design.`, '',
    ...table(['browser', 'source', 'visible P / R / F1', 'less frame', 'CLI F1', 'untouched page', 'toggle ms median / p90', 'popup ready ms median / p90', 'failed', 'boxes left', 'locked'], rows), ''];
}

function worstSection(r: EvalReport): string[] {
  const reasons = read<Record<string, Record<string, string>>>('eval/explained-pages.json') ?? {};
  const out = ['## The worst pages, explained', '', 'Each source\'s lowest pages in HTML mode, with the reason where one was found by reading the page against its truth (`eval/explained-pages.json`).', ''];
  for (const row of r.extraction.filter((x) => x.system === 'declutter-html')) {
    out.push(`### ${row.source}`, '');
    for (const w of row.worst) out.push(`- \`${w.id.slice(0, 8)}\` F1 ${f3(w.f1)}${reasons[row.source]?.[w.id] === undefined ? '' : `: ${reasons[row.source]?.[w.id] ?? ''}`}`);
    out.push('');
  }
  return out;
}

const SOURCE_LABELS: Record<string, string> = {
  scrapinghub: 'scrapinghub, news pages, human truth',
  naeb: 'naeb, news pages of 2023, hand-cleaned truth',
  readability: 'readability suite (truth is Readability\'s own output)',
  trafilatura: 'trafilatura\'s suite, development half, many languages (passage F)',
};

/** The README's table between its quality-table markers: HTML-mode F1 per source, Declutter beside each peer. */
function refreshReadme(r: EvalReport): void {
  const readme = readFileSync('README.md', 'utf8');
  const [start, end] = ['<!-- quality-table -->', '<!-- /quality-table -->'].map((m) => readme.indexOf(m));
  if (start === undefined || end === undefined || start < 0 || end < start) return;
  const peers = ['readability', 'defuddle'].filter((p) => r.extraction.some((x) => x.system === p));
  const f1 = (source: string, system: string): string => { const row = r.extraction.find((x) => x.source === source && x.system === system); return row === undefined ? '–' : f3(row.f1); };
  const rows = [...new Set(r.extraction.map((x) => x.source))].map((source) => {
    const pages = r.extraction.find((x) => x.source === source)?.pages ?? 0;
    const ours = f1(source, 'declutter-html');
    const best = Math.max(...peers.map((p) => Number(f1(source, p)) || 0));
    return [`${SOURCE_LABELS[source] ?? source}, ${pages} pages`, Number(ours) >= best ? `**${ours}**` : ours, ...peers.map((p) => f1(source, p))];
  });
  const block = ['<!-- quality-table -->', ...table(['pages', 'Declutter', ...peers.map((p) => SYSTEM_NAMES[p] ?? p)], rows), '<!-- /quality-table -->'].join('\n');
  writeFileSync('README.md', readme.slice(0, start) + block + readme.slice(end + '<!-- /quality-table -->'.length));
  console.log('README.md quality table refreshed');
}

export function writeQualityDoc(): void {
  const r = read<EvalReport>('reports/eval.json');
  if (r === null) { console.error('reports/eval.json not found: run `npm run eval` on the full corpus first'); process.exit(1); }
  const lines = ['# Quality', '', `Written by \`npm run eval -- --markdown\` from the reports of \`npm run eval\` (${r.corpus?.kind ?? 'full'} corpus, ${r.corpus?.pages ?? '?'} pages${r.measuredAt === undefined ? '' : `, measured ${r.measuredAt.slice(0, 10)}`}) and \`npm run eval:browser\`. Do not edit by hand.`, '',
    ...articleSection(r), ...languageSection(r), ...metadataSection(r), ...quoteSection(r), ...browserSection(), ...worstSection(r)];
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  console.log(`${OUT} written`);
  if (r.corpus?.kind !== 'sample') refreshReadme(r);
}
