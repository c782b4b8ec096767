// Diagnostics of the article text: which pages score low, where one system
// trails another, what one page keeps and misses, what a rule hides.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { analyse, inAnyLanguage, type Mode } from '../../src/adapters/analyse.ts';
import { detectMode } from '../../src/cli/mode.ts';
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { textToBlocks } from '../../src/adapters/text/index.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { REGION_SCORE } from '../../src/engine/thresholds.ts';
import { parseHtml } from '../../src/adapters/html/parse-html.ts';
import { quantile, timeIt } from '../bench/stats.ts';
import { summarise } from '../eval/score.ts';
import { analysePage, f1, fmt, fold, pageOf, pagesOf, score, texts, type System } from './runner.ts';

const BODY_KINDS = new Set(['body', 'subheading', 'standfirst', 'credit']);

/** `pages MODE [SOURCE] [COUNT]`: per-page scores of one system, worst first, and the source's figure. */
export function pages([system = 'html', source = 'scrapinghub', count = '25']: string[]): void {
  const rows = pagesOf(source).map((page) => ({ id: page.id, ...score(page, texts(page, [system as System]).get(system as System) ?? '') }));
  rows.sort((a, b) => f1(a) - f1(b));
  for (const r of rows.slice(0, Number(count))) console.log(`${r.id.slice(0, 24).padEnd(24)} ${fmt(r)}`);
  const s = summarise(rows);
  console.log(`${source} ${system}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(5)} over ${s.pages} pages`);
}

/** `gap A B [SOURCE] [COUNT]`: pages where system A trails system B most (html, text, readability, defuddle). */
export function gap([a = 'html', b = 'readability', source = 'scrapinghub', count = '15']: string[]): void {
  const rows = pagesOf(source).map((page) => {
    const t = texts(page, [a as System, b as System]);
    const sa = score(page, t.get(a as System) ?? '');
    const sb = score(page, t.get(b as System) ?? '');
    return { id: page.id, sa, sb, gap: f1(sb) - f1(sa) };
  }).sort((x, y) => y.gap - x.gap);
  for (const r of rows.slice(0, Number(count))) console.log(`${r.id.slice(0, 20).padEnd(20)} gap ${r.gap.toFixed(2)}  ${a} ${fmt(r.sa)}  ${b} ${fmt(r.sb)}`);
}

/** `explain FILE [MODE]`: every block of a file with its verdict, kind, rule and evidence. */
export function explain([file = '', modeArg]: string[]): void {
  const content = readFileSync(file, 'utf8');
  const mode = (modeArg as Mode | undefined) ?? detectMode(file, content);
  const { result } = analyse(content, mode);
  for (const c of result.blocks) {
    console.log(`${c.verdict === 'article' ? '+' : '-'} ${String(c.block.id).padStart(4)} ${c.kind.padEnd(11)} ${c.ruleId.padEnd(18)} ${c.block.text.slice(0, 70)}  [${c.evidence.slice(0, 60)}]`);
  }
  console.log(result.warnings.join('\n'));
}

/** `page SOURCE ID [MODE]`: the blocks kept that the truth lacks, and the truth's paragraphs not kept, with the rule that hid each. */
export function page([source = 'naeb', id = '', mode = 'html']: string[]): void {
  const p = pageOf(source, id);
  const truth = fold(p.expected.text || [...(p.expected.with ?? [])].join(' '));
  const { result } = analysePage(p, mode as Mode);
  console.log(`== ${source}/${p.id} ${p.expected.url ?? ''} ${fmt(score(p, result.article))}`);
  const kept = result.blocks.filter((c) => c.verdict === 'article' && BODY_KINDS.has(c.kind));
  for (const c of kept) if (!truth.includes(fold(c.block.text).slice(0, 60))) console.log(`  EXTRA ${String(c.block.id).padStart(4)} ${c.ruleId.padEnd(18)} ${c.block.text.slice(0, 100)}`);
  const keptText = fold(kept.map((c) => c.block.text).join(' '));
  const wanted = p.expected.with ?? p.expected.text.split(/\n+/);
  for (const para of wanted.filter((x) => x.trim() !== '' && !keptText.includes(fold(x).slice(0, 60)))) {
    const b = result.blocks.find((c) => fold(c.block.text).includes(fold(para).slice(0, 40)));
    console.log(`  MISS  ${b === undefined ? '(no block)' : `${String(b.block.id).padStart(4)} ${b.ruleId} [${b.evidence.slice(0, 50)}]`} ${para.slice(0, 90)}`);
  }
  for (const w of p.expected.without ?? []) if (fold(result.article).includes(fold(w))) console.log(`  KEPT-WITHOUT ${w.slice(0, 90)}`);
}

