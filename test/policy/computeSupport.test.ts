import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { money } from '../../src/quantity/Money.js';
import {
  computeSupport,
  parseSupportRequest,
  safeParseSupportRequest,
  supportLevelAt,
  type SupportComputation,
} from '../../src/policy/index.js';

function computed(r: SupportComputation) {
  if (!r.ok) throw new Error(`expected computed, got ${r.reason.code}`);
  return r.value;
}
const ty = 1_000_000_000;
const TT64_WARNING =
  'This level may have been amended by Circular 64/2024/TT-BTC (its entry into force and content are unverified; warned from 2024-01-01).';
const tr = 1_000_000;

describe('computeSupport (docs/legal-sources.md, "Support levels")', () => {
  it('demo model, 5 tỷ in 2019: 30% = 1,5 tỷ, so the 1 tỷ cap of TT 28/2018 Art. 8(2) binds (S20)', () => {
    const r = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(5 * ty), at: '2019-06-01' }));
    expect(r.support.dong).toBe(1 * ty);
    expect(r.percentAmount?.dong).toBe(1_500_000_000);
    expect(r.binding).toBe('absolute-cap');
    expect(r.citation).toMatchObject({ instrument: 'TT-28-2018-BTC', article: 8, clause: 2 });
    expect(r.explanation.en).toBe(
      '30% of the eligible cost 5,000,000,000 đồng is 1,500,000,000 đồng (rounded down), above the cap of 1,000,000,000 đồng per model, so the absolute cap binds: support of at most 1,000,000,000 đồng (Circular 28/2018/TT-BTC, Art. 8(2)).',
    );
    expect(r.explanation.vi).toBe(
      '30% chi phí hợp lệ 5.000.000.000 đồng là 1.500.000.000 đồng (làm tròn xuống), vượt mức trần 1.000.000.000 đồng/mô hình, nên mức trần tuyệt đối quyết định: hỗ trợ tối đa 1.000.000.000 đồng (khoản 2 Điều 8 Thông tư 28/2018/TT-BTC).',
    );
    expect(r.warnings).toEqual([]);
  });

  it('demo model, 2 tỷ in 2019: 30% = 600 triệu binds', () => {
    const r = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2019-06-01' }));
    expect(r.support.dong).toBe(600 * tr);
    expect(r.binding).toBe('percent-cap');
    expect(r.explanation.en).toContain('so the 30% cap binds: support of at most 600,000,000 đồng');
  });

  it('demo model, 2 tỷ in 2015: the 500 triệu cap of TTLT 26/2014 binds (S25, S26)', () => {
    const r = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2015-03-01' }));
    expect(r.support.dong).toBe(500 * tr);
    expect(r.binding).toBe('absolute-cap');
    expect(r.citation.instrument).toBe('TTLT-26-2014-BTC-BCT');
    // TTLT 26/2014 Art. 6(2)(b): "tối đa 30% nhưng không quá 500 triệu đồng/mô hình".
    expect(r.explanation.en).toContain('(Joint Circular 26/2014/TTLT-BTC-BCT, Art. 6(2)(b))');
    expect(r.citation.confidence).toBe('verified-from-text');
  });

  it('machinery, 700 triệu in 2019: 50% = 350 triệu, the 300 triệu cap binds (S21, S23)', () => {
    const r = computed(computeSupport({ item: 'MACHINERY_APPLICATION', eligibleCost: money(700 * tr), at: '2019-06-01' }));
    expect(r.support.dong).toBe(300 * tr);
    expect(r.percentAmount?.dong).toBe(350 * tr);
  });

  it('enterprise founding: 10 triệu, with the difficult-area condition as a warning (S19, S25)', () => {
    const r = computed(computeSupport({ item: 'ENTERPRISE_FOUNDING', eligibleCost: money(15 * tr), at: '2019-06-01' }));
    expect(r.support.dong).toBe(10 * tr);
    expect(r.binding).toBe('absolute-cap');
    expect(r.warnings.map((w) => w.en)).toEqual([
      'Applies only in areas with difficult or extremely difficult socio-economic conditions; that condition is not checked here.',
    ]);
    expect(r.explanation.vi).toBe(
      'Chi phí hợp lệ 15.000.000 đồng vượt mức trần 10.000.000 đồng/doanh nghiệp, nên hỗ trợ tối đa 10.000.000 đồng (Điều 8 Thông tư 28/2018/TT-BTC).',
    );
  });

  it('an absolute-only cap never pays more than the cost', () => {
    const r = computed(computeSupport({ item: 'ENTERPRISE_FOUNDING', eligibleCost: money(6 * tr), at: '2019-06-01' }));
    expect(r.support.dong).toBe(6 * tr);
    expect(r.binding).toBe('cost');
    expect(r.explanation.en).toBe(
      'The eligible cost 6,000,000 đồng is within the cap of 10,000,000 đồng per enterprise, so the support is at most the cost, 6,000,000 đồng (Circular 28/2018/TT-BTC, Art. 8).',
    );
  });

  it('rounds the percentage down to the đồng', () => {
    // 30% × 1 000 001 = 300 000,3 → 300 000
    const r = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1_000_001), at: '2019-06-01' }));
    expect(r.support.dong).toBe(300_000);
  });

  it('100% fairs abroad: no absolute cap (TT 28/2018 Art. 8(6), S22)', () => {
    const r = computed(computeSupport({ item: 'FAIR_ABROAD', eligibleCost: money(800 * tr), at: '2020-01-01' }));
    expect(r.support.dong).toBe(800 * tr);
    expect(r.binding).toBe('percent-cap');
    expect(r.explanation.en).toBe(
      '100% of the eligible cost 800,000,000 đồng is 800,000,000 đồng (rounded down); there is no absolute cap, so the support is at most 800,000,000 đồng (Circular 28/2018/TT-BTC, Art. 8(6)).',
    );
    expect(r.warnings).toHaveLength(1);
  });

  it('technology line: only the 450 triệu cap, with an upper-bound warning (the % is unverified)', () => {
    const r = computed(computeSupport({ item: 'TECH_LINE_APPLICATION', eligibleCost: money(2 * ty), at: '2019-06-01' }));
    expect(r.support.dong).toBe(450 * tr);
    expect(r.level.percentCap).toBeUndefined();
    expect(r.warnings[0]?.en).toContain('percentage cap of this item is unverified');
  });

  it('answers not-modelled for a 2019 brand and a 2019 efficient-establishment model, never borrowing the TTLT 26/2014 level', () => {
    const brand = computeSupport({ item: 'BRAND_REGISTRATION', eligibleCost: money(ty), at: '2019-05-01' });
    expect(brand.ok).toBe(false);
    expect(!brand.ok && brand.reason.code).toBe('level-unknown');
    expect(!brand.ok && brand.reason.message.en).toBe(
      'No verified support level for BRAND_REGISTRATION on 2019-05-01; the library does not model it and does not borrow another period\'s level.',
    );
    const eff = computeSupport({ item: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT', eligibleCost: money(ty), at: '2019-01-01' });
    expect(eff.ok).toBe(false);
    const poll = computeSupport({ item: 'POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT', eligibleCost: money(ty), at: '2018-05-11' });
    expect(poll.ok).toBe(false);
    const before = computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(ty), at: '2014-04-07' });
    expect(before.ok).toBe(false);
  });

  it('warns after 2025-10-14 that TT 28/2018 values may be stale', () => {
    const r = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2025-10-15' }));
    expect(r.support.dong).toBe(600 * tr);
    expect(r.warnings.map((w) => w.en)).toEqual([
      'This level is confirmed only up to 2025-10-14; after that (Decree 235/2025/ND-CP in force from 2025-10-15) it may be stale.',
      TT64_WARNING,
    ]);
    const day = computed(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2025-10-14' }));
    expect(day.warnings.map((w) => w.en)).toEqual([TT64_WARNING]);
  });

  it('does not mutate its input', () => {
    const input = { item: 'MACHINERY_APPLICATION' as const, eligibleCost: money(700 * tr), at: '2019-06-01' };
    const copy = structuredClone(input);
    computeSupport(input);
    expect(input).toEqual(copy);
  });
});

