// Bytes of a saved page → text, as a browser decodes them: a byte-order mark,
// then a <meta charset> or http-equiv declaration (html-encoding-sniffer, the
// WHATWG prescan jsdom itself uses), then — since saved pages often declare
// their encoding past the prescan's first 1,024 bytes — a declaration anywhere
// in the first HEAD_BYTES, and last UTF-8 when the bytes are valid UTF-8,
// else windows-1252 (the web's default for undeclared pages).
import sniffHtmlEncoding from 'html-encoding-sniffer';

/** How far a late <meta charset> is looked for: past the scripts and styles of a large <head>. */
const HEAD_BYTES = 64 * 1024;
/** A <meta> tag up to the next `<` or `>`, and the charset it names: `charset=NAME`, quoted or not. */
const META_TAG = /<meta\b[^<>]*/gi;
const CHARSET = /charset\s*=\s*(?:["']\s*)?([\w.:-]{1,40})/i;
const NONE = '';

function decoderFor(label: string): TextDecoder | null {
  try { return new TextDecoder(label); } catch { return null; }
}

function validUtf8(bytes: Uint8Array): boolean {
  try { new TextDecoder('utf-8', { fatal: true }).decode(bytes); return true; } catch { return false; }
}

/** The encoding a browser would read these bytes in (a WHATWG encoding name). */
export function sniffEncoding(bytes: Uint8Array): string {
  const declared = sniffHtmlEncoding(bytes, { defaultEncoding: NONE });
  if (declared !== NONE) return declared;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  let late: string | undefined;
  for (const tag of head.matchAll(META_TAG)) if ((late = CHARSET.exec(tag[0])?.[1]) !== undefined) break;
  const decoder = late === undefined ? null : decoderFor(late);
  // A page that says it is UTF-16 in ASCII bytes is not: browsers read such a declaration as UTF-8.
  if (decoder !== null && !decoder.encoding.startsWith('utf-16')) return decoder.encoding;
  return validUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/** The page's text, decoded as sniffed; a byte-order mark is dropped. */
export function decodeHtml(bytes: Uint8Array): string {
  return (decoderFor(sniffEncoding(bytes)) ?? new TextDecoder('utf-8')).decode(bytes);
}
