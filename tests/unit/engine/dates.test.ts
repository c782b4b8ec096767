// Published dates: the day the page shows its readers. Visible forms in the
// usual English styles; the visible day by the byline wins over a declared
// timestamp; revision dates and broken placeholders are never taken.
import { describe, expect, it } from 'vitest';
import { publishedDay, urlDay, writtenDay } from '../../../src/engine/extract/dates.ts';

describe('published dates', () => {
  it('reads the usual English forms as a calendar day', () => {
    expect(writtenDay('By Kent German Dec. 22, 2023 10:22 p.m. PT')).toBe('2023-12-22');
    expect(writtenDay('Published 22 December 2023')).toBe('2023-12-22');
    expect(writtenDay('Fri, 12/22/2023 - 05:00')).toBe('2023-12-22');
    expect(writtenDay('2023-12-23T03:22:07Z')).toBe('2023-12-23');
    expect(writtenDay('By Gram SlatteryDecember 23, 202311:08 AM UTC')).toBe('2023-12-23');
    expect(writtenDay('February 30, 2023')).toBeNull();
    expect(writtenDay('5 hours ago')).toBeNull();
  });

  it('skips revision dates and placeholders of time zero', () => {
    expect(writtenDay('Senior EditorUpdated Dec. 23, 2023 4:04AM EST / Published Dec. 22, 2023 12:16PM EST')).toBe('2023-12-22');
    expect(writtenDay('Dec 31, 1969')).toBeNull();
  });

  it('prefers the visible day by the byline to the declared timestamp', () => {
    expect(publishedDay('2023-12-23T03:22:07Z', ['Dec. 22, 2023, 10:22 PM EST'])).toBe('2023-12-22');
    expect(publishedDay('2023-12-23T03:22:07Z', ['Dec. 23, 2023'])).toBe('2023-12-23T03:22:07Z');
    // An evergreen guide re-dated for its readers keeps its first day in the meta (naeb pcworld page).
    expect(publishedDay('2022-07-04T10:45:00-07:00', [null, 'Senior Editor, PCWorld Nov 14, 2023 3:30 am PST'])).toBe('2023-11-14');
    expect(publishedDay('2023-12-23T11:08:14Z', ['Updated February 15, 2024'])).toBe('2023-12-23T11:08:14Z');
    expect(publishedDay(null, [null, 'Published 22 December 2023'])).toBe('2023-12-22');
    expect(publishedDay('Fri, 12/22/2023 - 05:00', [])).toBe('2023-12-22');
    expect(publishedDay(null, ['no date here'])).toBeNull();
  });

  it('takes a <time> element\'s own text only when no line by the byline calls that day an update', () => {
    // readability videos-1 page: the byline says "Updated Jul 24, 2018" around a <time> that reads "Jul 24, 2018".
    expect(publishedDay('2017-12-15T08:50:02-05:00', ['By Alissa Wilkinson Updated Jul 24, 2018, 2:15pm EDT'], 'Jul 24, 2018, 2:15pm EDT')).toBe('2017-12-15T08:50:02-05:00');
    expect(publishedDay(null, [], 'Dec 22, 2023')).toBe('2023-12-22');
  });

  it('falls back to the day an address files its story under', () => {
    expect(urlDay('https://www.theautochannel.com/news/2023/07/21/1300924-5-tips.html')).toBe('2023-07-21');
    expect(urlDay('https://example.com/2023/13/40/x')).toBeNull();
    expect(urlDay('https://example.com/story/2023-guide')).toBeNull();
    expect(urlDay(null)).toBeNull();
  });
});
