import { describe, expect, it } from 'vitest';
import { count, money, ratio, sumMoney } from '../../src/index.js';
import { restateToCurrentMap, restateToLegacyMap, type SeriesByProvince } from '../../src/geo/index.js';

const TY = 1_000_000_000;

describe('restateToCurrentMap: the seeds onto the 34-unit map', () => {
  it('moves Bạc Liêu 2014–2018 approved funding (seed 000) to Cà Mau with the same total', () => {
    // Treated as one period total, as published: 6,979 tỷ = local 2,959 + national 4,020.
    const r = restateToCurrentMap({ '95': { '2014–2018': money(6_979_000_000) } });
    expect(r.byProvince['96']?.['2014-2018']).toEqual(money(6_979_000_000));
    // Bạc Liêu alone is part of today's Cà Mau: the old Cà Mau (96) did not report, so the value is partial
    expect(r.values).toEqual([
      { code: '96', period: '2014-2018', value: money(6_979_000_000), from: ['95'], coverage: 'partial', missing: ['96'] },
    ]);
    expect(r.notRestated).toEqual([]);
    expect(r.warnings.map((w) => [w.kind, w.code, w.period])).toEqual([['partial-coverage', '96', '2014-2018']]);
    expect(r.completeByProvince['96']?.['2014-2018']).toBeNull();
    // The two sources restate separately to the same parts.
    const local = restateToCurrentMap({ '95': { '2014-2018': money(2_959_000_000) } });
    const national = restateToCurrentMap({ '95': { '2014-2018': money(4_020_000_000) } });
    const parts = [local.byProvince['96']?.['2014-2018'], national.byProvince['96']?.['2014-2018']];
    expect(sumMoney(parts.map((m) => m ?? money(0))).dong).toBe(6_979_000_000);
  });

  it('moves Bà Rịa – Vũng Tàu 2022 results (seed 004) and Bình Dương targets (seed 001) to Hồ Chí Minh City', () => {
    const trainees: SeriesByProvince<ReturnType<typeof count>> = {
      '77': { '2022': count(100, 'trainee') }, // 3 capacity classes, 100 trainees
      '74': { '2021-2025': count(1600, 'person') }, // 20 classes for 1,600 people
    };
    const r = restateToCurrentMap(trainees);
    expect(r.byProvince['79']).toEqual({ '2022': count(100, 'trainee'), '2021-2025': count(1600, 'person') });
    expect(r.values.map((v) => [v.code, v.period, v.from])).toEqual([
      ['79', '2021-2025', ['74']],
      ['79', '2022', ['77']],
    ]);
    const enterprises = restateToCurrentMap({ '77': { '2022': count(10, 'enterprise') } });
    expect(enterprises.byProvince['79']?.['2022']).toEqual(count(10, 'enterprise'));
  });

  it('keeps a provincial figure of an unmerged unit (Lạng Sơn 2016 local budget 1,42 tỷ, seed 002)', () => {
    const r = restateToCurrentMap({ '20': { '2016': money(1_420_000_000) } });
    expect(r.byProvince).toEqual({ '20': { '2016': money(1_420_000_000) } });
  });

  it('sums merged units exactly, period by period, never across periods', () => {
    const r = restateToCurrentMap({
      '77': { '2022': money(3 * TY), '2023': money(1) },
      '74': { '2022': money(5 * TY + 1) },
      '79': { '2022': money(7 * TY) },
      '95': { '2022': money(2) },
      '96': { '2022': money(3) },
    });
    expect(r.byProvince['79']).toEqual({ '2022': money(15 * TY + 1), '2023': money(1) });
    expect(r.byProvince['96']).toEqual({ '2022': money(5) });
    expect(r.values.find((v) => v.code === '79' && v.period === '2022')?.from).toEqual(['74', '77', '79']);
  });

  it('sums exact ratios and bigints too', () => {
    const r = restateToCurrentMap({ '83': { '2020': ratio('0.1') }, '84': { '2020': ratio('0.2') } });
    expect(r.byProvince['86']?.['2020']?.toString()).toBe('0.3');
    const b = restateToCurrentMap({ '83': { '2020': 10n }, '86': { '2020': 5n } });
    expect(b.byProvince['86']?.['2020']).toBe(15n);
  });

  it('reports, never drops, what it cannot restate', () => {
    const r = restateToCurrentMap({
      '28': { '2009': money(1) }, // Hà Tây: not a code of either map
      '95': { '2026': money(2), 'năm 2020': money(3), '2018-2014': money(4), '2007': money(5), '2006-2010': money(6) },
    });
    expect(r.values).toEqual([]);
    expect(r.notRestated.map((n) => [n.code, n.period, n.reason])).toEqual([
      ['28', '2009', 'unknown-code'],
      ['95', '2006-2010', 'before-coverage'],
      ['95', '2007', 'before-coverage'],
      ['95', '2018-2014', 'bad-period'],
      ['95', '2026', 'code-ended'],
      ['95', 'năm 2020', 'bad-period'],
    ]);
    expect(r.notRestated.find((n) => n.reason === 'code-ended')?.message).toEqual({
      vi: 'Mã 95 (Tỉnh Bạc Liêu) đã hết hiệu lực từ 01/7/2025 nhưng có số liệu kỳ 2026: kiểm tra lại mã (đơn vị kế thừa: 96).',
      en: 'The code 95 (Tỉnh Bạc Liêu) ended on 2025-06-30 but carries a value for 2026: check the code (successor: 96).',
    });
    expect(r.notRestated[0]?.message.en).toBe('The province code "28" is not in the registry: it cannot be restated.');
    expect(r.notRestated.find((n) => n.reason === 'bad-period')?.message.vi).toBe(
      'Kỳ "2018-2014" không hợp lệ: cần năm "YYYY" hoặc giai đoạn "YYYY-YYYY".',
    );
    expect(r.notRestated.find((n) => n.reason === 'before-coverage')?.message.en).toBe(
      'The period 2006-2010 starts before 2008 (before Hà Tây joined Hà Nội): other boundaries, not restated.',
    );
  });

  it('accepts an old code for 2025 and for plans that span the cut-over (Bạc Liêu targets 2021–2030, seed 000)', () => {
    const r = restateToCurrentMap({ '95': { '2025': money(1), '2021-2030': money(2) } });
    expect(r.byProvince['96']).toEqual({ '2025': money(1), '2021-2030': money(2) });
    // both periods begin before the reorganisation: without the old Cà Mau they are partial
    expect(r.warnings.map((w) => w.kind)).toEqual(['partial-coverage', 'partial-coverage']);
    expect(r.warnings.filter((w) => w.kind === 'straddles-cutover')).toEqual([]);
  });

  it('warns of possible double counting when 2025 values come under both old and merged codes', () => {
    const r = restateToCurrentMap({ '95': { '2025': money(1) }, '96': { '2025': money(2) } });
    expect(r.byProvince['96']?.['2025']).toEqual(money(3));
    expect(r.warnings).toEqual([
      {
        code: '96',
        period: '2025',
        kind: 'straddles-cutover',
        message: {
          vi: 'Kỳ 2025 vắt qua ngày 01/7/2025 và 96 nhận số liệu của cả mã cũ lẫn mã mới (95, 96): có thể bị tính trùng.',
          en: 'The period 2025 spans 2025-07-01 and 96 receives values under both old and new codes (95, 96): possible double counting.',
        },
      },
    ]);
  });

  it('refuses to add values of different kinds and says which', () => {
    const r = restateToCurrentMap<ReturnType<typeof money> | ReturnType<typeof count>>({
      '95': { '2020': money(1) },
      '96': { '2020': count(1, 'person') },
      '83': { '2020': count(1, 'person') },
      '84': { '2020': count(2, 'trainee') },
    });
    expect(r.values).toEqual([]);
    expect(r.notRestated.map((n) => [n.code, n.reason])).toEqual([
      ['83', 'incompatible-values'],
      ['84', 'incompatible-values'],
      ['95', 'incompatible-values'],
      ['96', 'incompatible-values'],
    ]);
    expect(r.notRestated[2]?.message.en).toBe(
      'The values summed into 96 for 2020 are not of one kind (money, counts of one unit, ratios): they cannot be added.',
    );
  });

  it('does not mutate its input and freezes its output', () => {
    const input = { '95': { '2020': money(1) } };
    const copy = structuredClone(input);
    const r = restateToCurrentMap(input);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.byProvince['96'])).toBe(true);
    expect(Object.isFrozen(r.values[0])).toBe(true);
  });
});

