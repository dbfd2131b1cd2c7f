import { describe, expect, it } from 'vitest';
import { foldProvinceName, parseProvinceCode, predecessorsOf, successorOf } from '../../src/index.js';
import { any, issueOf } from '../reliability/guards.js';

describe('geo functions with branded or string arguments check them at entry (issue 14 sweep: TypeError before)', () => {
  it('successorOf and predecessorsOf: geo.code-unknown for anything but a code of their map', () => {
    for (const bad of [undefined, null, 95, '', '00', {}, ['95']]) {
      expect(issueOf(() => successorOf(any(bad)))).toEqual(['geo.code-unknown', ['code']]);
      expect(issueOf(() => predecessorsOf(any(bad)))).toEqual(['geo.code-unknown', ['code']]);
    }
    // Bạc Liêu (95) is part of Cà Mau (96) from 2025-07-01 (NQ 202/2025/QH15): 95 is not a current code.
    expect(issueOf(() => predecessorsOf(any('95')))).toEqual(['geo.code-unknown', ['code']]);
    expect(successorOf(parseProvinceCode('95', { era: 'legacy' })).shortName).toBe('Cà Mau');
    expect(predecessorsOf(parseProvinceCode('79', { era: 'current' })).map((p) => p.shortName)).toEqual(['Bà Rịa - Vũng Tàu', 'Bình Dương', 'Hồ Chí Minh']);
  });

  it('foldProvinceName: geo.text-invalid for a value that is not a string', () => {
    for (const bad of [undefined, null, 0, {}, ['Hà Nội']]) expect(issueOf(() => foldProvinceName(any(bad)))).toEqual(['geo.text-invalid', ['input']]);
    expect(foldProvinceName('Tỉnh Bà Rịa – Vũng Tàu')).toBe('tinh ba ria vung tau');
  });
});
