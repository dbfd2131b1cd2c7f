import { describe, expect, it } from 'vitest';
import {
  addCount,
  count,
  COUNT_UNITS,
  formatCount,
  formatMoney,
  formatPercent,
  MONEY_SCALES,
  parseQuantity,
  ratio,
  type Quantity,
} from '../../src/index.js';

/** A quantity as another area might build it by hand: only the five core fields and a unit or scale. */
function bare(q: Quantity): Quantity {
  const { kind, value, interval, qualifiers, text, unit } = q;
  return unit === undefined ? { kind, value, interval, qualifiers, text } : { kind, value, interval, qualifiers, text, unit };
}

describe('Count', () => {
  it('makes and adds counts of one unit (seed 003: 50 + 237 đề án = 287)', () => {
    expect(addCount(count(50, 'project'), count(237, 'project')).value).toBe(287);
    expect(() => count(-1, 'person')).toThrow(/The count -1 must be a non-negative whole number/);
    expect(() => count(1.5, 'person')).toThrow(/Số lượng 1.5 phải là số nguyên không âm/);
  });
});

describe('Ratio construction errors', () => {
  it('names the text that is not a dot decimal, and unsafe integers', () => {
    expect(() => ratio('17,16')).toThrow(/"17,16" is not a decimal number written with '.'/);
    expect(() => ratio(0.5)).toThrow(/0.5 is not a safe integer/);
    expect(() => ratio(1, 0)).toThrow(/The denominator is zero/);
  });
});

describe('formatting hand-built quantities uses the defaults', () => {
  it('formatMoney without a written scale picks one; formatCount and formatPercent without decimals use 0 and 2', () => {
    expect(formatMoney(bare(parseQuantity('1,42 tỷ đồng')))).toBe('1,42 tỷ đồng');
    expect(formatCount(bare(parseQuantity('1.200 người')))).toBe('1.200 người');
    expect(formatPercent(bare(parseQuantity('17,1%')))).toBe('17,10%');
  });
});

describe('per-unit rates', () => {
  it('reads "/1 tỉnh", "/01 tỉnh", "/mỗi lớp", "/lớp" (seed 003: 3,17 tỷ đồng/1 tỉnh, thành phố)', () => {
    expect(parseQuantity('3,17 tỷ đồng/01 tỉnh').per).toBe('province');
    expect(parseQuantity('80 người/mỗi lớp').per).toBe('class');
    expect(parseQuantity('80 người/lớp').per).toBe('class');
    expect(() => parseQuantity('80/lớp người')).toThrow(/unknown unit/);
  });
});

describe('MONEY_SCALES', () => {
  it('gives the power of ten of each scale word and is frozen', () => {
    expect(MONEY_SCALES['tỷ'].exponent).toBe(9);
    expect(MONEY_SCALES['triệu'].exponent).toBe(6);
    expect(MONEY_SCALES['nghìn tỷ'].label.en).toBe('trillion');
    expect(Object.isFrozen(MONEY_SCALES['tỷ'])).toBe(true);
  });
});

describe('COUNT_UNITS', () => {
  it('is deeply frozen and has an English singular for each unit', () => {
    expect(Object.isFrozen(COUNT_UNITS.person)).toBe(true);
    expect(Object.isFrozen(COUNT_UNITS.person.vi)).toBe(true);
    expect(COUNT_UNITS.establishment.vi).toContain('cơ sở công nghiệp nông thôn');
    for (const def of Object.values(COUNT_UNITS)) expect(def.one.length).toBeGreaterThan(0);
  });
});