describe('restateToLegacyMap: no invented split', () => {
  it('carries unchanged units back and refuses merged ones (the TSDoc example)', () => {
    const r = restateToLegacyMap({ '20': { '2026': money(1_000) }, '96': { '2026': money(2_000) } });
    expect(r.values).toEqual([{ code: '20', period: '2026', value: money(1_000) }]);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]?.reason).toBe('split-not-defined');
    expect(r.refused[0]?.predecessors).toEqual(['95', '96']);
    expect(r.refused[0]?.message).toEqual({
      vi: 'Không chia được số liệu của 96 (Tỉnh Cà Mau) cho các tỉnh cũ (95 Bạc Liêu, 96 Cà Mau): Nghị quyết 202/2025/QH15 nhập nguyên trạng, không có tỷ lệ phân chia số tiền.',
      en: 'The value of 96 (Tỉnh Cà Mau) cannot be split among the old units (95 Bạc Liêu, 96 Cà Mau): NQ 202/2025/QH15 merged them whole and gives no key to divide amounts.',
    });
  });

  it('refuses Hồ Chí Minh City into Bà Rịa – Vũng Tàu, Bình Dương and the old city', () => {
    const r = restateToLegacyMap({ '79': { '2026': money(9) } });
    expect(r.values).toEqual([]);
    expect(r.refused[0]?.predecessors).toEqual(['77', '74', '79']);
  });

  it('reports unknown codes and bad periods', () => {
    const r = restateToLegacyMap({ '95': { '2026': money(1) }, '46': { 'x': money(2) } });
    expect(r.refused.map((f) => [f.code, f.reason])).toEqual([
      ['46', 'bad-period'],
      ['95', 'unknown-code'],
    ]);
  });
});
