// The function words and widget labels the background injected before this
// script (content/language-data-script.ts). Absent (a test page that injects
// the content script alone), the engine knows English only.
import type { EngineInput, RawLabels, RawStoplists } from '../engine/index.ts';
import { LANGUAGE_DATA_GLOBAL } from '../shared/marks.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStoplists = (value: unknown): value is RawStoplists => isRecord(value) && Object.values(value).every((list) => typeof list === 'string');
const isLabels = (value: unknown): value is RawLabels => isRecord(value) && Object.values(value).every(isRecord);

/** The injected language data, as the engine's input fields; none when nothing was injected. */
export function languageData(): Pick<EngineInput, 'stoplists' | 'labels'> {
  const data = (globalThis as Record<string, unknown>)[LANGUAGE_DATA_GLOBAL];
  if (!isRecord(data)) return {};
  return { ...(isStoplists(data.stoplists) ? { stoplists: data.stoplists } : {}), ...(isLabels(data.labels) ? { labels: data.labels } : {}) };
}
