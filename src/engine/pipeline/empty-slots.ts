// DOM only: ad slots with no text. Rules judge blocks of text, so a
// container that holds only an ad's iframe or image would never be hidden;
// its class or id is the whole evidence (uBlock Origin's generic cosmetic
// filters hide such slots by name too). Holding no text, it can hide no article.
import type { ContainerInfo, EmptySlot } from '../types.ts';
import type { ContainerIndex } from './containers.ts';
import { isAdSlotContainer } from '../rules/landmarks.ts';
import { mapSteps, type Steps } from '../steps.ts';
import { WORK_BOUNDS } from '../thresholds.ts';
import { AD_SLOT } from '../rules/ad-slot.ts';

/** Container `c` as an ad slot, when its name says so; the caller knows it holds no text. */
function adSlot(info: ContainerInfo, c: number): EmptySlot | null {
  if (!isAdSlotContainer(info)) return null;
  return { container: c, ruleId: AD_SLOT.id, kind: 'ad', evidence: `an ad slot with no text: <${info.tag} class/id "${info.tokens.slice(0, WORK_BOUNDS.evidenceTokens).join(' ')}">` };
}

const found = (slots: readonly (EmptySlot | null)[]): EmptySlot[] => slots.filter((s): s is EmptySlot => s !== null).slice(0, WORK_BOUNDS.maxEmptySlots);

/** The page's containers that hold no text (by the index) and are ad slots by name. */
export function* emptyAdSlots(containers: readonly ContainerInfo[], index: ContainerIndex): Steps<EmptySlot[]> {
  return found(yield* mapSteps(containers, (info, c) => (index.range(c) === undefined ? adSlot(info, c) : null)));
}

/** The ad slots among containers the caller knows hold no text (a late subtree with no text). */
export function adSlotsIn(containers: readonly ContainerInfo[]): EmptySlot[] {
  return found(containers.map(adSlot));
}
