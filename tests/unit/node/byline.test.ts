// The popup's line under the headline: byline and published day, the day as
// the page wrote it, formatted for the reader's locale; nothing when unknown.
import { describe, expect, it } from 'vitest';
import { bylineLine, formatDay } from '../../../src/popup/byline.ts';

describe('byline and date line', () => {
  it('takes the calendar day the page wrote, in any offset, and formats it for the locale', () => {
    expect(formatDay('2023-12-22T22:10:00-05:00', 'en-GB')).toBe('22 Dec 2023');
    expect(formatDay('2023-12-23T03:22:07Z', 'en-GB')).toBe('23 Dec 2023');
    expect(formatDay('2023-12-22', 'en-US')).toBe('Dec 22, 2023');
    expect(formatDay('2023-12-22', 'de-DE')).toBe('22. Dez. 2023');
  });

  it('shows nothing for what is unknown or no date', () => {
    expect(formatDay(null)).toBeNull();
    expect(formatDay('yesterday')).toBeNull();
    expect(formatDay('2023-02-30')).toBeNull();
    expect(bylineLine(null, null)).toBe('');
    expect(bylineLine('  ', 'no date')).toBe('');
  });

  it('joins byline and day, either alone', () => {
    expect(bylineLine(' Kent German ', '2023-12-22', 'en-US')).toBe('By Kent German · Dec 22, 2023');
    expect(bylineLine('AP', null)).toBe('By AP');
    expect(bylineLine(null, '2023-12-22', 'en-GB')).toBe('22 Dec 2023');
  });
});
