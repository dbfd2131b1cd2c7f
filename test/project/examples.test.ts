import { describe, expect, it } from 'vitest';
import { ADVANCE_RULES, advanceRuleFor } from '../../src/project/advanceRules.js';
import { LIFECYCLE_EDGES } from '../../src/project/lifecycle.js';
import { ProvinceRefSchema } from '../../src/project/ProvinceRef.js';
import { TT17_2018_REGISTRATION } from '../../src/project/registrationTt17.js';
import { TT36_2013_REGISTRATION } from '../../src/project/registrationTt36.js';
import { TRANSITION_RULES } from '../../src/project/rules.js';
import { DE_AN_EVENT_LABELS, DE_AN_STATE_LABELS } from '../../src/project/vocabulary.js';
import { IsoDateSchema } from '../../src/schema/primitives.js';

describe('TSDoc examples', () => {
  it('registration deadlines: 20 May (TT 36/2013, S30) and 20 June (TT 17/2018, S29) of the year before the plan', () => {
    // TT 36/2013 Art. 10(1)(b) "trước 20 tháng 5 hàng năm"; Art. 10(2)(b) "trước ngày 15 tháng 6 hàng năm".
    expect(TT36_2013_REGISTRATION.deadlines.map((d) => d.deadline(2016, undefined))).toEqual(['2015-05-20', '2015-06-15']);
    expect(TT36_2013_REGISTRATION.deadlines[0]?.deadline(2016, '2015-06-01')).toBe('2015-06-01');
    expect(TT17_2018_REGISTRATION.deadlines[0]?.deadline(2020, undefined)).toBe('2019-06-20');
  });

  it('advance rules (S32)', () => {
    expect(ADVANCE_RULES[0].rate.toString()).toBe('0.3');
    expect(advanceRuleFor('STUDY_TOUR')?.id).toBe('advance.70-on-contract');
    expect(advanceRuleFor('OTHER')).toBeUndefined();
  });

  it('advance rules cover the types TT 36/2013 names (S32): the two cluster types 30 % after half the work, nine types 70 % on contract', () => {
    expect(ADVANCE_RULES[0].types).toEqual(['CCN_INFRASTRUCTURE', 'CCN_POLLUTION_TREATMENT']);
    expect(ADVANCE_RULES[1].types).toEqual([
      'VOCATIONAL_TRAINING',
      'CONSULTING',
      'TRAINING',
      'WORKSHOP_FORUM',
      'STUDY_TOUR',
      'BRAND',
      'ASSOCIATION',
      'INDUSTRIAL_ENTERPRISE_CLUSTER',
      'CLEANER_PRODUCTION_ASSESSMENT',
    ]);
    expect(Object.isFrozen(ADVANCE_RULES[1].types)).toBe(true);
  });

  it('the two approval paths', () => {
    expect(LIFECYCLE_EDGES.filter((e) => e.event === 'APPROVE').map((e) => [e.from, e.path])).toEqual([
      [['MINISTRY_APPRAISAL'], 'national'],
      [['GRASSROOTS_APPRAISAL'], 'local'],
    ]);
  });

  it('labels, rules and primitives', () => {
    expect(DE_AN_STATE_LABELS.ACCEPTED.vi).toBe('Đã nghiệm thu');
    expect(DE_AN_EVENT_LABELS.SETTLE.en).toBe('Settle (quyết toán)');
    expect(TRANSITION_RULES['advance.70-on-contract'].citation?.sources).toEqual(['S32']);
    expect(IsoDateSchema.parse('2019-05-20')).toBe('2019-05-20');
    expect(ProvinceRefSchema.safeParse({ code: '95', asOf: '2024-01-01' }).success).toBe(true);
    expect(ProvinceRefSchema.safeParse({ code: '95', asOf: '2025-08-01' }).success).toBe(false);
  });
});
