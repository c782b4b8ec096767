// Photo captions and credits stay on the page but are not body text (fixtures furniture-zoo.html, share-bar-over-story.txt; seen on scrapinghub
// venturebeat page: "Above: A WeWork coworking space…", "Image Credit: WeWork").
import type { Rule } from './rule.ts';
import { CAPTIONS } from '../thresholds.ts';

/** Class words of a caption's element or its nearest ancestors (DOM). */
const CAPTION_WORDS = new Set(['caption', 'figcaption', 'wp-caption-text', 'credit', 'credits', 'photo-credit', 'image-credit', 'cutline']);
const CAPTION_LINE = /^(above|below|pictured|top|main|left|right|inset|photo|photograph|picture|image|file photo|credit|image credit|photo credit|source)\s*[:|]/i;
const CREDIT_LINE = /^(photo|image|picture|photograph|illustration)s?( credit)?:?\s*(by\s+)?\S+/i;

const rule: Rule = {
  id: 'photo-caption',
  kind: 'caption',
  verdict: 'article',
  match(block, ctx) {
    if (block.features.words > CAPTIONS.captionMaxWords) return null;
    if (block.tag === 'figcaption') return { evidence: 'a <figcaption>' };
    const word = ctx.classWords(block, CAPTIONS.captionLevels).find((w) => CAPTION_WORDS.has(w));
    if (word !== undefined) return { evidence: `inside a "${word}" element` };
    if (CAPTION_LINE.test(block.text) || (block.features.words <= CAPTIONS.creditMaxWords && CREDIT_LINE.test(block.text))) {
      return { evidence: `caption line "${block.text}"` };
    }
    return null;
  },
};
export default rule;
