// Translatable: every string a reader sees on the popup, the options page and
// in the manifest comes from _locales/<lang>/messages.json. Fails on prose
// left in markup or code, and on markup text out of step with its message.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

const messages = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
/** Where reader-facing strings are made; the engine's rule evidence and kinds are data in English (see README). */
const UI_CODE = ['src/popup', 'src/options', 'src/background', 'src/settings', 'src/shared/i18n.ts'];
const PAGES = ['src/popup/popup.html', 'src/options/options.html'];
/** Two words of letters in a row: prose. Selectors, ids, keys and formats do not look like that. */
const PROSE = /\b\p{L}{2,}[ ’']+\p{L}{2,}\b/u;
/** Literals that are not for the reader: console messages for developers. */
const NOT_FOR_READERS = /console\.(warn|log|error)\(/;

const files = (path: string): string[] => (path.endsWith('.ts') ? [path]
  : readdirSync(path, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join(path, f)));

/** String and template literals of a source file, with its comments removed first. */
function literals(source: string): { line: number; text: string }[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  const out: { line: number; text: string }[] = [];
  for (const [i, line] of code.split('\n').entries()) {
    if (line.trimStart().startsWith('import ') || NOT_FOR_READERS.test(line)) continue;
    for (const match of line.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
      out.push({ line: i + 1, text: match[1] ?? match[2] ?? match[3] ?? '' });
    }
  }
  return out;
}

describe('translatable strings', () => {
  it('leaves no prose in the popup, options, background or settings code', () => {
    const left = UI_CODE.flatMap(files).flatMap((file) => literals(readFileSync(file, 'utf8'))
      .filter((l) => PROSE.test(l.text.replace(/\$\{[^}]*\}/g, ' ')))
      .map((l) => `${file}:${l.line}: ${l.text}`));
    expect(left).toEqual([]);
  });

  it.each(PAGES)('%s: every text is a message, in step with the English file', (page) => {
    const doc = new JSDOM(readFileSync(page, 'utf8')).window.document;
    for (const element of doc.querySelectorAll('body *, title')) {
      const ownText = [...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
      if (ownText === '' || element.localName === 'code') continue;
      const key = element.getAttribute('data-i18n');
      expect(key, `${element.localName} "${ownText}" has no data-i18n`).not.toBeNull();
      expect(messages[key ?? '']?.message, key ?? '').toBe(ownText);
    }
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
      expect(doc.querySelectorAll(`[${attribute}]`), `${attribute}: use data-i18n-label`).toHaveLength(0);
    }
  });

  it('has a well-formed message file: placeholders used and defined alike, plural forms complete', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const used = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
      expect(used, key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      if (key.endsWith('_one')) expect(messages, key).toHaveProperty(key.replace(/_one$/, '_other'));
    }
  });
});