/** `rules [MODE] [SOURCE]`: per rule, words it hid that the truth has, words it hid rightly, and words kept that the truth lacks. */
export function rules([mode = 'html', source = 'scrapinghub']: string[]): void {
  const tally = new Map<string, { wrong: number; right: number; keptWrong: number }>();
  for (const p of pagesOf(source)) {
    const truth = fold(p.expected.text);
    for (const c of analysePage(p, mode as Mode).result.blocks) {
      const inTruth = c.block.text.length > 20 && truth.includes(fold(c.block.text));
      const t = tally.get(c.ruleId) ?? { wrong: 0, right: 0, keptWrong: 0 };
      const kept = c.verdict === 'article' && BODY_KINDS.has(c.kind);
      if (!kept) t[inTruth ? 'wrong' : 'right'] += c.block.features.words;
      else if (!inTruth) t.keptWrong += c.block.features.words;
      tally.set(c.ruleId, t);
    }
  }
  for (const [id, t] of [...tally].sort((a, b) => b[1].wrong - a[1].wrong)) console.log(id.padEnd(20), 'hid-truth', t.wrong, 'hid-furniture', t.right, 'kept-non-truth', t.keptWrong);
}

/** `rule RULE [MODE] [SOURCE]`: the pages where one rule hid text the truth has, most words first. */
export function rule([ruleId = '', mode = 'html', source = 'naeb']: string[]): void {
  const rows: { id: string; words: number; sample: string[] }[] = [];
  for (const p of pagesOf(source)) {
    const truth = fold(p.expected.text);
    const hit = analysePage(p, mode as Mode).result.blocks.filter((c) => c.ruleId === ruleId && c.verdict !== 'article' && c.block.text.length > 20 && truth.includes(fold(c.block.text)));
    if (hit.length > 0) rows.push({ id: p.id, words: hit.reduce((n, c) => n + c.block.features.words, 0), sample: hit.slice(0, 3).map((c) => `${c.block.id} [${c.evidence.slice(0, 60)}] ${c.block.text.slice(0, 80)}`) });
  }
  for (const r of rows.sort((a, b) => b.words - a.words)) console.log(r.id.slice(0, 10), r.words, `\n   ${r.sample.join('\n   ')}`);
}

/** `hash [OUT]`: a hash of adapter output and verdicts in both modes per page, to diff before and after a change that must not alter output. */
export function hash([out = 'reports/verdict-hash.json']: string[]): void {
  const hashes: Record<string, string> = {};
  for (const source of ['scrapinghub', 'readability', 'naeb', 'trafilatura']) {
    for (const p of pagesOf(source)) {
      const doc = parseHtml(p.html);
      const input = inAnyLanguage(documentToBlocks(doc).input);
      hashes[`${source}/${p.id}`] = createHash('sha1').update(JSON.stringify([input, runEngine(input), p.text === null ? null : runEngine(inAnyLanguage(textToBlocks(p.text)))])).digest('hex');
      doc.defaultView?.close();
    }
  }
  writeFileSync(out, JSON.stringify(hashes, null, 1));
  console.log(`${Object.keys(hashes).length} pages hashed into ${out}`);
}

/** `ratio [SOURCE] [EVERY]`: median engine time against Readability.parse, as `npm run bench` reads it. */
export function ratio([source = 'scrapinghub', every = '1']: string[]): void {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const p of pagesOf(source).filter((_, i) => i % Number(every) === 0)) {
    const doc = parseHtml(p.html);
    ours.push(timeIt(() => runEngine(inAnyLanguage(documentToBlocks(doc).input))));
    doc.defaultView?.close();
    theirs.push(Math.min(...[0, 1, 2].map(() => { const d = parseHtml(p.html); const ms = timeIt(() => new Readability(d).parse(), 1); d.defaultView?.close(); return ms; })));
  }
  console.log(source, 'ours', quantile(ours, 0.5).toFixed(1), 'readability', quantile(theirs, 0.5).toFixed(1), 'ratio', (quantile(ours, 0.5) / quantile(theirs, 0.5)).toFixed(3));
}

/** `sweep JSON`: F1 per source and mode for each combination of REGION_SCORE thresholds, e.g. '{"minPenalty":[3,5,8]}'. */
export function sweep([grid = '{"minPenalty":[3,5,8]}']: string[]): void {
  const cache = ['scrapinghub', 'readability', 'naeb'].flatMap(pagesOf).map((p) => ({ source: p.source, page: p, html: documentToBlocks(parseHtml(p.html)).input, text: textToBlocks(p.text ?? '') }));
  const region = REGION_SCORE as unknown as Record<string, number>;
  const values = JSON.parse(grid) as Record<string, number[]>;
  const keys = Object.keys(values);
  const combos = keys.reduce<Record<string, number>[]>((acc, k) => acc.flatMap((c) => (values[k] ?? []).map((v) => ({ ...c, [k]: v }))), [{}]);
  for (const combo of combos) {
    Object.assign(region, combo);
    const figures = ['scrapinghub', 'readability', 'naeb'].flatMap((s) => (['html', 'text'] as const).map((m) =>
      `${s}-${m} ${summarise(cache.filter((c) => c.source === s).map((c) => score(c.page, runEngine(c[m]).article))).f1.toFixed(4)}`));
    console.log(JSON.stringify(combo), figures.join('  '));
  }
}
