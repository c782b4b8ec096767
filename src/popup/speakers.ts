// The popup lists who is quoted most first: a story's main voice before those quoted once.
import type { Speaker } from '../engine/index.ts';

/** Speakers by number of quotes, most first; equal counts keep the order the story quotes them in. */
export function orderSpeakers(speakers: readonly Speaker[]): Speaker[] {
  return [...speakers].sort((a, b) => b.quotes.length - a.quotes.length);
}
