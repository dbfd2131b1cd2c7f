/**
 * Benchmark 2, eligibility (HOOK for the eligibility engineer): 100 000 synthetic applicants decided by the
 * library's `checkEligibility` (with its explanation) against the same rules written for json-rules-engine
 * (a devDependency), in the same process. Goal: library throughput ≥ 20× json-rules-engine, with identical
 * decisions on every applicant before timing counts.
 *
 * To implement: generate applicants with `mulberry32` (harness.ts); express the same decision table as
 * json-rules-engine rules; call `compare()` with `checkLibrary` comparing decisions applicant by applicant
 * (json-rules-engine is async: time a whole `Promise.all` batch with a small async variant of `compare`, or
 * await each batch outside the timed region and time only the synchronous library side against the awaited
 * engine run); report throughput (applicants per second) and the ratio; set `goalMet: ratio >= 20`.
 * Until `checkEligibility` is exported from src/index.ts this prints "not yet available".
 */
import * as khuyenCong from '../../src/index.js';
import type { Benchmark } from './harness.js';

export const eligibility: Benchmark = {
  name: 'eligibility',
  title: 'Eligibility: 100 000 applicants, library vs json-rules-engine',
  goal: 'library throughput ≥ 20× json-rules-engine, identical decisions',
  run() {
    const available = typeof (khuyenCong as Record<string, unknown>)['checkEligibility'] === 'function';
    return {
      status: 'not-yet-available',
      reason: available
        ? 'checkEligibility is exported, but this benchmark is not written yet (see the comment in test/bench/eligibility.ts)'
        : 'checkEligibility is not exported by src/index.ts yet: not yet available',
    };
  },
};