describe('supportLevelAt: regime switch dates on both sides', () => {
  const cap = (item: Parameters<typeof supportLevelAt>[0], at: string) => {
    const r = supportLevelAt(item, at);
    return r.ok ? r.value.level.absoluteCap?.dong : r.reason.code;
  };
  it('2014-04-07 / 2014-04-08 (TTLT 26/2014 in force)', () => {
    expect(cap('DEMO_MODEL_NEW_TECH', '2014-04-07')).toBe('level-unknown');
    expect(cap('DEMO_MODEL_NEW_TECH', '2014-04-08')).toBe(500 * tr);
  });
  it('2018-05-10 / 2018-05-11 (TT 28/2018 replaces it)', () => {
    expect(cap('DEMO_MODEL_NEW_TECH', '2018-05-10')).toBe(500 * tr);
    expect(cap('DEMO_MODEL_NEW_TECH', '2018-05-11')).toBe(ty);
    expect(cap('MACHINERY_APPLICATION', '2018-05-10')).toBe(200 * tr);
    expect(cap('MACHINERY_APPLICATION', '2018-05-11')).toBe(300 * tr);
    expect(cap('TYPICAL_PRODUCT_SELECTION_REGIONAL', '2018-05-10')).toBe(100 * tr);
    expect(cap('TYPICAL_PRODUCT_SELECTION_REGIONAL', '2018-05-11')).toBe(200 * tr);
    expect(cap('TYPICAL_PRODUCT_SELECTION_NATIONAL', '2018-05-10')).toBe(200 * tr);
    expect(cap('TYPICAL_PRODUCT_SELECTION_NATIONAL', '2018-05-11')).toBe(400 * tr);
    expect(cap('CCN_INFRASTRUCTURE', '2018-05-10')).toBe(3_000 * tr);
    expect(cap('CCN_INFRASTRUCTURE', '2018-05-11')).toBe(6_000 * tr);
    expect(cap('DEMO_MODEL_EFFICIENT_ESTABLISHMENT', '2018-05-10')).toBe(100 * tr);
    expect(cap('DEMO_MODEL_EFFICIENT_ESTABLISHMENT', '2018-05-11')).toBe('level-unknown');
    expect(cap('POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT', '2018-05-10')).toBe(300 * tr);
    expect(cap('POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT', '2018-05-11')).toBe('level-unknown');
  });
  it('2012-07-04 / 2012-07-05 and 2025-06-30 / 2025-07-01', () => {
    expect(cap('DEMO_MODEL_NEW_TECH', '2012-07-04')).toBe('before-coverage');
    expect(cap('DEMO_MODEL_NEW_TECH', '2012-07-05')).toBe('level-unknown');
    expect(cap('TYPICAL_PRODUCT_SELECTION_DISTRICT', '2025-06-30')).toBe('level-unknown');
    expect(cap('TYPICAL_PRODUCT_SELECTION_DISTRICT', '2025-07-01')).toBe('item-not-valid-on-date');
    expect(cap('TYPICAL_PRODUCT_SELECTION_COMMUNE', '2025-06-30')).toBe('item-not-valid-on-date');
    expect(cap('TYPICAL_PRODUCT_SELECTION_COMMUNE', '2025-07-01')).toBe('level-unknown');
  });
  it('2025-10-14 / 2025-10-15: same TT 28 value, stale warning from the 15th', () => {
    const a = supportLevelAt('MACHINERY_APPLICATION', '2025-10-14');
    const b = supportLevelAt('MACHINERY_APPLICATION', '2025-10-15');
    expect(a.ok && a.value.warnings.length).toBe(1);
    expect(b.ok && b.value.warnings.length).toBe(2);
    expect(cap('DIGITAL_TRANSFORMATION_SUPPORT', '2025-10-14')).toBe('item-not-valid-on-date');
    expect(cap('DIGITAL_TRANSFORMATION_SUPPORT', '2025-10-15')).toBe('level-unknown');
  });
  it('throws on unknown items and bad dates', () => {
    expect(() => supportLevelAt('NOPE' as never, '2019-01-01')).toThrow(KhuyenCongError);
    expect(() => supportLevelAt('DEMO_MODEL_NEW_TECH', '2019-02-29')).toThrow(/2019-02-29/);
  });
});

