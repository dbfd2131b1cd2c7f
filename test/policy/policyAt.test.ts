import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { policyAt, type PolicySnapshot } from '../../src/policy/index.js';

function inForce(date: string): PolicySnapshot {
  const p = policyAt(date);
  if (!p.ok) throw new Error(`not in force on ${date}`);
  return p.value;
}

describe('policyAt', () => {
  it('does not cover 2012-07-04 and starts ND45-2012 on 2012-07-05 (S03)', () => {
    const before = policyAt('2012-07-04');
    expect(before.ok).toBe(false);
    expect(!before.ok && before.reason.code).toBe('not-covered');
    expect(!before.ok && before.reason.message.en).toBe(
      '2012-07-04 is before Decree 45/2012/ND-CP took effect (2012-07-05); the Decree 134/2004/ND-CP period is not modelled.',
    );
    const p = inForce('2012-07-05');
    expect(p.regime.id).toBe('ND45-2012');
    expect(p.supportLevels).toEqual([]);
    expect(p.scoreSheet).toBeNull();
    expect(p.programmes.map((x) => x.id)).toEqual(['KC-TO-2012']);
    expect(p.instrumentsInForce).toEqual(['ND-45-2012']);
  });

  it('switches to the amended regime on 2025-10-15 (S11, S12)', () => {
    const a = inForce('2025-10-14');
    const b = inForce('2025-10-15');
    expect(a.regime.id).toBe('ND45-2012');
    expect(b.regime.id).toBe('ND45-as-amended-ND235');
    expect(a.legalForms.map((f) => f.id)).not.toContain('UNION_OF_COOPERATIVES');
    expect(b.legalForms.map((f) => f.id)).toContain('UNION_OF_COOPERATIVES');
    expect(b.unresolvedBeneficiaryGroups.map((g) => g.id)).toEqual(['KC_MANAGER_OR_SERVICE_PROVIDER']);
    expect(a.unresolvedIndustries).toEqual([]);
    expect(b.instrumentsInForce).toContain('ND-235-2025');
    expect(a.instrumentsInForce).not.toContain('ND-235-2025');
  });

  it('carries TT 28 levels past 2025-10-14 with a staleness warning, and the regime caveats', () => {
    const a = inForce('2025-10-14');
    const b = inForce('2025-10-15');
    expect(a.supportLevels.map((l) => l.id)).toEqual(b.supportLevels.map((l) => l.id));
    expect(a.warnings).toHaveLength(1);
    expect(b.warnings).toHaveLength(3);
    expect(b.warnings[2]?.en).toContain('confirmed only up to 2025-10-14');
  });

  it('switches funding circular on 2014-04-07/08 and 2018-05-10/11', () => {
    expect(inForce('2014-04-07').supportLevels).toHaveLength(0);
    // TTLT 26/2014 Art. 6(2) points a–s: 25 levels (b, d, l, s give two each; g four).
    expect(inForce('2014-04-08').supportLevels).toHaveLength(25);
    expect(inForce('2018-05-10').supportLevels.every((l) => l.citation.instrument === 'TTLT-26-2014-BTC-BCT')).toBe(true);
    expect(inForce('2018-05-11').supportLevels.every((l) => l.citation.instrument === 'TT-28-2018-BTC')).toBe(true);
    expect(inForce('2018-05-10').instrumentsInForce).toContain('TTLT-26-2014-BTC-BCT');
    expect(inForce('2018-05-11').instrumentsInForce).not.toContain('TTLT-26-2014-BTC-BCT');
  });

  it('switches typical-product entry level on 2025-06-30/07-01 (TT 38/2025)', () => {
    expect(inForce('2025-06-30').typicalProductLevels.map((l) => l.id)).toEqual(['DISTRICT', 'PROVINCE', 'REGION', 'NATIONAL']);
    expect(inForce('2025-07-01').typicalProductLevels.map((l) => l.id)).toEqual(['COMMUNE', 'PROVINCE', 'REGION', 'NATIONAL']);
    expect(inForce('2025-07-01').regime.id).toBe('ND45-2012');
  });

  it('lists the programme of the year once approved', () => {
    expect(inForce('2013-06-01').programmes).toEqual([]);
    expect(inForce('2014-08-01').programmes.map((p) => p.id)).toEqual(['KC-TO-2020']);
    expect(inForce('2025-12-31').programmes.map((p) => p.id)).toEqual(['KC-2021-2025']);
    expect(inForce('2026-01-01').programmes.map((p) => p.id)).toEqual(['KC-2026-2030']);
  });

  it('is deeply frozen and rejects bad dates', () => {
    const p = inForce('2019-01-01');
    expect(Object.isFrozen(p)).toBe(true);
    expect(() => {
      (p.supportLevels as unknown as unknown[]).pop();
    }).toThrow(TypeError);
    expect(() => policyAt('2019-1-1')).toThrow(KhuyenCongError);
    expect(() => policyAt('2019-1-1')).toThrow('date: Ngày "2019-1-1" không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD, từ 1900-01-01 đến 2999-12-31. / Invalid date "2019-1-1": expected a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2999-12-31.');
  });
});
