// Diagnostics of the extractors: headline and byline misses, quotes missed or
// given to the wrong person, speakers per page, and a labelling sheet.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

/** `label-sheet COUNT`: naeb pages no quote set holds, from sites no set holds, with 4 to 14 spans, each span with its paragraph. It never runs Declutter: labels come from the text alone. */
export function labelSheet([count = '20']: string[]): void {
  const sets = ['eval/quotes-naeb-dev.json', 'eval/quotes-naeb-unseen.json', 'eval/quotes-naeb-fresh.json'];
  const host = (url: string | undefined): string => { try { return new URL(url ?? '').host.replace(/^www\./, ''); } catch { return ''; } };
  const all = pagesOf('naeb');
  const taken = new Set(sets.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { articles: { id: string }[] }).articles.map((a) => a.id)));
  const takenHosts = new Set(all.filter((p) => taken.has(p.id)).map((p) => host(p.expected.url)));
  const sha = (s: string): string => createHash('sha1').update(s).digest('hex');
  const seen = new Set<string>();
  const picked = all.filter((p) => !taken.has(p.id) && !takenHosts.has(host(p.expected.url)))
    .map((p) => ({ p, spans: goldSpans(p.expected.text) })).filter((x) => x.spans.length >= 4 && x.spans.length <= 14)
    .sort((a, b) => sha(a.p.id).localeCompare(sha(b.p.id)))
    .filter(({ p }) => { const h = host(p.expected.url); if (seen.has(h)) return false; seen.add(h); return true; }).slice(0, Number(count));
  for (const { p, spans } of picked) {
    console.log(`\n### ${p.id} ${host(p.expected.url)} (${spans.length} spans)`);
    const paragraphs = p.expected.text.split(/\n+/).map((x) => x.trim()).filter(Boolean);
    spans.forEach((s, i) => {
      const at = paragraphs.findIndex((x) => x.includes(s));
      console.log(`[${i}] «${s.slice(0, 60)}»\n    P${at - 1}: ${(paragraphs[at - 1] ?? '').slice(-200)}\n    P${at}: ${paragraphs[at] ?? ''}`);
    });
  }
}
