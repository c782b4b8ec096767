// Diagnostics of the extractors: headline and byline misses, quotes missed or
// given to the wrong person, speakers per page, and a labelling sheet.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extractSpeakers } from '../../src/engine/extract/speakers.ts';
import { nearMatch } from '../eval/meta.ts';
import { goldSpans, loadLabelled, matchQuotes, sameSpeaker } from '../eval/quotes.ts';
import { analysePage, corpus, pagesOf } from './runner.ts';

/** `metadata [SOURCE]`: pages whose headline or byline does not near-match the truth, with both. */
export function metadata([source = 'readability']: string[]): void {
  for (const p of pagesOf(source)) {
    const e = p.expected;
    const x = analysePage(p, 'html');
    if (e.title && !nearMatch(x.headline, e.title)) console.log('H', p.id, JSON.stringify(x.headline), '| want', JSON.stringify(e.title));
    if (e.byline && !nearMatch(x.byline, e.byline)) console.log('B', p.id, JSON.stringify(x.byline), '| want', JSON.stringify(e.byline));
  }
}

const head = (s: string): string => (s.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 6).join(' ');

/** `quotes misses|extra [FILE]`: labelled person quotes missed or given to the wrong person; or quotes listed that match no labelled speech. */
export function quotes([what = 'misses', file = 'eval/quotes.json']: string[]): void {
  if (file.includes('fresh')) console.log('note: the fresh set\'s misses are to stay unread until the work it measures is done');
  for (const { id, paragraphs, gold } of loadLabelled(file, corpus)) {
    const speakers = extractSpeakers(paragraphs);
    const paragraphOf = (q: string): string => paragraphs.find((p) => p.includes(q.trim().slice(0, 30))) ?? '';
    if (what === 'extra') {
      for (const s of speakers) for (const q of s.quotes) {
        if (matchQuotes([{ ...s, quotes: [q] }], gold).wrong > 0) console.log(`EXTRA ${s.name} ${id.slice(0, 8)} «${q.slice(0, 60)}»\n   ${paragraphOf(q).slice(0, 300)}\n`);
      }
      continue;
    }
    const { found } = matchQuotes(speakers, gold);
    for (const g of gold) {
      const name = found.get(g);
      if (g.type !== 'person' || (name !== undefined && sameSpeaker(name, g.speaker ?? ''))) continue;
      console.log(`${name === undefined ? 'MISS' : `WRONG ${name}`} [${g.speaker ?? ''}] ${id.slice(0, 8)} «${head(g.text)}»\n   ${paragraphOf(g.text).slice(0, 400)}\n`);
    }
  }
}

/** `speakers`: the speakers found on every page's truth text, one line a page, to diff before and after a change. */
export function speakers(): void {
  for (const p of ['scrapinghub', 'readability', 'naeb'].flatMap(pagesOf)) {
    console.log(p.id, JSON.stringify(extractSpeakers(p.expected.text.split(/\n+/).map((x) => x.trim()).filter(Boolean))));
  }
}

/** `label-sheet COUNT [SOURCES] [RANGES]`: pages no quote set holds, from sites no set holds, one per site, with a
 * span count in RANGES (default naeb, 4-14; e.g. `label-sheet 60 naeb,scrapinghub,readability 1-3,15-999`), each span
 * with its paragraph. It never runs Declutter: labels come from the text alone. */
export function labelSheet([count = '20', sources = 'naeb', ranges = '4-14']: string[]): void {
  const sets = readdirSync('eval').filter((f) => /^quotes.*\.json$/.test(f)).map((f) => `eval/${f}`);
  // A page without its address (the readability suite's) is a site of its own.
  const site = (p: { source: string; id: string; expected: { url?: string } }): string => {
    try { return new URL(p.expected.url ?? '').host.replace(/^www\./, ''); } catch { return `${p.source}/${p.id}`; }
  };
  const all = sources.split(',').flatMap(pagesOf);
  const taken = new Set(sets.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { articles: { id: string }[] }).articles.map((a) => a.id)));
  const takenHosts = new Set(all.filter((p) => taken.has(p.id)).map(site));
  const inRange = (n: number): boolean => ranges.split(',').some((r) => { const [lo = 0, hi = lo] = r.split('-').map(Number); return n >= lo && n <= hi; });
  const sha = (s: string): string => createHash('sha1').update(s).digest('hex');
  const seen = new Set<string>();
  const picked = all.filter((p) => !taken.has(p.id) && !takenHosts.has(site(p)))
    .map((p) => ({ p, spans: goldSpans(p.expected.text) })).filter((x) => inRange(x.spans.length))
    .sort((a, b) => sha(a.p.id).localeCompare(sha(b.p.id)))
    .filter(({ p }) => { const h = site(p); if (seen.has(h)) return false; seen.add(h); return true; }).slice(0, Number(count));
  console.log(`${picked.length} pages, ${picked.reduce((n, x) => n + x.spans.length, 0)} spans`);
  for (const { p, spans } of picked) {
    console.log(`\n### ${p.source} ${p.id} ${site(p)} (${spans.length} spans)`);
    // Paragraph by paragraph, as goldSpans numbers them: each paragraph with spans once, its spans marked [i]…[/i],
    // after the tail of the paragraph before it when that one was not shown.
    const paragraphs = p.expected.text.split(/\n+/).map((x) => x.trim()).filter(Boolean);
    let next = 0;
    let shown = -2;
    paragraphs.forEach((paragraph, at) => {
      const own = goldSpans(paragraph);
      if (own.length === 0) return;
      if (shown !== at - 1 && at > 0) console.log(`  …${(paragraphs[at - 1] ?? '').slice(-160)}`);
      let marked = paragraph;
      for (const span of own) marked = marked.replace(span, `[${next}]${span}[/${next++}]`);
      console.log(`  P${at}: ${marked}`);
      shown = at;
    });
  }
}
