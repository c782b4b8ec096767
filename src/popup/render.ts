// Renders a PageReport into the popup as a reader's card, with DOM nodes and
// textContent only: every string comes from a web page and may be hostile.
// The switch comes first (showSwitch, as soon as the tab says on or off), the
// story's card and the hidden groups when the page's report arrives.
import type { GroupTarget, HiddenEntry, PageReport } from '../shared/report';
import { extractFrom, ruleRow, wordCount, type ExtractInput, type Speaker } from '../engine/index.ts';
import { orderSpeakers } from './speakers.ts';
import { byId } from '../shared/dom.ts';
import { plural, t, type MessageKey } from '../shared/i18n.ts';
import { bylineLine } from './byline.ts';
import { showSwitch } from './switch.ts';

/** What the reader can do from the card. */
export interface CardActions {
  showAgain(blockId: number): void;
  /** Scrolls the page to a quote and highlights it; resolves whether the page still shows it. */
  showQuote(quote: string): Promise<boolean>;
}

/** The popup lists this many speakers at first; the rest are one click away, so a long story's card stays about a screen. */
const SPEAKERS_SHOWN = 4;

/** Words a minute of silent reading of non-fiction in English (Brysbaert 2019, a meta-analysis of 190 studies: 238). */
const READING_WPM = 238;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

/** "4 min read": the article's words at READING_WPM, at least one minute. */
function readingTime(article: ExtractInput): string {
  const words = article.blocks.filter((b) => b.kind === 'body').reduce((n, b) => n + wordCount(b.text), 0);
  return words === 0 ? '' : t('readingTime', Math.max(1, Math.round(words / READING_WPM)));
}

function speakerItem(speaker: Speaker, actions: CardActions): HTMLLIElement {
  const details = el('details');
  const summary = el('summary');
  summary.append(el('span', speaker.name, 'name'));
  if (speaker.role !== null) summary.append(' ', el('span', speaker.role, 'role'));
  summary.append(' ', el('span', `· ${plural('quotes', speaker.quotes.length, speaker.quotes.length)}`, 'count'));
  const quotes = el('ul', undefined, 'quotes');
  for (const quote of speaker.quotes) {
    const button = el('button', `“${quote}”`, 'quote');
    button.type = 'button';
    button.title = t('showQuote');
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => { void pickQuote(button, quote, actions); });
    const item = el('li');
    item.append(button);
    quotes.append(item);
  }
  details.append(summary, quotes);
  const item = el('li');
  item.append(details);
  return item;
}

