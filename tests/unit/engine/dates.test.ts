// Published dates: the day the page shows its readers. Visible forms in the
// usual English styles; the visible day wins over a declared timestamp only a
// time zone away; revision dates and broken placeholders are never taken.
import { describe, expect, it } from 'vitest';
import { publishedDay, writtenDay } from '../../../src/engine/extract/dates.ts';

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

  it('prefers the visible day a time zone from the declared timestamp, and keeps the declared one otherwise', () => {
    expect(publishedDay('2023-12-23T03:22:07Z', ['Dec. 22, 2023, 10:22 PM EST'])).toBe('2023-12-22');
    expect(publishedDay('2023-12-23T03:22:07Z', ['Dec. 23, 2023'])).toBe('2023-12-23T03:22:07Z');
    expect(publishedDay('2023-12-23T11:08:14Z', [null, 'February 15, 2024'])).toBe('2023-12-23T11:08:14Z'); // a later edit
    expect(publishedDay(null, [null, 'Published 22 December 2023'])).toBe('2023-12-22');
    expect(publishedDay('Fri, 12/22/2023 - 05:00', [])).toBe('2023-12-22');
    expect(publishedDay(null, ['no date here'])).toBeNull();
  });
});
