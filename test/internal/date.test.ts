import { describe, expect, it } from 'vitest';
import { addYearsToDate, isCalendarDate } from '../../src/internal/date.js';

describe('date adapter (date-fns)', () => {
  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true); // leap year
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2025-10-15')).toBe(true); // NĐ 235/2025 in force
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-4-1')).toBe(false);
    expect(isCalendarDate('2024-04-01T00:00')).toBe(false);
    expect(isCalendarDate(20240401)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });

  it('adds whole years, 29 February going to 28 February in a common year', () => {
    expect(addYearsToDate('2020-02-29', 5)).toBe('2025-02-28');
    expect(addYearsToDate('2012-07-05', 5)).toBe('2017-07-05');
    expect(addYearsToDate('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('date adapter: edges', () => {
  it('checks day 0, month 0 and century leap years', () => {
    expect(isCalendarDate('2024-01-00')).toBe(false);
    expect(isCalendarDate('2024-00-10')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false); // not a leap year
    expect(isCalendarDate('2000-02-29')).toBe(true); // leap year
    expect(isCalendarDate('0050-02-28')).toBe(true); // years below 100 are not read as 19xx
  });
});
