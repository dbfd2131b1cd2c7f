import { describe, expect, it } from 'vitest';
import { restateToCurrentMap } from '../../src/geo/index.js';
import { money, ratio, yearOverYear } from '../../src/index.js';

const TY = 1_000_000_000;

describe('restateToCurrentMap: one canonical period per value (issue 14, restatement)', () => {
  it('"2022", "2022-2022" and " 2022" for one province are refused together, never counted three times', () => {
    const r = restateToCurrentMap({ '01': { '2022': money(TY), '2022-2022': money(TY), ' 2022': money(TY), '2023': money(2 * TY) } });
    expect(r.byProvince['01']).toEqual({ '2023': money(2 * TY) });
    expect(r.notRestated.map((n) => [n.period, n.reason])).toEqual([
      [' 2022', 'duplicate-period'],
      ['2022', 'duplicate-period'],
      ['2022-2022', 'duplicate-period'],
    ]);
    expect(r.notRestated[0]?.message.en).toBe(
      'The code 01 has several keys for the one period 2022 (" 2022", "2022", "2022-2022"): which value is right is unknown, so none is restated.',
    );
    expect(r.notRestated[0]?.message.vi).toContain('nhiều khóa cùng chỉ kỳ 2022');
  });

  it('"2014–2018" and "2014-2018" (en-dash and hyphen) are one period too; one non-canonical key alone is read', () => {
    const r = restateToCurrentMap({ '01': { '2014–2018': money(1), '2014-2018': money(2) }, '20': { ' 2016 ': money(3) } });
    expect(r.notRestated.map((n) => n.reason)).toEqual(['duplicate-period', 'duplicate-period']);
    expect(r.byProvince).toEqual({ '20': { '2016': money(3) } });
  });

  it('the same period under two old codes of one new unit is a sum, not a duplicate', () => {
    const r = restateToCurrentMap({ '74': { '2022': money(TY) }, '77': { '2022': money(TY) }, '79': { '2022': money(TY) } });
    expect(r.byProvince['79']?.['2022']).toEqual(money(3 * TY));
    expect(r.values[0]).toMatchObject({ coverage: 'complete', missing: [] });
  });
});

describe('restateToCurrentMap: partial coverage of a merged unit is flagged (issue 14, restatement)', () => {
  // Hồ Chí Minh City (79) is formed from Bà Rịa - Vũng Tàu (77), Bình Dương (74) and the old city (79).
  const series = {
    '74': { '2022': money(20 * TY), '2023': money(33 * TY) },
    '77': { '2022': money(10 * TY) },
    '79': { '2022': money(10 * TY) },
  };
  const r = restateToCurrentMap(series);

  it('Bình Dương alone in 2023 is a partial value of Hồ Chí Minh City: which units reported, which did not', () => {
    const v2023 = r.values.find((v) => v.period === '2023');
    expect(v2023).toMatchObject({ code: '79', from: ['74'], coverage: 'partial', missing: ['77', '79'] });
    expect(r.values.find((v) => v.period === '2022')).toMatchObject({ from: ['74', '77', '79'], coverage: 'complete', missing: [] });
    expect(r.warnings).toEqual([
      {
        code: '79',
        period: '2023',
        kind: 'partial-coverage',
        message: {
          vi: 'Giá trị của 79 kỳ 2023 chỉ gồm số liệu của 74 Bình Dương; thiếu 77 Bà Rịa - Vũng Tàu, 79 Hồ Chí Minh: tổng chưa đầy đủ, không so sánh được với kỳ khác.',
          en: 'The value of 79 for 2023 sums 74 Bình Dương only; 77 Bà Rịa - Vũng Tàu, 79 Hồ Chí Minh did not report: a partial total, not comparable with other periods.',
        },
      },
    ]);
  });

  it('year on year over completeByProvince is undefined for 2023, not a spurious −17.50%', () => {
    // the naive reading: 40 tỷ → 33 tỷ, −17,50%
    const naive = yearOverYear(r.byProvince['79'] ?? {}).changes[0];
    expect(naive?.percent).toEqual({ ok: true, value: ratio(-175, 1000) });
    const safe = yearOverYear(r.completeByProvince['79'] ?? {});
    expect(safe.changes[0]?.percent.ok).toBe(false);
    expect(safe.missingYears).toEqual([2023]);
  });

  it('a period after the reorganisation under the new code is complete', () => {
    const after = restateToCurrentMap({ '79': { '2026': money(TY) } });
    expect(after.values[0]).toMatchObject({ coverage: 'complete', missing: [] });
    expect(after.warnings).toEqual([]);
  });
});
