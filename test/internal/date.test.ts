import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('date adapter: the digit reader', () => {
  // The pattern the reader replaced: four, two and two ASCII digits (`\d` without the `u` flag is 0–9 only).
  const PATTERN = /^\d{4}-\d{2}-\d{2}$/;
  const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const reference = (s: string): boolean => {
    if (!PATTERN.test(s)) return false;
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] as number));
  };

  it('refuses every character that is not an ASCII digit where a digit is expected, and any other separator', () => {
    for (const s of ['2024/01/01', '2024-01-0a', '2O24-01-01', '2024-0:-01', '2024-01-/1', '２０２４-01-01', '2024-01-01\n', ' 2024-01-01', '2024-01_01', '٢٠٢٤-01-01', '2024-1-001']) {
      expect(isCalendarDate(s)).toBe(false);
    }
    expect(isCalendarDate('2999-12-31')).toBe(true);
    expect(isCalendarDate('0000-01-01')).toBe(true);
  });

  it('answers as the pattern and the month lengths do, on any string of ten characters near the form', () => {
    const ch = fc.constantFrom(...'0123456789-/:a \u0660'.split(''));
    const near = fc.oneof(
      fc.array(ch, { minLength: 10, maxLength: 10 }).map((cs) => cs.join('')),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(near, (s) => {
        expect(isCalendarDate(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
