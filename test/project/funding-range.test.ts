import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { parseDeAn } from '../../src/project/DeAn.js';
import { computeDeAnSupport, counterpartShare, fundingTotals } from '../../src/project/funding.js';
import { MAX_MONEY_DONG } from '../../src/quantity/Money.js';
import { nationalTraining } from './fixtures.js';

const line = (source: string, approved: number) => ({ source, approved, advanced: 0, disbursed: 0, settled: 0 });

function refusal(f: () => unknown): KhuyenCongError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KhuyenCongError);
    return e as KhuyenCongError;
  }
  throw new Error('expected a refusal');
}

describe('fundingTotals past 2^53 − 1 đồng (issue 14, promises broken)', () => {
  const huge = parseDeAn({ ...nationalTraining, budget: [line('NATIONAL', MAX_MONEY_DONG), line('LOCAL', 1)] });

  it('refuses with money.out-of-range naming the amount and the exact sum, in both languages', () => {
    const e = refusal(() => fundingTotals(huge));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ code: 'money.out-of-range', path: ['budget', 'approved'] });
    expect(e.issues[0]?.message.en).toContain('9007199254740992 đồng');
    expect(e.issues[0]?.message.vi).toContain('vượt quá giới hạn');
    expect(refusal(() => counterpartShare(huge)).issues[0]?.code).toBe('money.out-of-range');
  });

  it('sums exactly up to the edge', () => {
    const edge = parseDeAn({ ...nationalTraining, budget: [line('NATIONAL', MAX_MONEY_DONG - 1), line('LOCAL', 1)] });
    expect(fundingTotals(edge).total.approved.dong).toBe(MAX_MONEY_DONG);
  });

  it('computeDeAnSupport validates its day with the one date validator (date.invalid)', () => {
    for (const at of [' 2025-07-01', '2025-13-01', 'zzz', { toString: 1 }]) {
      expect(refusal(() => computeDeAnSupport(huge, at as string)).issues[0]).toMatchObject({ code: 'date.invalid', path: ['at'] });
    }
  });
});
