import { describe, expect, it } from 'vitest';
import { findProvince, foldProvinceName, type FindProvinceResult } from '../../src/geo/index.js';

const code = (r: FindProvinceResult): string => (r.ok ? r.value.province.code : `none:${r.reason.code}`);
const SEED_DATE = '2014-05-29'; // seed 003, Báo Công Thương 29/05/2014
const NOW = '2026-01-01';

describe('findProvince: the province names of the seeds', () => {
  it.each([
    ['Bạc Liêu', '95', '2019-03-28'], // seed 000
    ['Bình Dương', '74', '2021-11-25'], // seed 001
    ['Lạng Sơn', '20', '2017-06-01'], // seed 002
    ['Bà Rịa – Vũng Tàu', '77', '2023-04-13'], // seed 004, written with an en-dash
    ['Bình Thuận', '60', SEED_DATE], // seed 003 list
    ['Cà Mau', '96', SEED_DATE],
    ['Cần Thơ', '92', SEED_DATE],
    ['Bến Tre', '83', SEED_DATE],
    ['Vĩnh Long', '86', SEED_DATE],
    ['Trà Vinh', '84', SEED_DATE],
    ['Hậu Giang', '93', SEED_DATE],
    ['Long An', '80', SEED_DATE],
    ['Đồng Tháp', '87', SEED_DATE],
  ])('%s on its article date is %s', (name, expected, at) => {
    const r = findProvince(name, { at });
    expect(code(r)).toBe(expected);
    expect(r.ok && r.value.province.era).toBe('legacy');
    expect(r.ok && r.value.matchedBy).toBe('name');
  });

  it('finds Bà Rịa – Vũng Tàu on 2022-12-31 (the TSDoc example)', () => {
    const r = findProvince('Bà Rịa – Vũng Tàu', { at: '2022-12-31' });
    expect(r.ok && `${r.value.province.code} ${r.value.province.officialName}`).toBe('77 Tỉnh Bà Rịa - Vũng Tàu');
  });

  it('finds the merged names on the current map with the unit that absorbed them named as suggestion', () => {
    const r = findProvince('Bạc Liêu', { at: '2025-07-01' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.code).toBe('not-valid-at-date');
    expect(r.suggestions.map((s) => `${s.code} ${s.officialName}`)).toEqual(['96 Tỉnh Cà Mau']);
    expect(r.reason.message).toEqual({
      vi: '"Bạc Liêu" là Tỉnh Bạc Liêu, có hiệu lực từ 2008-08-01 đến 2025-06-30, không phải vào ngày 2025-07-01.',
      en: '"Bạc Liêu" is Tỉnh Bạc Liêu, valid from 2008-08-01 to 2025-06-30, not on 2025-07-01.',
    });
    const bd = findProvince('Bình Dương', { at: NOW });
    expect(!bd.ok && bd.suggestions.map((s) => s.englishName)).toEqual(['Ho Chi Minh City']);
    const brvt = findProvince('Bà Rịa – Vũng Tàu', { at: NOW });
    expect(!brvt.ok && brvt.suggestions.map((s) => s.code)).toEqual(['79']);
    expect(code(findProvince('Đồng Tháp', { at: NOW }))).toBe('82'); // the new Đồng Tháp keeps Tiền Giang's code
    expect(code(findProvince('Lạng Sơn', { at: NOW }))).toBe('20');
    expect(code(findProvince('Cà Mau', { at: NOW }))).toBe('96');
    expect(code(findProvince('Cần Thơ', { at: NOW }))).toBe('92');
  });

  it('does not take "TX.Bến Cát" (a town of Bình Dương, seed 001) for a province', () => {
    const r = findProvince('TX.Bến Cát', { at: '2021-11-25' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.code).toBe('not-a-province');
    expect(r.suggestions).toEqual([]);
    expect(r.reason.message).toEqual({
      vi: '"TX.Bến Cát" là tên đơn vị cấp dưới (thị xã), không phải tỉnh, thành phố trực thuộc trung ương.',
      en: '"TX.Bến Cát" names a lower-level unit (town (thị xã)), not a province or centrally-run city.',
    });
    expect(code(findProvince('Thị xã Bến Cát', { at: '2021-11-25' }))).toBe('none:not-a-province');
    expect(code(findProvince('huyện Côn Đảo', { at: '2021-11-25' }))).toBe('none:not-a-province');
    expect(code(findProvince('Bến Cát', { at: '2021-11-25' }))).toBe('none:no-match');
    expect(code(findProvince('TP. Thủ Dầu Một', { at: '2021-11-25' }))).toBe('none:no-match');
  });
});

describe('findProvince: spellings, prefixes and abbreviations', () => {
  it.each([
    ['TP HCM', '79'],
    ['TP.HCM', '79'],
    ['TPHCM', '79'],
    ['HCM', '79'],
    ['HCMC', '79'],
    ['Sài Gòn', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['TP. Hồ Chí Minh', '79'],
    ['Ho Chi Minh City', '79'],
    ['BR-VT', '77'],
    ['BRVT', '77'],
    ['Bà Rịa - Vũng Tàu', '77'],
    ['Bà Rịa–Vũng Tàu', '77'],
    ['Bà Rịa — Vũng Tàu', '77'],
    ['ba ria vung tau', '77'],
    ['TT Huế', '46'],
    ['TT-Huế', '46'],
    ['Thừa Thiên - Huế', '46'],
    ['Huế', '46'],
    ['Đắk Lắk', '66'],
    ['Đăk Lăk', '66'],
    ['Dak Lak', '66'],
    ['DakLak', '66'],
    ['Đắc Lắc', '66'],
    ['Đắk Nông', '67'],
    ['Dak Nong', '67'],
    ['Khánh Hoà', '56'],
    ['Khánh Hòa', '56'],
    ['Hoà Bình', '17'],
    ['Thanh Hoá', '38'],
    ['Bắc Cạn', '06'],
    ['Kontum', '62'],
    ['tỉnh bạc liêu', '95'],
    ['TỈNH BẠC LIÊU', '95'],
    ['Bac Lieu Province', '95'],
    ['  Bạc Liêu  ', '95'],
    ['Hanoi', '01'],
    ['Haiphong', '31'],
    ['T.P. Cần Thơ', '92'],
  ])('"%s" on 2020-01-01 is %s', (text, expected) => {
    expect(code(findProvince(text, { at: '2020-01-01' }))).toBe(expected);
  });

  it('reads Thừa Thiên Huế and Huế on both sides of 2025-01-01 and on the current map', () => {
    for (const at of ['2024-12-31', '2025-01-01', NOW]) expect(code(findProvince('Thừa Thiên Huế', { at }))).toBe('46');
    for (const at of ['2025-01-01', NOW]) expect(code(findProvince('Thành phố Huế', { at }))).toBe('46');
    // Before 2025 "Thành phố Huế" was the city inside the province: not the provincial unit, which is suggested.
    const city = findProvince('Thành phố Huế', { at: '2024-12-31' });
    expect(!city.ok && city.reason.code).toBe('not-valid-at-date');
    expect(!city.ok && city.suggestions.map((s) => s.officialName)).toEqual(['Tỉnh Thừa Thiên Huế']);
    expect(!city.ok && city.reason.message.en).toBe(
      '"Thành phố Huế" is Thành phố Huế, valid from 2025-01-01 to the present, not on 2024-12-31.',
    );
    const before = findProvince('Huế', { at: '2024-12-31' });
    expect(before.ok && before.value.province.officialName).toBe('Tỉnh Thừa Thiên Huế');
    const after = findProvince('Huế', { at: '2025-01-01' });
    expect(after.ok && after.value.province.officialName).toBe('Thành phố Huế');
    expect(after.ok && after.value.province.era).toBe('legacy');
    const now = findProvince('TT Huế', { at: NOW });
    expect(now.ok && now.value.province.era).toBe('current');
  });

  it('finds by code, zero-padding one digit', () => {
    const r = findProvince('95', { at: '2018-01-01' });
    expect(r.ok && r.value.province.shortName).toBe('Bạc Liêu');
    expect(r.ok && r.value.matchedBy).toBe('code');
    expect(code(findProvince('1', { at: NOW }))).toBe('01');
    expect(code(findProvince('82', { at: '2018-01-01' }))).toBe('82');
    const tg = findProvince('82', { at: '2018-01-01' });
    expect(tg.ok && tg.value.province.shortName).toBe('Tiền Giang');
    const dt = findProvince('82', { at: NOW });
    expect(dt.ok && dt.value.province.shortName).toBe('Đồng Tháp');
    const old = findProvince('95', { at: NOW });
    expect(!old.ok && old.reason.code).toBe('not-valid-at-date');
    expect(!old.ok && old.suggestions.map((s) => s.code)).toEqual(['96']);
    expect(code(findProvince('28', { at: '2018-01-01' }))).toBe('none:no-match'); // Hà Tây, before coverage
  });

  it('suggests close spellings for a typo, and nothing for an unrelated text', () => {
    const r = findProvince('Bac Lieuu', { at: '2020-01-01' });
    expect(!r.ok && r.reason.code).toBe('no-match');
    expect(!r.ok && r.suggestions.map((s) => s.code)).toEqual(['95']);
    const n = findProvince('Tokyo', { at: '2020-01-01' });
    expect(!n.ok && n.suggestions).toEqual([]);
    expect(!n.ok && n.reason.message).toEqual({
      vi: 'Không tìm thấy tỉnh, thành phố nào khớp với "Tokyo".',
      en: 'No province or municipality matches "Tokyo".',
    });
    // Closest first, ties by code: Quảng Nam (1 edit), then Quảng Ninh and Quảng Ngãi (2 edits).
    const q = findProvince('Quang Nan', { at: '2020-01-01' });
    expect(!q.ok && q.suggestions.map((s) => s.code)).toEqual(['49', '22', '51']);
    const short = findProvince('Hue x', { at: '2020-01-01' });
    expect(!short.ok && short.suggestions.map((s) => s.code)).toEqual(['46']);
  });

  it('answers dates before 2008-08-01 explicitly, and throws on malformed dates', () => {
    const r = findProvince('Hà Nội', { at: '2005-01-01' });
    expect(!r.ok && r.reason.code).toBe('date-out-of-coverage');
    expect(() => findProvince('Hà Nội', { at: '2025-13-01' })).toThrow(/2025-13-01/);
    // A JavaScript caller passing a non-string gets the same bilingual error, not a crash.
    expect(() => findProvince('Hà Nội', { at: 20250701 as unknown as string })).toThrow(
      'at: Ngày 20250701 không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD, từ 1900-01-01 đến 2999-12-31. / Invalid date 20250701: expected a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2999-12-31.',
    );
  });

  it('returns frozen results', () => {
    const r = findProvince('Bạc Liêu', { at: NOW });
    expect(Object.isFrozen(r)).toBe(true);
    expect(!r.ok && Object.isFrozen(r.suggestions)).toBe(true);
  });
});

describe('foldProvinceName', () => {
  it('folds diacritics, đ, case, dashes and prefixes into comparable tokens', () => {
    expect(foldProvinceName('Tỉnh Bà Rịa – Vũng Tàu')).toBe('tinh ba ria vung tau');
    expect(foldProvinceName('Đắk Lắk')).toBe(foldProvinceName('Đăk Lăk'));
    expect(foldProvinceName('Khánh Hoà')).toBe(foldProvinceName('Khánh Hòa'));
    expect(foldProvinceName('TP.HCM')).toBe('tp hcm');
  });
});