async function pickQuote(button: HTMLButtonElement, quote: string, actions: CardActions): Promise<void> {
  for (const other of document.querySelectorAll('button.quote[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false');
  const found = await actions.showQuote(quote);
  button.setAttribute('aria-pressed', String(found));
  byId('status').textContent = t(found ? 'quoteShown' : 'quoteNotFound');
}

/** What the reader can do about an entry no block stands for: its help line (_locales). */
const GROUP_HELP: Readonly<Record<GroupTarget, MessageKey>> = {
  'reader-rule': 'userRuleHelp', // hidden by one of the reader's own rules: they change it where they wrote it
  'empty-slots': 'slotsHelp',
  regions: 'offToSee',
  boxes: 'offToSee',
  'scroll-lock': 'offToSee',
};

function hiddenItem(entry: HiddenEntry, actions: CardActions): HTMLLIElement {
  const details = el('details');
  const summary = el('summary', entry.text);
  const rule = ruleRow(entry.ruleId);
  details.append(summary, ...(rule === null ? [] : [el('p', rule.summary, 'meta')]), el('p', t('whyHidden', entry.ruleId, entry.evidence), 'meta'));
  if (entry.target === 'block') {
    const show = el('button', t('showAgain'));
    show.type = 'button';
    show.addEventListener('click', () => { actions.showAgain(entry.blockId); });
    details.append(show);
  } else {
    details.append(el('p', t(GROUP_HELP[entry.target]), 'meta'));
  }
  const item = el('li');
  item.append(details);
  return item;
}

/** A kind's name for the reader ("Related links"); the kind itself where the catalog has none. */
function kindLabel(kind: string): string {
  const key = `kind_${kind.replace(/-/g, '_')}` as MessageKey;
  const label = t(key);
  return label === key ? kind : label;
}

/** One collapsed line per kind of hidden block, most first; expanding it lists its blocks. */
function hiddenGroups(report: PageReport, actions: CardActions): HTMLLIElement[] {
  return Object.entries(report.hiddenByKind).sort((a, b) => b[1] - a[1]).map(([kind, count]) => {
    const entries = report.hidden.filter((h) => h.kind === kind);
    const details = el('details');
    details.dataset.kind = kind;
    const summary = el('summary');
    summary.append(el('span', kindLabel(kind), 'name'), ' ', el('span', String(count), 'chip'));
    const list = el('ul', undefined, 'entries');
    list.append(...entries.map((h) => hiddenItem(h, actions)));
    if (count > entries.length) list.append(el('li', t('moreHidden', count - entries.length), 'meta'));
    details.append(summary, list);
    const item = el('li');
    item.append(details);
    return item;
  });
}

/** The article last read, so that switching on and off does not run the extractors again for the same story. */
let shown: { key: string; extracted: ReturnType<typeof extractFrom> | null } | null = null;
const articleKey = (a: ExtractInput | null): string => (a === null ? '' : `${a.title ?? ''}|${a.span?.from ?? ''}-${a.span?.to ?? ''}|${a.blocks.length}`);

/** The card: the story's headline (else the page's title, once), byline · date · reading time, summary, speakers. */
function showCard(article: ExtractInput | null, title: string, actions: CardActions): void {
  const key = `${title}\n${articleKey(article)}`;
  if (shown?.key === key) return;
  // The extractors run here, not in the content script (see engine/extract/input.ts).
  const extracted = article === null ? null : extractFrom(article);
  shown = { key, extracted };
  const line = extracted === null || article === null ? ''
    : [bylineLine(extracted.byline, extracted.published), readingTime(article)].filter((s) => s !== '').join(' · ');
  const heading = extracted?.headline ?? title;
  byId('card').hidden = heading === '' && line === '' && (extracted?.summary.length ?? 0) === 0;
  byId('headline').textContent = heading;
  byId('headline').hidden = heading === '';
  byId('byline').textContent = line;
  byId('byline').hidden = line === '';
  byId('summary').textContent = extracted?.summary.join(' ') ?? '';
  byId('summary').hidden = (extracted?.summary.length ?? 0) === 0;
  const speakers = orderSpeakers(extracted?.speakers ?? []);
  byId('speakers-region').hidden = speakers.length === 0;
  const items = speakers.map((s) => speakerItem(s, actions));
  const rest = items.splice(SPEAKERS_SHOWN);
  if (rest.length > 0) {
    const more = el('details', undefined, 'more');
    const list = el('ul', undefined, 'speakers');
    list.append(...rest);
    more.append(el('summary', t('moreSpeakers', rest.length)), list);
    const item = el('li');
    item.append(more);
    items.push(item);
  }
  byId('speakers').replaceChildren(...items);
}

export function render(report: PageReport, actions: CardActions): void {
  byId('app').dataset.on = String(report.on); // the state rendered last, for tests and styles
  showSwitch(report.on);
  byId('status').textContent = !report.isArticle ? t('noArticle')
    : report.on ? plural('decluttered', report.hiddenTotal, report.hiddenTotal) : t('declutterOff');
  showCard(report.article, report.title, actions);
  byId('hidden-region').hidden = !(report.on && report.hiddenTotal > 0);
  byId('hidden-list').replaceChildren(...hiddenGroups(report, actions));
}
