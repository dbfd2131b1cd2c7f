import { describe, expect, it } from 'vitest';
import {
  CURRENT_PROVINCE_CODES,
  GEO_SOURCES,
  isCurrentProvinceCode,
  isLegacyProvinceCode,
  LEGACY_PROVINCE_CODES,
  listProvinces,
  parseProvinceCode,
  predecessorsOf,
  successorOf,
  type CurrentProvince,
} from '../../src/geo/index.js';
import { CURRENT_PROVINCE_DATA, LEGACY_PROVINCE_DATA } from '../../src/geo/provinceData.js';

const cur = (c: string) => parseProvinceCode(c, { era: 'current' });
const leg = (c: string) => parseProvinceCode(c, { era: 'legacy' });

// Nghị quyết 202/2025/QH15 as listed in the appendix of 60-NQ/TW (section II, items 1–23), with the seat
// ("trung tâm chính trị - hành chính đặt tại …") and the code of Công văn 915/CTK-CSCL. Written out by hand
// from the sources, independently of the data module.
const MERGES: readonly (readonly [item: number, code: string, name: string, members: readonly string[], seat: string])[] = [
  [1, '08', 'Tuyên Quang', ['Tuyên Quang', 'Hà Giang'], 'Tuyên Quang'],
  [2, '15', 'Lào Cai', ['Lào Cai', 'Yên Bái'], 'Yên Bái'],
  [3, '19', 'Thái Nguyên', ['Bắc Kạn', 'Thái Nguyên'], 'Thái Nguyên'],
  [4, '25', 'Phú Thọ', ['Vĩnh Phúc', 'Phú Thọ', 'Hòa Bình'], 'Phú Thọ'],
  [5, '24', 'Bắc Ninh', ['Bắc Ninh', 'Bắc Giang'], 'Bắc Giang'],
  [6, '33', 'Hưng Yên', ['Hưng Yên', 'Thái Bình'], 'Hưng Yên'],
  [7, '31', 'Hải Phòng', ['Hải Dương', 'Hải Phòng'], 'Hải Phòng'],
  [8, '37', 'Ninh Bình', ['Hà Nam', 'Ninh Bình', 'Nam Định'], 'Ninh Bình'],
  [9, '44', 'Quảng Trị', ['Quảng Bình', 'Quảng Trị'], 'Quảng Bình'],
  [10, '48', 'Đà Nẵng', ['Quảng Nam', 'Đà Nẵng'], 'Đà Nẵng'],
  [11, '51', 'Quảng Ngãi', ['Kon Tum', 'Quảng Ngãi'], 'Quảng Ngãi'],
  [12, '52', 'Gia Lai', ['Gia Lai', 'Bình Định'], 'Bình Định'],
  [13, '56', 'Khánh Hòa', ['Ninh Thuận', 'Khánh Hòa'], 'Khánh Hòa'],
  [14, '68', 'Lâm Đồng', ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'], 'Lâm Đồng'],
  [15, '66', 'Đắk Lắk', ['Đắk Lắk', 'Phú Yên'], 'Đắk Lắk'],
  [16, '79', 'Hồ Chí Minh', ['Bà Rịa - Vũng Tàu', 'Bình Dương', 'Hồ Chí Minh'], 'Hồ Chí Minh'],
  [17, '75', 'Đồng Nai', ['Đồng Nai', 'Bình Phước'], 'Đồng Nai'],
  [18, '80', 'Tây Ninh', ['Tây Ninh', 'Long An'], 'Long An'],
  [19, '92', 'Cần Thơ', ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'], 'Cần Thơ'],
  [20, '86', 'Vĩnh Long', ['Bến Tre', 'Vĩnh Long', 'Trà Vinh'], 'Vĩnh Long'],
  [21, '82', 'Đồng Tháp', ['Tiền Giang', 'Đồng Tháp'], 'Tiền Giang'],
  [22, '96', 'Cà Mau', ['Bạc Liêu', 'Cà Mau'], 'Cà Mau'],
  [23, '91', 'An Giang', ['An Giang', 'Kiên Giang'], 'Kiên Giang'],
];

// 60-NQ/TW appendix section I, codes of Công văn 915/CTK-CSCL.
const UNCHANGED: readonly (readonly [code: string, name: string])[] = [
  ['01', 'Hà Nội'],
  ['46', 'Huế'],
  ['12', 'Lai Châu'],
  ['11', 'Điện Biên'],
  ['14', 'Sơn La'],
  ['20', 'Lạng Sơn'],
  ['22', 'Quảng Ninh'],
  ['38', 'Thanh Hóa'],
  ['40', 'Nghệ An'],
  ['42', 'Hà Tĩnh'],
  ['04', 'Cao Bằng'],
];

describe('the 63-unit and 34-unit maps', () => {
  it('has 63 units on 2025-06-30 and 34 from 2025-07-01 (NQ 202/2025/QH15)', () => {
    expect(listProvinces('2008-08-01')).toHaveLength(63);
    expect(listProvinces('2025-06-30')).toHaveLength(63);
    expect(listProvinces('2025-07-01')).toHaveLength(34);
    expect(listProvinces('2030-01-01')).toHaveLength(34);
    expect(LEGACY_PROVINCE_CODES).toHaveLength(63);
    expect(CURRENT_PROVINCE_CODES).toHaveLength(34);
  });

  it('lists the 34 codes of Công văn 915/CTK-CSCL', () => {
    expect(CURRENT_PROVINCE_CODES.join(' ')).toBe(
      '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96',
    );
  });

  it('lists the 63 codes of QĐ 124/2004/QĐ-TTg, Hà Nội 01 … Cà Mau 96', () => {
    expect(LEGACY_PROVINCE_CODES.join(' ')).toBe(
      '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96',
    );
    expect(listProvinces('2020-01-01')[0]?.officialName).toBe('Thành phố Hà Nội');
    expect(listProvinces('2020-01-01')[62]?.officialName).toBe('Tỉnh Cà Mau');
  });

  it('has 28 provinces and 6 municipalities from 2025-07-01', () => {
    const now = listProvinces('2025-07-01');
    expect(now.filter((p) => p.kind === 'municipality').map((p) => p.shortName)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
    expect(now.filter((p) => p.kind === 'province')).toHaveLength(28);
  });

  it('has 5 municipalities until 2024 and 6 in the first half of 2025', () => {
    expect(listProvinces('2024-12-31').filter((p) => p.kind === 'municipality')).toHaveLength(5);
    expect(listProvinces('2025-01-01').filter((p) => p.kind === 'municipality')).toHaveLength(6);
  });
});

describe('Thừa Thiên Huế → Thành phố Huế on 2025-01-01 (NQ 175/2024/QH15)', () => {
  it('is the province Thừa Thiên Huế on 2024-12-31', () => {
    const hue = listProvinces('2024-12-31').find((p) => p.code === '46');
    expect(hue?.officialName).toBe('Tỉnh Thừa Thiên Huế');
    expect(hue?.kind).toBe('province');
    expect(hue?.englishName).toBe('Thua Thien Hue Province');
    expect(hue?.validTo).toBe('2024-12-31');
  });

  it('is the municipality Thành phố Huế on 2025-01-01, same code and successor', () => {
    const hue = listProvinces('2025-01-01').find((p) => p.code === '46');
    expect(hue?.officialName).toBe('Thành phố Huế');
    expect(hue?.kind).toBe('municipality');
    expect(hue?.validFrom).toBe('2025-01-01');
    expect(hue?.validTo).toBe('2025-06-30');
    expect(successorOf(leg('46')).officialName).toBe('Thành phố Huế');
  });
});

describe('every merge of Nghị quyết 202/2025/QH15', () => {
  it.each(MERGES)('item %i: %s %s = %j (seat %s)', (_item, code, name, members, seat) => {
    const unit = listProvinces('2025-07-01').find((p) => p.code === code) as CurrentProvince;
    expect(unit.shortName).toBe(name);
    expect(unit.merged).toBe(true);
    expect(predecessorsOf(cur(code)).map((p) => p.shortName).sort()).toEqual([...members].sort());
    // The seat rule: the new unit keeps the code of the old unit that hosts its seat.
    const seatUnit = predecessorsOf(cur(code)).find((p) => p.shortName === seat);
    expect(seatUnit?.code).toBe(code);
    expect(unit.seat).toBe(code);
    for (const p of predecessorsOf(cur(code))) expect(successorOf(p.code).code).toBe(code);
  });

  it.each(UNCHANGED)('unchanged: %s %s', (code, name) => {
    const preds = predecessorsOf(cur(code));
    expect(preds).toHaveLength(1);
    expect(preds[0]?.code).toBe(code);
    expect(successorOf(leg(code)).shortName).toBe(name);
    expect(successorOf(leg(code)).merged).toBe(false);
  });

  it('lists predecessors in the order of the resolution (the TSDoc example)', () => {
    expect(predecessorsOf(cur('79')).map((p) => p.shortName)).toEqual(['Bà Rịa - Vũng Tàu', 'Bình Dương', 'Hồ Chí Minh']);
    expect(successorOf(leg('95')).shortName).toBe('Cà Mau');
  });

  it('accounts for all 63 old units exactly once: 23 merged units from 52 old, 11 unchanged', () => {
    const all = CURRENT_PROVINCE_CODES.flatMap((c) => predecessorsOf(c).map((p) => p.code));
    expect(all).toHaveLength(63);
    expect(new Set(all).size).toBe(63);
    expect(MERGES.flatMap((m) => m[3])).toHaveLength(52);
    expect(MERGES.length + UNCHANGED.length).toBe(34);
  });

  it('keeps the seat code, not the name-giver: Đồng Tháp is 82 (Tiền Giang), not 87', () => {
    expect(successorOf(leg('87')).code).toBe('82');
    expect(successorOf(leg('87')).shortName).toBe('Đồng Tháp');
    expect(isCurrentProvinceCode('87')).toBe(false);
    // Likewise Lào Cai 15 (Yên Bái), Bắc Ninh 24 (Bắc Giang), Quảng Trị 44 (Quảng Bình), Gia Lai 52 (Bình Định),
    // Tây Ninh 80 (Long An), An Giang 91 (Kiên Giang).
    expect(['10', '27', '45', '64', '72', '89'].map((c) => successorOf(leg(c)).code)).toEqual(['15', '24', '44', '52', '80', '91']);
  });

  it('never reuses a code: every current code is the code of one of its own predecessors', () => {
    for (const c of CURRENT_PROVINCE_CODES) {
      expect(predecessorsOf(c).filter((p) => (p.code as string) === (c as string))).toHaveLength(1);
      expect(isLegacyProvinceCode(c)).toBe(true);
    }
  });

  it('answers the seeds: Bạc Liêu → Cà Mau, Bình Dương and Bà Rịa – Vũng Tàu → Hồ Chí Minh, Lạng Sơn unchanged', () => {
    expect(successorOf(leg('95')).officialName).toBe('Tỉnh Cà Mau');
    expect(successorOf(leg('74')).officialName).toBe('Thành phố Hồ Chí Minh');
    expect(successorOf(leg('77')).englishName).toBe('Ho Chi Minh City');
    expect(successorOf(leg('20')).officialName).toBe('Tỉnh Lạng Sơn');
  });
});

describe('regions of NQ 81/2023/QH15', () => {
  it('puts Quảng Ninh in Đồng bằng sông Hồng (not the 8-region Đông Bắc)', () => {
    const qn = listProvinces('2020-01-01').find((p) => p.code === '22');
    expect(qn?.region).toEqual({ assigned: true, region: 'red-river-delta', basis: 'NQ-81-2023-QH15' });
  });

  it('assigns a current unit only when its predecessors share a region', () => {
    const now = listProvinces('2025-07-01');
    const camau = now.find((p) => p.code === '96');
    expect(camau?.region).toEqual({ assigned: true, region: 'mekong-river-delta', basis: 'all-predecessors' });
    const lamdong = now.find((p) => p.code === '68');
    expect(lamdong?.region).toEqual({
      assigned: false,
      reason: 'cross-region-merger',
      predecessorRegions: ['north-central-and-central-coast', 'central-highlands'],
    });
    expect(now.filter((p) => !p.region.assigned).map((p) => p.shortName)).toEqual([
      'Bắc Ninh',
      'Phú Thọ',
      'Quảng Ngãi',
      'Gia Lai',
      'Đắk Lắk',
      'Lâm Đồng',
      'Tây Ninh',
    ]);
  });
});

describe('immutability', () => {
  it('freezes the data, the views and the lists', () => {
    expect(Object.isFrozen(LEGACY_PROVINCE_DATA)).toBe(true);
    expect(Object.isFrozen(LEGACY_PROVINCE_DATA[0]?.periods[0])).toBe(true);
    expect(Object.isFrozen(CURRENT_PROVINCE_DATA[20]?.predecessors)).toBe(true);
    expect(Object.isFrozen(GEO_SOURCES['CV-915-CTK-CSCL'])).toBe(true);
    const list = listProvinces('2026-01-01');
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(Object.isFrozen(list[0]?.region)).toBe(true);
    expect(() => {
      (list[0] as { shortName: string }).shortName = 'x';
    }).toThrow(TypeError);
  });

  it('cites a source for every unit', () => {
    for (const p of [...listProvinces('2020-01-01'), ...listProvinces('2026-01-01')]) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(GEO_SOURCES[s].id).toBe(s);
    }
  });
});

describe('listProvinces errors', () => {
  it('refuses dates before 2008-08-01 (Hà Tây) and malformed dates, in both languages', () => {
    expect(() => listProvinces('2008-07-31')).toThrow(
      'Ngày 2008-07-31 nằm trước phạm vi danh mục (từ 01/8/2008, khi Hà Tây hợp nhất vào Hà Nội). / The date 2008-07-31 is before the registry\'s coverage (from 2008-08-01, when Hà Tây joined Hà Nội).',
    );
    expect(() => listProvinces('2025-02-30')).toThrow(
      'at: Ngày "2025-02-30" không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD, từ 1900-01-01 đến 2999-12-31. / Invalid date "2025-02-30": expected a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2999-12-31.',
    );
    expect(() => listProvinces('1/7/2025')).toThrow(/YYYY-MM-DD/);
    expect(listProvinces('2024-02-29')).toHaveLength(63);
    expect(() => listProvinces('2023-02-29')).toThrow(/2023-02-29/);
    expect(() => listProvinces('2100-02-29')).toThrow(/2100-02-29/);
    expect(listProvinces('2400-02-29')).toHaveLength(34);
  });
});
