// Renders a PageReport into the popup with DOM nodes and textContent only:
// every string comes from a web page and may be hostile.
import type { GroupTarget, HiddenEntry, PageReport } from '../shared/report';
import { extractFrom, ruleRow, type Speaker } from '../engine/index.ts';
import { orderSpeakers } from './speakers.ts';
import { byId } from '../shared/dom.ts';
import { plural, t, type MessageKey } from '../shared/i18n.ts';
import { bylineLine } from './byline.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function region(id: string, visible: boolean): void {
  byId(id).hidden = !visible;
}

function speakerItem(speaker: Speaker): HTMLLIElement {
  const item = el('li');
  const details = el('details');
  const summary = el('summary');
  summary.append(el('strong', speaker.name), document.createTextNode(speaker.role === null ? '' : `, ${speaker.role}`),
    el('span', ` · ${plural('quotes', speaker.quotes.length, speaker.quotes.length)}`, 'meta'));
  details.append(summary, ...speaker.quotes.map((q) => el('p', `“${q}”`, 'quote')));
  item.append(details);
  return item;
}

/** What the reader can do about an entry no block stands for: its help line (_locales). */
const GROUP_HELP: Readonly<Record<GroupTarget, MessageKey>> = {
  'reader-rule': 'userRuleHelp', // hidden by one of the reader's own rules: they change it where they wrote it
  'empty-slots': 'slotsHelp',
  regions: 'offToSee',
  boxes: 'offToSee',
  'scroll-lock': 'offToSee',
};

function hiddenItem(entry: HiddenEntry, onShow: (blockId: number) => void): HTMLLIElement {
  const item = el('li');
  const details = el('details');
  const summary = el('summary');
  summary.append(el('span', entry.kind, 'chip'), document.createTextNode(entry.text));
  const why = el('p', t('whyHidden', entry.ruleId, entry.evidence), 'meta');
  const rule = ruleRow(entry.ruleId);
  if (rule !== null) details.append(summary, el('p', rule.summary, 'meta'), why);
  else details.append(summary, why);
  if (entry.target === 'block') {
    const show = el('button', t('showAgain'));
    show.type = 'button';
    show.addEventListener('click', () => { onShow(entry.blockId); });
    details.append(show);
  } else {
    details.append(el('p', t(GROUP_HELP[entry.target]), 'meta'));
  }
  item.append(details);
  return item;
}

function counts(byKind: Readonly<Record<string, number>>): string {
  return Object.entries(byKind).sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`).join(' · ');
}

export function render(report: PageReport, onShow: (blockId: number) => void): void {
  byId('app').dataset.on = String(report.on); // the state rendered last, for tests and styles
  byId('page-title').textContent = report.title || report.url;
  const toggle = byId('toggle') as HTMLInputElement;
  toggle.disabled = false;
  toggle.checked = report.on;
  byId('status').textContent = !report.isArticle ? t('noArticle')
    : report.on ? plural('decluttered', report.hiddenTotal, report.hiddenTotal) : t('declutterOff');
  // The extractors run here, not in the content script (see engine/extract/input.ts).
  const extracted = report.article === null ? null : extractFrom(report.article);
  const summary = extracted?.summary ?? [];
  const speakers = orderSpeakers(extracted?.speakers ?? []);
  region('headline-region', extracted?.headline != null);
  byId('headline').textContent = extracted?.headline ?? '';
  const line = extracted === null ? '' : bylineLine(extracted.byline, extracted.published);
  byId('byline').textContent = line;
  byId('byline').hidden = line === '';
  region('summary-region', summary.length > 0);
  byId('summary').textContent = summary.join(' ');
  region('speakers-region', speakers.length > 0);
  byId('speakers').replaceChildren(...speakers.map(speakerItem));
  region('hidden-region', report.on && report.hiddenTotal > 0);
  byId('hidden-counts').textContent = counts(report.hiddenByKind);
  const more = report.hiddenTotal - report.hidden.length;
  byId('hidden-list').replaceChildren(...report.hidden.map((h) => hiddenItem(h, onShow)), ...(more > 0 ? [el('li', t('moreHidden', more), 'meta')] : []));
}

/** A failed action (e.g. "Show again") that leaves the page and the switch as they were. */
export function showNotice(message: string): void {
  byId('status').textContent = message;
}

export function showError(message: string): void {
  byId('status').textContent = message;
  (byId('toggle') as HTMLInputElement).disabled = true;
}
