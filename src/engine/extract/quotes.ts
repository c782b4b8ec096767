// Direct quotes in article paragraphs: straight and curly double quotes, a
// quote running on into the next paragraph (news style: no closing mark, the
// next paragraph opens again), and partial quotes inside a sentence.
import { QUOTES } from './thresholds.ts';

/** Two apostrophes typed as one closing mark take two characters. */
const APOSTROPHE_PAIR = 2;

export interface Quote {
  text: string;
  /** Paragraph where the quote opens, and character offsets of its marks there. */
  paragraph: number;
  open: number;
  /** Paragraph and offset just past the closing mark (or the paragraph end when it runs on). */
  endParagraph: number;
  close: number;
  /** The paragraph holds nothing but this quote (and perhaps its attribution). */
  standalone: boolean;
}

const OPEN = new Set(['"', '“', '„', '«']);
const CLOSE = new Set(['"', '”', '»']);
const TWO_APOSTROPHES = new Set(['’’', "''"]);

interface Span { open: number; close: number | null }

function spans(text: string): Span[] {
  const out: Span[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (open === null && OPEN.has(ch)) open = i;
    else if (open !== null && CLOSE.has(ch)) { out.push({ open, close: i + 1 }); open = null; }
    // Two apostrophes typed for a closing mark (“It was an attempt to mislead voters,’’: test "takes two apostrophes as a closing quote mark" in extract.test.ts).
    else if (open !== null && TWO_APOSTROPHES.has(text.slice(i, i + APOSTROPHE_PAIR))) { out.push({ open, close: i + APOSTROPHE_PAIR }); open = null; i += 1; }
  }
  if (open !== null) out.push({ open, close: null });
  return out;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'and', 'or', 'for', 'at', 'by', 'with', 'from', '&']);
function isTitle(text: string): boolean {
  const words = text.replace(/(?<![,.!?])[,.!?]+$/, '').split(/\s+/);
  // A title may end in an initialism ("Party in the U.S.A."): its full stop ends no sentence (naeb dev f251f10a; case in speakers.test.ts).
  if (words.length > QUOTES.titleMaxWords || /(?<!(?:^|[\s.])\p{Lu})[.!?]["”’]?$/u.test(text)) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= QUOTES.titleMinCapitalWords && words.every((w) => /^[\p{Lu}\d“"‘'(]/u.test(w) || SMALL_WORDS.has(w));
}

const strip = (s: string): string => s.replace(/^["“„«]|(?:["”»]|’’|'')$/g, '').trim();

export function findQuotes(paragraphs: readonly string[]): Quote[] {
  const quotes: Quote[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] ?? '';
    let consumedTo = p;
    for (const span of spans(text)) {
      let body = text.slice(span.open, span.close ?? text.length);
      let endParagraph = p;
      let close = span.close ?? text.length;
      // Runs on: the next paragraph opens with a quote mark and continues it.
      while (span.close === null && OPEN.has((paragraphs[endParagraph + 1] ?? '').charAt(0))) {
        endParagraph += 1;
        const next = paragraphs[endParagraph] ?? '';
        const nextClose = spans(next)[0]?.close ?? null;
        body += ' ' + next.slice(0, nextClose ?? next.length);
        close = nextClose ?? next.length;
        if (nextClose !== null) break;
      }
      const clean = strip(body.replace(/["“”„«»]\s*["“”„«»]/g, ' '));
      if (clean.split(/\s+/).length < QUOTES.minWords || isTitle(clean)) continue;
      const standalone = span.open <= 1 && (text.length - close < QUOTES.standaloneTailChars || endParagraph > p);
      quotes.push({ text: clean.replace(/[,]$/, ''), paragraph: p, open: span.open, endParagraph, close, standalone });
      consumedTo = Math.max(consumedTo, endParagraph);
    }
    p = consumedTo; // paragraphs a quote ran on into are part of it
  }
  return quotes;
}
