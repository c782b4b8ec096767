// `npm run diagnose -- <what> [arguments]`: the tools for reading misses, on
// the full corpus when present (else the in-repository sample). Run with no
// arguments for the list. Each prints; none changes anything but `hash`, which
// writes the file it is given.
import * as article from './article.ts';
import * as extractors from './extractors.ts';

const TOOLS: Record<string, { usage: string; about: string; run: (args: string[]) => void }> = {
  pages: { usage: 'pages html|text|readability|defuddle [SOURCE] [COUNT]', about: 'per-page precision and recall of one system, worst first', run: article.pages },
  gap: { usage: 'gap A B [SOURCE] [COUNT]', about: 'pages where system A trails system B most (e.g. gap html readability; gap text html)', run: article.gap },
  page: { usage: 'page SOURCE ID [html|text]', about: 'what one page keeps that the truth lacks, and what it misses, with the rule that hid it', run: article.page },
  explain: { usage: 'explain FILE [html|text]', about: 'every block of a file: verdict, kind, rule, evidence', run: article.explain },
  rules: { usage: 'rules [html|text] [SOURCE]', about: 'per rule: words of the truth it hid, furniture it hid, words kept the truth lacks', run: article.rules },
  rule: { usage: 'rule RULE-ID [html|text] [SOURCE]', about: 'pages where one rule hid text the truth has', run: article.rule },
  hash: { usage: 'hash [OUT]', about: 'hash of adapter output and verdicts per page (diff before and after a change that must not alter output)', run: article.hash },
  ratio: { usage: 'ratio [SOURCE] [EVERY]', about: 'median engine time against Readability.parse', run: article.ratio },
  sweep: { usage: "sweep '{\"minPenalty\":[3,5,8]}'", about: 'F1 per source and mode for combinations of REGION_SCORE thresholds', run: article.sweep },
  metadata: { usage: 'metadata [SOURCE]', about: 'headline and byline misses with the truth', run: extractors.metadata },
  quotes: { usage: 'quotes misses|extra [eval/quotes.json]', about: 'labelled quotes missed or misattributed; or quotes listed that match no label', run: extractors.quotes },
  speakers: { usage: 'speakers', about: 'speakers on every page\'s truth text, one line a page (diff before and after)', run: extractors.speakers },
  'label-sheet': { usage: 'label-sheet [COUNT] [SOURCES] [RANGES]', about: 'pages no quote set holds (naeb, 4-14 spans by default), spans with their paragraphs, for labelling by hand', run: extractors.labelSheet },
};

const [what = '', ...rest] = process.argv.slice(2).filter((a) => a !== '--sample');
const tool = TOOLS[what];
if (tool === undefined) {
  console.log('npm run diagnose -- <what> [arguments] [--sample]\n');
  for (const t of Object.values(TOOLS)) console.log(`  ${t.usage.padEnd(48)} ${t.about}`);
  process.exit(what === '' ? 0 : 2);
}
tool.run(rest);
