import { describe, expectTypeOf, it } from 'vitest';
import { checkClaim, parseClaim, safeParseClaim, type Claim, type ClaimResult, type DecidedClaim } from '../../src/claims/index.js';
import { auditReport, type AuditResult, type IndicatorId, type ProgrammeReport } from '../../src/audit/index.js';
import { SEED_REPORTS, seedReport } from '../../src/data/index.js';
import { count, money, ratio, type Ratio } from '../../src/quantity/index.js';
import type { SafeParseResult } from '../../src/internal/errors.js';

describe('claim types', () => {
  it('accepts texts, quantities and exact values, and returns a ClaimResult', () => {
    expectTypeOf(checkClaim({ kind: 'sum', parts: ['7,73 tỷ đồng', money(1)], stated: count(1, 'project') })).toEqualTypeOf<ClaimResult>();
    expectTypeOf(parseClaim).returns.toEqualTypeOf<Claim>();
    expectTypeOf(safeParseClaim).returns.toEqualTypeOf<SafeParseResult<Claim>>();
  });

  it('narrows on status: only a decided claim has numbers; an undecided one has a null verdict', () => {
    const r = checkClaim({ kind: 'ratio', numerator: ratio(5), denominator: ratio(2), stated: 'gấp 2,5 lần' });
    if (r.status === 'cannot-check') {
      expectTypeOf(r.consistent).toEqualTypeOf<null>();
      // @ts-expect-error an undecided claim has no gap
      void r.gap;
    } else {
      expectTypeOf(r).toEqualTypeOf<DecidedClaim>();
      expectTypeOf(r.gap).toEqualTypeOf<Ratio>();
      expectTypeOf(r.consistent).toEqualTypeOf<boolean>();
    }
  });

  it('refuses malformed claims at compile time', () => {
    // @ts-expect-error a sum has parts, not current/previous
    checkClaim({ kind: 'sum', current: '1 tỷ đồng', previous: '1 tỷ đồng', stated: '1 tỷ đồng' });
    // @ts-expect-error a growth rate needs its number of years
    checkClaim({ kind: 'cagr', first: '1 tỷ đồng', last: '2 tỷ đồng', stated: '5%' });
    // @ts-expect-error a plain JavaScript number is not a claim number (binary floating point)
    checkClaim({ kind: 'share', part: 7.73, whole: '54,06 tỷ đồng', stated: '14,30%' });
  });
});

describe('report types', () => {
  it('seed reports are ProgrammeReports, deeply readonly, with literal ids', () => {
    expectTypeOf(SEED_REPORTS[0]).toExtend<ProgrammeReport>();
    expectTypeOf(auditReport(seedReport('seed-003/south-2014-plan'))).toEqualTypeOf<AuditResult>();
    // @ts-expect-error no such seed report
    seedReport('seed-005/nowhere');
    // @ts-expect-error the data are readonly
    SEED_REPORTS[0].id = 'x';
  });

  it('indicator ids come from the catalogue', () => {
    expectTypeOf<'fair-booths'>().toExtend<IndicatorId>();
    // @ts-expect-error not an indicator
    const bad: IndicatorId = 'booths';
    void bad;
  });
});
