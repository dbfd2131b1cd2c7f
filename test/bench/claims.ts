/**
 * Benchmark 4a, claim checks and report audits per second (HOOK for the claims/report engineer): check the
 * published figures of the seed articles (e.g. seed 003: "7,73 + 46,33 = 54,06 tỷ", "tăng 17,16%") many times
 * over with the library's claim checker and report claims checked per second and report audits per second.
 * No comparison library: a throughput measure, after checking each verdict against its expected value.
 *
 * To implement: build the claim list once, check its verdicts (consistent / inconsistent, with the expected
 * tolerance) before timing, then time with `timeMedian()` (harness.ts) and report per-second rates.
 * Until a claim checker is exported from src/index.ts this prints "not yet available".
 */
import * as khuyenCong from '../../src/index.js';
import type { Benchmark } from './harness.js';

export const claims: Benchmark = {
  name: 'claims',
  title: 'Claim checks and report audits per second',
  goal: 'measure: claims checked per second, report audits per second',
  run() {
    const lib = khuyenCong as Record<string, unknown>;
    const available = typeof lib['checkClaim'] === 'function' || typeof lib['auditReport'] === 'function';
    return {
      status: 'not-yet-available',
      reason: available
        ? 'a claim checker is exported, but this benchmark is not written yet (see the comment in test/bench/claims.ts)'
        : 'no claim checker (checkClaim / auditReport) is exported by src/index.ts yet: not yet available',
    };
  },
};
