// The reader-facing strings, from _locales/<lang>/messages.json through the
// browser's i18n API, so a translation is one file. Plural forms are keys
// with a CLDR suffix (`saved_one`, `saved_other`), picked by Intl.PluralRules
// in the browser's UI language. Outside a browser (unit tests) the English
// file is handed in once with useMessages().
import type english from '../../_locales/en/messages.json';

type Catalog = typeof english;
export type MessageKey = keyof Catalog;
/** Keys with plural forms, named without their suffix. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

interface Entry { message: string; placeholders?: Record<string, { content: string }> }
type GetMessage = (key: string, substitutions?: string[]) => string;

let fallback: Record<string, Entry> | null = null;

/** For Node: the messages to use where no browser i18n API exists. */
export function useMessages(messages: Record<string, Entry>): void {
  fallback = messages;
}

function browserGetMessage(): GetMessage | null {
  const scope = globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } }; browser?: { i18n?: { getMessage?: GetMessage } } };
  const api = scope.chrome?.i18n ?? scope.browser?.i18n;
  return typeof api?.getMessage === 'function' ? api.getMessage.bind(api) : null;
}

/** The browser's substitution rules: $NAME$ is a placeholder whose content names an argument ($1 …), $$ is a dollar. */
function substitute(entry: Entry, subs: readonly string[]): string {
  return entry.message.replace(/\$(\w+)\$|\$\$/g, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, i: string) => subs[Number(i) - 1] ?? '');
  });
}

/** The message `key` with its placeholders filled in order. A missing message shows its key, never nothing. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const get = browserGetMessage();
  const text = get !== null ? get(key, strings) : fallback?.[key] === undefined ? '' : substitute(fallback[key], strings);
  return text === '' ? key : text;
}

function uiLanguage(): string {
  const scope = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } };
  return scope.chrome?.i18n?.getUILanguage?.() ?? 'en';
}

const hasMessage = (key: string): boolean => ((browserGetMessage()?.(key) ?? fallback?.[key]?.message) ?? '') !== '';

/** `key_one`, `key_other` (or another CLDR form where the language has it) as `count` asks, filled with `subs`
 * (the count among them where the message shows it). */
export function plural(key: PluralKey, count: number, ...subs: (string | number)[]): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count);
  const exact = `${key}_${form}`;
  const chosen = (hasMessage(exact) ? exact : `${key}_other`) as MessageKey;
  return t(chosen, ...subs);
}

/** Fills an extension page's markup: `data-i18n="key"` sets an element's text, `data-i18n-label="key"` its
 * aria-label; the page's language follows the browser's. */
export function localizePage(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n as MessageKey);
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset.i18nLabel as MessageKey));
}