describe('parseSupportRequest', () => {
  it('accepts a valid request', () => {
    expect(parseSupportRequest({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2 * ty), at: '2019-06-01' }).item).toBe('DEMO_MODEL_NEW_TECH');
  });
  it('reports every bad field, bilingually', () => {
    const r = safeParseSupportRequest({ item: 'NOPE', eligibleCost: money(-1), at: '2019-02-30' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['policy.unknown-item', ['item']],
      ['policy.bad-cost', ['eligibleCost']],
      ['date.invalid', ['at']],
    ]);
    expect(r.error.issues[0]?.message).toEqual({
      vi: 'Mục hỗ trợ "NOPE" không có trong danh mục nội dung hỗ trợ.',
      en: 'Support item "NOPE" is not in the support-item catalogue.',
    });
    expect(r.error.issues[2]?.message.en).toBe('Invalid date "2019-02-30": expected a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2999-12-31.');
    expect(r.error.issues[1]?.message.vi).toBe('Chi phí hợp lệ (eligibleCost) phải là số tiền (Money) không âm.');
  });
  it('rejects non-objects and non-Money costs', () => {
    const r = safeParseSupportRequest(null);
    expect(!r.success && r.error.issues[0]?.message.en).toBe('The request must be an object { item, eligibleCost, at }.');
    expect(safeParseSupportRequest({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: 5, at: '2019-01-01' }).success).toBe(false);
    expect(() => computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1), at: '2019-13-01' })).toThrow(KhuyenCongError);
  });
});
