/**
 * ApplicantSchema's output is the Applicant type (test/types/domain.test-d.ts), in which every fact is optional
 * and an explicit `undefined` is not a fact (exactOptionalPropertyTypes): the schema now says the same, so
 * `parseApplicant` no longer hands back `{ group: undefined }` typed as an Applicant.
 */
import { describe, expect, it } from 'vitest';
import { parseApplicant, safeParseApplicant } from '../../src/index.js';

describe('ApplicantSchema: the type is the output', () => {
  it('an absent fact stays absent; the facts given are read as before', () => {
    const a = parseApplicant({ location: { unitKind: 'XA' }, planYear: 2024 });
    expect(a).toEqual({ location: { unitKind: 'XA' }, planYear: 2024 });
    expect('group' in a).toBe(false);
  });

  it('an explicit undefined is refused with the field named, like any value outside the fact', () => {
    const r = safeParseApplicant({ group: undefined, location: { difficulty: undefined } });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'schema.invalid-value group',
      'schema.invalid-value location.difficulty',
    ]);
  });
});
