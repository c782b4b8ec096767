// Dev aid for labelling a quote set by hand: picks naeb pages no quote set holds, from sites no set holds, with 4 to
// 14 spans, in sha1(id) order, and prints each span with its paragraph. It never runs Declutter: labels come from
// the text alone. Usage: node --import tsx scripts/dev/label-sheet.ts COUNT
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { goldSpans } from '../eval/quotes.ts';
import { loadCorpus } from '../eval/corpus.ts';

const SETS = ['eval/quotes-naeb-dev.json', 'eval/quotes-naeb-unseen.json'];
const count = Number(process.argv[2] ?? '20');
const host = (url: string): string => new URL(url).host.replace(/^www\./, '');
const pages = loadCorpus(['naeb']);
const urlOf = new Map(pages.map((p) => [p.id, (JSON.parse(readFileSync(`../shared/corpus/naeb/${p.id}/expected.json`, 'utf8')) as { url: string }).url]));
const taken = new Set(SETS.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { articles: { id: string }[] }).articles.map((a) => a.id)));
const takenHosts = new Set([...taken].map((id) => host(urlOf.get(id) ?? 'http://none')));
const sha = (s: string): string => createHash('sha1').update(s).digest('hex');
const picked = pages
  .filter((p) => !taken.has(p.id) && !takenHosts.has(host(urlOf.get(p.id) ?? 'http://none')))
  .map((p) => ({ page: p, spans: goldSpans(p.expected.text) }))
  .filter((x) => x.spans.length >= 4 && x.spans.length <= 14)
  .sort((a, b) => sha(a.page.id).localeCompare(sha(b.page.id)));
const seenHosts = new Set<string>();
let n = 0;
for (const { page, spans } of picked) {
  const h = host(urlOf.get(page.id) ?? '');
  if (seenHosts.has(h) || n >= count) continue;
  seenHosts.add(h);
  n += 1;
  console.log(`\n### ${page.id} ${h} (${spans.length} spans)`);
  const paragraphs = page.expected.text.split(/\n+/).map((x) => x.trim()).filter(Boolean);
  spans.forEach((s, i) => {
    const at = paragraphs.findIndex((p) => p.includes(s));
    console.log(`[${i}] «${s.slice(0, 60)}»\n    P${at - 1}: ${(paragraphs[at - 1] ?? '').slice(-200)}\n    P${at}: ${paragraphs[at] ?? ''}`);
  });
}
