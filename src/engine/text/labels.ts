// Whole-block labels by role (lexicon/labels.ts), looked up as a set: a
// block's text, lower case with its spaces collapsed, is or is not a label.
import { lines } from '../lexicon/lines.ts';
import type { LabelRole, RawLabels } from '../lexicon/labels.ts';

export type { LabelRole, RawLabels };

/** Whether a heading (its closing colon already cut) is one of the labels of a role, in any language given. */
export type IsLabel = (role: LabelRole, heading: string) => boolean;

const labelKey = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

const cache = new WeakMap<RawLabels, ReadonlyMap<LabelRole, ReadonlySet<string>>>();

function index(raw: RawLabels): ReadonlyMap<LabelRole, ReadonlySet<string>> {
  const cached = cache.get(raw);
  if (cached) return cached;
  const byRole = new Map<LabelRole, Set<string>>();
  for (const roles of Object.values(raw)) {
    for (const [role, text] of Object.entries(roles) as [LabelRole, unknown][]) {
      if (typeof text !== 'string') continue;
      const set = byRole.get(role) ?? new Set<string>();
      for (const label of lines(text)) set.add(labelKey(label));
      byRole.set(role, set);
    }
  }
  cache.set(raw, byRole);
  return byRole;
}

const NO_LABELS: IsLabel = () => false;

/** The label test for the languages given: every language at once, since a page's widgets may speak another
 * language than its story. */
export function labelTest(raw: RawLabels | undefined): IsLabel {
  if (raw === undefined) return NO_LABELS;
  const byRole = index(raw);
  return (role, heading) => byRole.get(role)?.has(labelKey(heading)) === true;
}
