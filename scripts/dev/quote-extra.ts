// Dev aid: quotes the speaker extractor lists that match no labelled speech (precision misses), with their paragraph.
// Usage: node --import tsx scripts/dev/quote-extra.ts [eval/quotes.json]
import { extractSpeakers } from '../../src/engine/extract/speakers.ts';
import { loadLabelled, matchQuotes } from '../eval/quotes.ts';

for (const { id, paragraphs, gold } of loadLabelled(process.argv[2])) {
  for (const s of extractSpeakers(paragraphs)) {
    for (const q of s.quotes) {
      const { wrong } = matchQuotes([{ ...s, quotes: [q] }], gold);
      if (wrong === 0) continue;
      const para = paragraphs.find((p) => p.includes(q.slice(0, 30))) ?? '';
      console.log(`EXTRA ${s.name} ${id.slice(0, 8)} «${q.slice(0, 60)}»\n   ${para.slice(0, 300)}\n`);
    }
  }
}
