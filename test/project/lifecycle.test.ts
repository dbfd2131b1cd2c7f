import { describe, expect, it } from 'vitest';
import { parseDeAn, serializeDeAn } from '../../src/project/DeAn.js';
import { DEFAULT_TT17_SWITCH_DATE } from '../../src/project/registrationRegime.js';
import { registrationRegimeOn } from '../../src/project/registrationRegimeOn.js';
import { transition } from '../../src/project/transition.js';
import { ratio } from '../../src/quantity/Ratio.js';
import { deepFrozen, localCluster, nationalTraining, refusedRules, stateOf, step, steps } from './fixtures.js';

const national = () => parseDeAn(nationalTraining);
const local = () => parseDeAn(localCluster);

/** The national đề án up to the approved plan (TT 36/2013 Art. 10, 8, 6.3). */
function approvedNational() {
  return steps(national(), [
    [{ type: 'REGISTER' }, '2019-04-10'],
    [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2019-05-15'],
    [{ type: 'SUBMIT_TO_MINISTRY' }, '2019-06-18'],
    [
      {
        type: 'APPROVE',
        approved: [
          { source: 'NATIONAL', amount: 400_000_000 },
          { source: 'COUNTERPART', amount: 100_000_000 },
        ],
      },
      '2019-12-20',
    ],
  ]);
}

const contractedNational = () => step(approvedNational(), { type: 'SIGN_CONTRACT' }, '2020-02-20');

/** The local đề án up to the contract: Sở registration and appraisal, provincial approval (TT 46/2012 Art. 2; S55). */
function contractedLocal() {
  return steps(local(), [
    [{ type: 'REGISTER' }, '2024-09-10'],
    [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2024-10-01'],
    [
      {
        type: 'APPROVE',
        approved: [
          { source: 'LOCAL', amount: 2_000_000_000 },
          { source: 'COUNTERPART', amount: 3_000_000_000 },
        ],
      },
      '2024-12-15',
    ],
    [{ type: 'SIGN_CONTRACT' }, '2025-02-10'],
    [{ type: 'START_WORK' }, '2025-02-20'],
  ]);
}

describe('national đề án through the whole lifecycle (TT 36/2013 as amended by TT 17/2018; S28–S32, S24)', () => {
  it('goes from draft to closed following the procedure’s own steps', () => {
    let d = national();
    // Art. 10 (as amended, S29): the unit sends its plan registration to the Sở Công Thương.
    d = step(d, { type: 'REGISTER' }, '2019-04-10');
    expect(stateOf(d)).toBe('REGISTERED');
    // Art. 8 (S31): grassroots appraisal by the Sở director's council (2 dossier sets).
    d = step(d, { type: 'START_GRASSROOTS_APPRAISAL' }, '2019-05-15');
    expect(stateOf(d)).toBe('GRASSROOTS_APPRAISAL');
    // Art. 10.1 (S29): the Sở reports to the Cục before 20 June; Art. 8: the Cục appraises.
    d = step(d, { type: 'SUBMIT_TO_MINISTRY' }, '2019-06-18');
    expect(stateOf(d)).toBe('MINISTRY_APPRAISAL');
    // Art. 6.3 (S28): the Minister approves the national plan.
    d = step(d, { type: 'APPROVE', approved: [{ source: 'NATIONAL', amount: 400_000_000 }, { source: 'COUNTERPART', amount: 100_000_000 }] }, '2019-12-20');
    expect(stateOf(d)).toBe('IN_APPROVED_PLAN');
    // S32: implementation contract, then a 70 % advance for a training đề án: 280 triệu of 400 triệu.
    d = step(d, { type: 'SIGN_CONTRACT' }, '2020-02-20');
    d = step(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 280_000_000 }, '2020-03-02');
    expect(stateOf(d)).toBe('ADVANCED');
    d = step(d, { type: 'START_WORK' }, '2020-03-05');
    d = step(d, { type: 'DISBURSE', source: 'NATIONAL', amount: 100_000_000 }, '2020-09-30');
    d = step(d, { type: 'ACCEPT', results: [{ indicator: 'trainees', result: 35 }] }, '2020-11-15');
    expect(stateOf(d)).toBe('ACCEPTED');
    d = step(d, { type: 'DISBURSE', source: 'NATIONAL', amount: 20_000_000 }, '2020-11-20');
    // S24: settlement (quyết toán) of the funds with the ministry.
    d = step(d, { type: 'SETTLE', settled: [{ source: 'NATIONAL', amount: 400_000_000 }, { source: 'COUNTERPART', amount: 100_000_000 }] }, '2020-12-15');
    expect(stateOf(d)).toBe('SETTLED');
    d = step(d, { type: 'CLOSE' }, '2021-01-10');
    expect(stateOf(d)).toBe('CLOSED');
    expect(d.history.map((h) => h.event)).toEqual([
      'CREATE', 'REGISTER', 'START_GRASSROOTS_APPRAISAL', 'SUBMIT_TO_MINISTRY', 'APPROVE', 'SIGN_CONTRACT',
      'ADVANCE', 'START_WORK', 'DISBURSE', 'ACCEPT', 'DISBURSE', 'SETTLE', 'CLOSE',
    ]);
    const nat = d.budget.find((b) => b.source === 'NATIONAL');
    expect([nat?.approved.dong, nat?.advanced.dong, nat?.disbursed.dong, nat?.settled.dong]).toEqual([400_000_000, 280_000_000, 400_000_000, 400_000_000]);
    expect(d.indicators[0]?.result).toBe(35);
    // The final value is a valid serialisable đề án: it parses back to itself.
    expect(parseDeAn(serializeDeAn(d))).toEqual(d);
  });

  it('records actor and note, and never mutates a deep-frozen input', () => {
    const input = deepFrozen(national());
    const before = JSON.stringify(serializeDeAn(input));
    const r = transition(input, { type: 'REGISTER' }, { at: '2019-04-10', actor: 'Sở Công Thương Hà Nội', note: 'Công văn số 123' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.history[1]).toEqual({ state: 'REGISTERED', event: 'REGISTER', at: '2019-04-10', actor: 'Sở Công Thương Hà Nội', note: 'Công văn số 123' });
    expect(Object.isFrozen(r.value) && Object.isFrozen(r.value.history) && Object.isFrozen(r.value.history[1])).toBe(true);
    expect(JSON.stringify(serializeDeAn(input))).toBe(before);
    expect(input.history).toHaveLength(1);
  });

  it('refuses a ministry approval skipped: national đề án need the Cục’s appraisal (TT 36/2013 Art. 6.3, 8)', () => {
    const d = steps(national(), [
      [{ type: 'REGISTER' }, '2019-04-10'],
      [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2019-05-15'],
    ]);
    const r = transition(d, { type: 'APPROVE', approved: [{ source: 'NATIONAL', amount: 1 }] }, { at: '2019-06-01' });
    expect(refusedRules(r)).toEqual(['lifecycle.national-needs-ministry']);
    if (!r.ok) expect(r.refusals[0]?.citation).toMatchObject({ instrument: 'TT-36-2013-BCT', article: 6, clause: 3 });
  });

  it('can be rejected at appraisal, and nothing leaves a final state', () => {
    const d = steps(national(), [
      [{ type: 'REGISTER' }, '2019-04-10'],
      [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2019-05-15'],
      [{ type: 'REJECT' }, '2019-05-30'],
    ]);
    expect(stateOf(d)).toBe('REJECTED');
    const r = transition(d, { type: 'REGISTER' }, { at: '2019-06-01' });
    expect(refusedRules(r)).toEqual(['lifecycle.terminal']);
    if (!r.ok) expect(r.refusals[0]?.message.en).toBe('The đề án is in the final state REJECTED; no step leaves it.');
  });
});

describe('registration deadlines by regime (TT 36/2013 Art. 10; TT 17/2018 Art. 1 cl. 9)', () => {
  const plan2016 = () => parseDeAn({ ...nationalTraining, period: { startYear: 2016, endYear: 2016 }, history: [{ state: 'DRAFTED', event: 'CREATE', at: '2015-03-01' }] });

  it('original wording: the dossier reaches the Sở before 20 May of the year before the plan (S30)', () => {
    expect(stateOf(step(plan2016(), { type: 'REGISTER' }, '2015-05-19'))).toBe('REGISTERED');
    const r = transition(plan2016(), { type: 'REGISTER' }, { at: '2015-05-20' });
    expect(refusedRules(r)).toEqual(['registration.deadline-20-may']);
    if (r.ok) return;
    expect(r.refusals[0]?.message).toEqual({
      vi: 'Đăng ký với Sở Công Thương ngày 2015-05-20 là quá hạn: phải trước ngày 2015-05-20 (kế hoạch năm 2016).',
      en: 'Register with the Department of Industry and Trade on 2015-05-20 is late: it must be before 2015-05-20 (plan year 2016).',
    });
    // Art. 10(1)(b), read in the text: "trước 20 tháng 5 hàng năm (trường hợp khác theo hướng dẫn của Sở Công Thương)".
    expect(r.refusals[0]?.citation).toMatchObject({ instrument: 'TT-36-2013-BCT', article: 10, clause: 1, point: 'b', confidence: 'verified-from-text', sources: ['S59'] });
    expect(r.refusals[0]?.basis).toBe('law');
    // The Result's reason is the first refusal.
    expect(r.reason).toEqual({
      code: 'registration.deadline-20-may',
      message: {
        vi: 'Đăng ký với Sở Công Thương ngày 2015-05-20 là quá hạn: phải trước ngày 2015-05-20 (kế hoạch năm 2016).',
        en: 'Register with the Department of Industry and Trade on 2015-05-20 is late: it must be before 2015-05-20 (plan year 2016).',
      },
    });
  });

  it('original wording: "or another date the Sở sets" (registerBefore)', () => {
    expect(stateOf(step(plan2016(), { type: 'REGISTER' }, '2015-05-25', { registerBefore: '2015-06-01' }))).toBe('REGISTERED');
  });

  it('after TT 17/2018: no date on the unit’s filing, the Sở reports to the Cục before 20 June (S29)', () => {
    const registered = step(national(), { type: 'REGISTER' }, '2019-06-10');
    const appraised = step(registered, { type: 'START_GRASSROOTS_APPRAISAL' }, '2019-06-15');
    const r = transition(appraised, { type: 'SUBMIT_TO_MINISTRY' }, { at: '2019-06-20' });
    expect(refusedRules(r)).toEqual(['registration.report-deadline-20-june']);
    if (!r.ok) expect(r.refusals[0]?.citation).toMatchObject({ instrument: 'TT-36-2013-BCT', article: 10, asAmendedBy: 'TT-17-2018-BCT' });
    expect(stateOf(step(appraised, { type: 'SUBMIT_TO_MINISTRY' }, '2019-06-19'))).toBe('MINISTRY_APPRAISAL');
  });

  it('picks the regime by date, with a documented default switch day that callers can move', () => {
    expect(DEFAULT_TT17_SWITCH_DATE).toBe('2019-01-01');
    expect(registrationRegimeOn('2018-12-31').id).toBe('TT36-2013');
    expect(registrationRegimeOn('2019-01-01').id).toBe('TT36-as-amended-TT17-2018');
    // With the switch moved later, a May 2019 registration for 2020 falls under the 20 May rule.
    const r = transition(national(), { type: 'REGISTER' }, { at: '2019-05-21', options: { tt17SwitchDate: '2019-07-01' } });
    expect(refusedRules(r)).toEqual(['registration.deadline-20-may']);
  });

  it('local đề án: no national deadline; a provincial deadline is an option, not law', () => {
    expect(stateOf(step(local(), { type: 'REGISTER' }, '2024-12-31'))).toBe('REGISTERED');
    const r = transition(local(), { type: 'REGISTER' }, { at: '2024-09-10', options: { localRegisterBefore: '2024-09-01' } });
    expect(refusedRules(r)).toEqual(['registration.local-deadline']);
    if (!r.ok) expect([r.refusals[0]?.basis, r.refusals[0]?.citation]).toEqual(['option', null]);
  });
});

describe('local đề án through the whole lifecycle (provincial approval; 30 % advance after half the work, S32)', () => {
  it('goes from draft to closed without ministry appraisal', () => {
    let d = contractedLocal();
    expect(d.history.map((h) => h.state)).toEqual(['DRAFTED', 'REGISTERED', 'GRASSROOTS_APPRAISAL', 'IN_APPROVED_PLAN', 'CONTRACTED', 'IN_PROGRESS']);
    // 30 % of 2 tỷ = 600 triệu, once more than 50 % of the supported work is done.
    d = step(d, { type: 'ADVANCE', source: 'LOCAL', amount: 600_000_000, workDone: '0.55' }, '2025-06-01');
    expect(stateOf(d)).toBe('IN_PROGRESS');
    d = step(d, { type: 'DISBURSE', source: 'LOCAL', amount: 1_400_000_000 }, '2025-10-01');
    d = step(d, { type: 'ACCEPT' }, '2025-11-20');
    d = step(d, { type: 'SETTLE', settled: [{ source: 'LOCAL', amount: 2_000_000_000 }] }, '2025-12-20');
    d = step(d, { type: 'CLOSE' }, '2026-01-15');
    expect(stateOf(d)).toBe('CLOSED');
    expect(d.budget.find((b) => b.source === 'LOCAL')?.disbursed.dong).toBe(2_000_000_000);
  });

  it('refuses the ministry step for a local đề án', () => {
    const d = steps(local(), [
      [{ type: 'REGISTER' }, '2024-09-10'],
      [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2024-10-01'],
    ]);
    const r = transition(d, { type: 'SUBMIT_TO_MINISTRY' }, { at: '2024-10-05' });
    expect(refusedRules(r)).toEqual(['lifecycle.local-no-ministry']);
    if (!r.ok) expect(r.refusals[0]?.citation).toMatchObject({ instrument: 'TT-46-2012-BCT', article: 2 });
  });

  it('refuses an advance at exactly half the work, or without a progress report', () => {
    const d = contractedLocal();
    expect(refusedRules(transition(d, { type: 'ADVANCE', source: 'LOCAL', amount: 100, workDone: '1/2' }, { at: '2025-05-01' }))).toEqual([
      'advance.half-work-required',
    ]);
    const r = transition(d, { type: 'ADVANCE', source: 'LOCAL', amount: 100 }, { at: '2025-05-01' });
    expect(refusedRules(r)).toEqual(['advance.half-work-required']);
    if (!r.ok) expect(r.refusals[0]?.message.en).toBe('An advance needs more than 50% of the work done; progress reported: —.');
  });

  it('refuses more than 30 % of the approved support, with the amounts', () => {
    const r = transition(contractedLocal(), { type: 'ADVANCE', source: 'LOCAL', amount: 600_000_001, workDone: '0.6' }, { at: '2025-06-01' });
    expect(refusedRules(r)).toEqual(['advance.30-after-half-work']);
    if (!r.ok) {
      expect(r.refusals[0]?.message.vi).toBe('Tổng tạm ứng 600.000.001 đồng vượt 30% của 2.000.000.000 đồng được duyệt (tối đa 600.000.000 đồng).');
    }
  });

  it('option localAdvanceRules "none": only the approved amount limits a local advance', () => {
    const d = step(contractedLocal(), { type: 'ADVANCE', source: 'LOCAL', amount: 1_500_000_000 }, '2025-06-01', { localAdvanceRules: 'none' });
    expect(d.budget.find((b) => b.source === 'LOCAL')?.advanced.dong).toBe(1_500_000_000);
    const r = transition(contractedLocal(), { type: 'ADVANCE', source: 'LOCAL', amount: 2_000_000_001 }, { at: '2025-06-01', options: { localAdvanceRules: 'none' } });
    expect(refusedRules(r)).toEqual(['funding.disbursed-within-approved']);
  });
});

describe('advance, disbursement and settlement guards', () => {
  it('refuses more than 70 % on contract, naming the rule and its source (S32)', () => {
    const r = transition(contractedNational(), { type: 'ADVANCE', source: 'NATIONAL', amount: 300_000_000 }, { at: '2020-03-02' });
    expect(refusedRules(r)).toEqual(['advance.70-on-contract']);
    if (r.ok) return;
    expect(r.refusals[0]).toEqual({
      rule: 'advance.70-on-contract',
      basis: 'law',
      citation: { instrument: 'TT-36-2013-BCT', confidence: 'secondary', articleConfirmed: false, sources: ['S32'] },
      message: {
        vi: 'Tổng tạm ứng 300.000.000 đồng vượt 70% của 400.000.000 đồng được duyệt (tối đa 280.000.000 đồng).',
        en: 'Total advances of 300,000,000 đồng exceed 70% of the approved 400,000,000 đồng (at most 280,000,000 đồng).',
      },
    });
  });

  it('counts advances cumulatively', () => {
    const d = step(contractedNational(), { type: 'ADVANCE', source: 'NATIONAL', amount: 200_000_000 }, '2020-03-02');
    expect(stateOf(step(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 80_000_000 }, '2020-03-10'))).toBe('ADVANCED');
    expect(refusedRules(transition(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 80_000_001 }, { at: '2020-03-10' }))).toEqual(['advance.70-on-contract']);
  });

  it('advances only the khuyến công support funds, not counterpart funds', () => {
    const r = transition(contractedNational(), { type: 'ADVANCE', source: 'COUNTERPART', amount: 1 }, { at: '2020-03-02' });
    expect(refusedRules(r)).toEqual(['advance.fund-source']);
  });

  it('has no sourced advance rule for other đề án types unless the caller sets one', () => {
    const other = parseDeAn({ ...nationalTraining, advanceType: 'OTHER' });
    const contracted = steps(other, [
      [{ type: 'REGISTER' }, '2019-04-10'],
      [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2019-05-15'],
      [{ type: 'SUBMIT_TO_MINISTRY' }, '2019-06-18'],
      [{ type: 'APPROVE', approved: [{ source: 'NATIONAL', amount: 400_000_000 }] }, '2019-12-20'],
      [{ type: 'SIGN_CONTRACT' }, '2020-02-20'],
    ]);
    const r = transition(contracted, { type: 'ADVANCE', source: 'NATIONAL', amount: 1 }, { at: '2020-03-01' });
    expect(refusedRules(r)).toEqual(['advance.no-sourced-rule']);
    if (!r.ok) expect(r.refusals[0]?.basis).toBe('option');
    const opts = { otherAdvanceLimit: ratio('0.5') };
    expect(stateOf(step(contracted, { type: 'ADVANCE', source: 'NATIONAL', amount: 200_000_000 }, '2020-03-01', opts))).toBe('ADVANCED');
    expect(refusedRules(transition(contracted, { type: 'ADVANCE', source: 'NATIONAL', amount: 200_000_001 }, { at: '2020-03-01', options: opts }))).toEqual([
      'advance.no-sourced-rule',
    ]);
  });

  it('never disburses above the approved amount', () => {
    const d = step(contractedNational(), { type: 'START_WORK' }, '2020-03-01');
    const r = transition(d, { type: 'DISBURSE', source: 'NATIONAL', amount: 400_000_001 }, { at: '2020-05-01' });
    expect(refusedRules(r)).toEqual(['funding.disbursed-within-approved']);
    if (!r.ok) {
      expect(r.refusals[0]?.message.en).toBe('Disbursement from source NATIONAL would reach 400,000,001 đồng, above the approved 400,000,000 đồng.');
    }
    // A source without a budget line has nothing approved.
    expect(refusedRules(transition(d, { type: 'DISBURSE', source: 'OTHER_LAWFUL', amount: 1 }, { at: '2020-05-01' }))).toEqual([
      'funding.disbursed-within-approved',
    ]);
  });

  it('settles only after acceptance (S24), and never above approved', () => {
    const d = step(contractedNational(), { type: 'START_WORK' }, '2020-03-01');
    const r = transition(d, { type: 'SETTLE', settled: [{ source: 'NATIONAL', amount: 1 }] }, { at: '2020-12-01' });
    expect(refusedRules(r)).toEqual(['settlement.after-acceptance']);
    if (!r.ok) expect(r.refusals[0]?.message.vi).toBe('Chỉ quyết toán sau khi nghiệm thu; đề án đang ở trạng thái IN_PROGRESS.');
    const accepted = step(d, { type: 'ACCEPT' }, '2020-11-01');
    const over = transition(accepted, { type: 'SETTLE', settled: [{ source: 'NATIONAL', amount: 400_000_001 }] }, { at: '2020-12-01' });
    expect(refusedRules(over)).toEqual(['settlement.within-approved']);
    if (!over.ok) expect(over.refusals[0]?.message.vi).toBe('Số quyết toán nguồn NATIONAL lên 400.000.001 đồng, vượt số được duyệt 400.000.000 đồng.');
  });
});

describe('adjustment, suspension, termination (rules not in the sources: options)', () => {
  it('adjusts and resumes to the working state it left', () => {
    let d = step(contractedNational(), { type: 'START_WORK' }, '2020-03-01');
    d = step(d, { type: 'ADJUST', approved: [{ source: 'NATIONAL', amount: 350_000_000 }] }, '2020-06-01');
    expect(stateOf(d)).toBe('ADJUSTED');
    expect(d.budget.find((b) => b.source === 'NATIONAL')?.approved.dong).toBe(350_000_000);
    d = step(d, { type: 'SUSPEND' }, '2020-06-05');
    d = step(d, { type: 'RESUME' }, '2020-07-01');
    expect(stateOf(d)).toBe('IN_PROGRESS');
    d = step(d, { type: 'ADJUST' }, '2020-07-02');
    expect(stateOf(step(d, { type: 'RESUME' }, '2020-07-03'))).toBe('IN_PROGRESS');
  });

  it('refuses to approve less than already disbursed, and honours an adjustment deadline option', () => {
    const d = step(contractedNational(), { type: 'ADVANCE', source: 'NATIONAL', amount: 280_000_000 }, '2020-03-02');
    const r = transition(d, { type: 'ADJUST', approved: [{ source: 'NATIONAL', amount: 279_999_999 }] }, { at: '2020-06-01', options: { adjustBefore: '2020-06-01' } });
    expect(refusedRules(r)).toEqual(['adjustment.deadline', 'adjustment.not-below-disbursed']);
    if (!r.ok) expect(r.refusals[1]?.message.en).toBe('The new approved amount for source NATIONAL, 279,999,999 đồng, is below the 280,000,000 đồng already disbursed.');
  });

  it('terminates from a suspension, which is final', () => {
    const d = steps(contractedNational(), [
      [{ type: 'SUSPEND' }, '2020-04-01'],
      [{ type: 'TERMINATE' }, '2020-05-01'],
    ]);
    expect(stateOf(d)).toBe('TERMINATED');
    expect(refusedRules(transition(d, { type: 'RESUME' }, { at: '2020-06-01' }))).toEqual(['lifecycle.terminal']);
  });
});

describe('acceptance (options) and input checks', () => {
  const inProgress = () => step(contractedNational(), { type: 'START_WORK' }, '2020-03-01');

  it('refuses results for unknown indicators and a late acceptance when a deadline is set', () => {
    const r = transition(inProgress(), { type: 'ACCEPT', results: [{ indicator: 'models', result: 2 }] }, { at: '2021-01-05', options: { acceptBefore: '2021-01-01' } });
    expect(refusedRules(r)).toEqual(['acceptance.deadline', 'acceptance.unknown-indicator']);
    if (!r.ok) {
      expect(r.refusals[0]?.message.en).toBe('Accept (nghiệm thu) on 2021-01-05 misses the configured deadline: it must be before 2021-01-01.');
      expect(r.refusals[1]?.message.vi).toBe('Chỉ tiêu "models" không có trong đề án.');
    }
  });

  it('refuses a step dated before the previous one', () => {
    const r = transition(inProgress(), { type: 'ACCEPT' }, { at: '2020-02-01' });
    expect(refusedRules(r)).toEqual(['history.chronological']);
    if (!r.ok) expect(r.refusals[0]?.message.en).toBe("Date 2020-02-01 is before the previous step's date (2020-03-01).");
  });

  it('refuses a step out of the procedure’s order, saying where it is allowed', () => {
    const r = transition(national(), { type: 'SIGN_CONTRACT' }, { at: '2019-04-01' });
    expect(refusedRules(r)).toEqual(['lifecycle.not-allowed']);
    if (!r.ok) {
      expect(r.refusals[0]?.message.en).toBe('Step SIGN_CONTRACT is not allowed in state DRAFTED (only from: IN_APPROVED_PLAN).');
      expect(r.refusals[0]?.citation).toMatchObject({ sources: ['S32'] });
    }
    const c = transition(national(), { type: 'CLOSE' }, { at: '2019-04-01' });
    if (!c.ok) expect(c.refusals[0]?.citation).toBeNull();
  });

  it('refuses malformed events and dates with bilingual field messages', () => {
    const d = national();
    const r = transition(d, { type: 'ADVANCE', source: 'NATIONAL', amount: -5 } as never, { at: '2019-04-01' });
    expect(refusedRules(r)).toEqual(['input.invalid-event']);
    if (!r.ok) expect(r.refusals[0]?.message).toEqual({ vi: 'Sự kiện không hợp lệ: amount: Giá trị phải ≥ 0.', en: 'Invalid event: amount: The value must be ≥ 0.' });
    const u = transition(d, { type: 'PAY' } as never, { at: '2019-04-01' });
    if (!u.ok) expect(u.refusals[0]?.message.en).toMatch(/^Invalid event: type: Invalid discriminator value; allowed: "REGISTER", /);
    const q = transition(d, { type: 'REGISTER' }, { at: '2019-02-30' });
    expect(refusedRules(q)).toEqual(['input.invalid-date']);
    if (!q.ok) expect(q.refusals[0]?.message.en).toBe('at: Invalid date "2019-02-30": expected a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2999-12-31.');
    const root = transition(d, 'REGISTER' as never, { at: '2019-04-01' });
    if (!root.ok) expect(root.refusals[0]?.message.en).toBe('Invalid event: Wrong type: expected an object, received a string.');
  });
});
