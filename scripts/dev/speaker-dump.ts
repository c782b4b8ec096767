// Speakers found on the ground-truth text of every corpus page, one line each: diff the output before and after a
// change that must not alter attribution. Usage: node --import tsx scripts/dev/speaker-dump.ts > out.txt
import { extractSpeakers } from '../../src/engine/extract/speakers.ts';
import { loadCorpus } from '../eval/corpus.ts';

for (const page of loadCorpus(['scrapinghub', 'readability', 'naeb'])) {
  const paragraphs = (page.expected.text).split(/\n+/).map((x) => x.trim()).filter(Boolean);
  console.log(page.id, JSON.stringify(extractSpeakers(paragraphs)));
}
