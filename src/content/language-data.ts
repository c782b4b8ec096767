// The function words and widget labels the background injected before this
// script (content/language-data-script.ts). Absent (a test page that injects
// the content script alone), the engine knows no language: every block's
// function-word share is unknown and only the rules' English labels are read.
import type { EngineInput, RawLabels, RawStoplists } from '../engine/index.ts';
import { LANGUAGE_DATA_GLOBAL } from '../shared/marks.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStoplists = (value: unknown): value is RawStoplists => isRecord(value) && Object.values(value).every((list) => typeof list === 'string');
const isLabels = (value: unknown): value is RawLabels => isRecord(value) && Object.values(value).every(isRecord);

type LanguageData = Pick<EngineInput, 'stoplists' | 'labels'>;
let checked: LanguageData | undefined;

/** The injected language data, checked once (it is injected before this script runs and never changes). */
function languageData(): LanguageData {
  if (checked !== undefined) return checked;
  const data = (globalThis as Record<string, unknown>)[LANGUAGE_DATA_GLOBAL];
  checked = !isRecord(data) ? {}
    : { ...(isStoplists(data.stoplists) ? { stoplists: data.stoplists } : {}), ...(isLabels(data.labels) ? { labels: data.labels } : {}) };
  return checked;
}

/** An adapter's input with the page's language data, for the engine (the full pass, late widgets, saved text). */
export const withLanguageData = (input: EngineInput): EngineInput => ({ ...input, ...languageData() });
