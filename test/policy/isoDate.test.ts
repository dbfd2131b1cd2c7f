import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/policy/index.js';

describe('isIsoDate', () => {
  it('accepts real dates, including 29 February of leap years', () => {
    expect(isIsoDate('2018-05-11')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-04-30')).toBe(true);
  });
  it('rejects impossible or badly written dates and non-strings', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-01-00')).toBe(false);
    expect(isIsoDate('2018-5-11')).toBe(false);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('3000-01-01')).toBe(false);
    expect(isIsoDate(new Date(0))).toBe(false);
    expect(isIsoDate(20180511)).toBe(false);
  });
});
