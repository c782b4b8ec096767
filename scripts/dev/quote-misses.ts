// Dev aid: labelled person quotes (eval/quotes.json) the speaker extractor misses or gives to the
// wrong person, matched as the eval matches, with the paragraph each stands in.
// Usage: node --import tsx scripts/dev/quote-misses.ts [eval/quotes.json]
import { extractSpeakers } from '../../src/engine/extract/speakers.ts';
import { loadLabelled, matchQuotes, sameSpeaker } from '../eval/quotes.ts';

const head = (s: string): string => (s.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 6).join(' ');
for (const { id, paragraphs, gold } of loadLabelled(process.argv[2])) {
  const { found } = matchQuotes(extractSpeakers(paragraphs), gold);
  for (const g of gold) {
    const name = found.get(g);
    if (g.type !== 'person' || (name !== undefined && sameSpeaker(name, g.speaker ?? ''))) continue;
    const words = head(g.text);
    const para = paragraphs.find((p) => head(p.replace(/[^\p{L}\p{N}]+/gu, ' ')).length > 0 && p.includes(g.text.trim().slice(0, 30))) ?? '';
    console.log(`${name === undefined ? 'MISS' : `WRONG ${name}`} [${g.speaker ?? ''}] ${id.slice(0, 8)} «${words}»\n   ${para.slice(0, 400)}\n`);
  }
}
