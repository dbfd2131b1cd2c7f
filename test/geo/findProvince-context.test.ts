import { describe, expect, it } from 'vitest';
import { findProvince, type FindProvinceResult } from '../../src/geo/index.js';

const code = (r: FindProvinceResult): string | undefined => (r.ok ? r.value.province.code : undefined);

describe('findProvince: provinces in context (issue 14)', () => {
  it('a city of a province is not the province: "TP Hải Dương", "thành phố Thái Nguyên", "TP Huế" before 2025', () => {
    const hd = findProvince('TP Hải Dương', { at: '2024-01-01' });
    expect(hd).toMatchObject({ ok: false, reason: { code: 'not-a-province' } });
    if (hd.ok) return;
    expect(hd.suggestions.map((p) => p.code)).toEqual(['30']);
    expect(hd.reason.message.vi).toBe('"TP Hải Dương" là thành phố thuộc Tỉnh Hải Dương, không phải đơn vị cấp tỉnh; đơn vị cấp tỉnh chứa nó là Tỉnh Hải Dương.');
    expect(hd.reason.message.en).toBe('"TP Hải Dương" is a city within Tỉnh Hải Dương, not a province or centrally-run city; the province that contains it is Tỉnh Hải Dương.');
    const tn = findProvince('thành phố Thái Nguyên', { at: '2024-01-01' });
    expect(!tn.ok && [tn.reason.code, tn.suggestions.map((p) => p.code)]).toEqual(['not-a-province', ['19']]);
    // after the 2025 merger Thái Nguyên city lies in the new Thái Nguyên province (19)
    const tn2 = findProvince('TP. Thái Nguyên', { at: '2025-07-01' });
    expect(!tn2.ok && [tn2.reason.code, tn2.suggestions.map((p) => `${p.era} ${p.code}`)]).toEqual(['not-a-province', ['current 19']]);
    const hue = findProvince('TP Huế', { at: '2024-12-31' });
    expect(!hue.ok && [hue.reason.code, hue.suggestions.map((p) => p.officialName)]).toEqual(['not-a-province', ['Tỉnh Thừa Thiên Huế']]);
    // the names without "TP" still name the provinces
    expect(code(findProvince('Hải Dương', { at: '2024-01-01' }))).toBe('30');
    expect(code(findProvince('tỉnh Thái Nguyên', { at: '2024-01-01' }))).toBe('19');
  });

  it('the centrally-run cities written as cities are found, Huế from 2025-01-01 (dated)', () => {
    for (const [t, c] of [
      ['Thành phố Hồ Chí Minh', '79'],
      ['TP Hà Nội', '01'],
      ['TP Đà Nẵng', '48'],
      ['TP Cần Thơ', '92'],
      ['TP Hải Phòng', '31'],
      ['TP. Hồ Chí Minh', '79'],
    ] as const) {
      expect(code(findProvince(t, { at: '2024-01-01' }))).toBe(c);
      expect(code(findProvince(t, { at: '2025-07-01' }))).toBe(c);
    }
    expect(code(findProvince('Thành phố Huế', { at: '2025-01-01' }))).toBe('46');
    expect(findProvince('Thành phố Huế', { at: '2024-12-31' })).toMatchObject({ ok: false, reason: { code: 'not-valid-at-date' } });
  });

  it('strips the names of provincial bodies: "UBND tỉnh Quảng Trị", "Sở Công Thương tỉnh Bắc Ninh"', () => {
    expect(code(findProvince('UBND tỉnh Quảng Trị', { at: '2024-01-01' }))).toBe('45');
    expect(code(findProvince('Ủy ban nhân dân tỉnh Quảng Trị', { at: '2024-01-01' }))).toBe('45');
    expect(code(findProvince('Sở Công Thương tỉnh Bắc Ninh', { at: '2024-01-01' }))).toBe('27');
    expect(code(findProvince('UBND thành phố Hà Nội', { at: '2024-01-01' }))).toBe('01');
    expect(findProvince('UBND TP Hải Dương', { at: '2024-01-01' })).toMatchObject({ ok: false, reason: { code: 'not-a-province' } });
    // dated: Quảng Trị (with Quảng Bình) keeps its name after 2025-07-01
    expect(findProvince('UBND tỉnh Quảng Bình', { at: '2025-07-01' })).toMatchObject({ ok: false, reason: { code: 'not-valid-at-date' } });
  });
});
