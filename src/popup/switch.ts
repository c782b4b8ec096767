// The popup's switch and status line: all the popup needs before the page's
// report arrives, kept apart from the card (render.ts) and the extractors it
// loads, so the switch is usable as soon as the tab says on or off.
import { byId } from '../shared/dom.ts';
import { t } from '../shared/i18n.ts';

const toggle = (): HTMLInputElement => byId('toggle') as HTMLInputElement;

/** The switch, usable: the tab said whether declutter is on. */
export function showSwitch(on: boolean): void {
  toggle().disabled = false;
  toggle().checked = on;
  byId('app').dataset.ready ??= String(Math.round(performance.now())); // when the switch first became usable, for eval:browser
}

/** A failed action (e.g. "Show again") that leaves the page and the switch as they were. */
export function showNotice(message: string): void {
  byId('status').textContent = message;
}

export function showError(message: string): void {
  byId('status').textContent = message;
  toggle().disabled = true;
}

/** Said at once when the switch is flipped: a long page takes a moment. */
export function working(on: boolean): void {
  byId('status').textContent = t(on ? 'switchingOn' : 'switchingOff');
  byId('app').setAttribute('aria-busy', 'true');
}
