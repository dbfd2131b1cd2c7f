import { describe, expect, it } from 'vitest';
import { advanceRuleFor } from '../../src/project/advanceRules.js';
import { any, issueOf } from '../reliability/guards.js';

describe('advanceRuleFor: its dates go through checkDate, like registrationRegimeOn (issue 14 sweep)', () => {
  it('refuses a date that is not one with date.invalid and its field', () => {
    for (const bad of [null, Number.NaN, '', '2019-02-30', Object.create(null) as unknown, JSON.parse('{"toString":1,"valueOf":2}') as unknown, Symbol('x')]) {
      expect(issueOf(() => advanceRuleFor('STUDY_TOUR', any(bad)))).toEqual(['date.invalid', ['at']]);
      expect(issueOf(() => advanceRuleFor('STUDY_TOUR', '2020-01-01', any(bad)))).toEqual(['date.invalid', ['switchDate']]);
    }
  });

  it('answers as before for real dates and without one (TT 36/2013 Art. 17; TT 17/2018)', () => {
    expect(advanceRuleFor('STUDY_TOUR')?.id).toBe('advance.70-on-contract');
    expect(advanceRuleFor('ENTERPRISE_FOUNDING', '2016-05-01')?.rate.toString()).toBe('1');
    expect(advanceRuleFor('ENTERPRISE_FOUNDING', '2020-05-01')).toBeUndefined();
  });
});
