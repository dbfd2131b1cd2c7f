/**
 * TT 36/2013/TT-BCT in its original wording (in force 2014-02-10, Art. 24(1)) and TTLT 26/2014/TTLT-BTC-BCT
 * Art. 8(2)(b), as read in the Pháp điển reproduction: each test names the article and quotes the words
 * that decide it. Expected values come from the texts, not from the code.
 */
import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { advanceRuleFor, TT36_2013_ADVANCE_RULES } from '../../src/project/advanceRules.js';
import { parseDeAn, type DeAn, type DeAnJson } from '../../src/project/DeAn.js';
import type { DeAnEventJson } from '../../src/project/DeAnEvent.js';
import { registrationRegimeOn } from '../../src/project/registrationRegimeOn.js';
import { QD08_2008_REGISTRATION, TT36_2013_REGISTRATION } from '../../src/project/registrationTt36.js';
import { transition, type TransitionOptions } from '../../src/project/transition.js';
import { ratio } from '../../src/quantity/Ratio.js';
import { localCluster, nationalTraining, refusedRules, stateOf, step, steps } from './fixtures.js';

/** A national đề án of `type` for the plan of `year`, created on `created`, taken to the contract. */
function contracted(json: Partial<DeAnJson>, year: number, approved: number, options?: TransitionOptions): DeAn {
  const d = parseDeAn({ ...nationalTraining, ...json, period: { startYear: year, endYear: year }, history: [{ state: 'DRAFTED', event: 'CREATE', at: `${String(year - 1)}-03-01` }] });
  const y = String(year - 1);
  const list: [DeAnEventJson, string][] = [
    [{ type: 'REGISTER' }, `${y}-04-10`],
    [{ type: 'START_GRASSROOTS_APPRAISAL' }, `${y}-05-15`],
    [{ type: 'SUBMIT_TO_MINISTRY' }, `${y}-06-10`],
    [{ type: 'APPROVE', approved: [{ source: 'NATIONAL', amount: approved }] }, `${y}-12-20`],
    [{ type: 'SIGN_CONTRACT' }, `${String(year)}-02-20`],
  ];
  return list.reduce((acc, [e, at]) => step(acc, e, at, options), d);
}

describe('registration regime by date (TT 36/2013 Art. 24(1), Art. 10)', () => {
  it('before 2014-02-10 QĐ 08/2008/QĐ-BCT governed: "not modelled", never TT 36’s deadlines', () => {
    // Art. 24(1): "có hiệu lực thi hành kể từ ngày 10 tháng 02 năm 2014 và thay thế … Quyết định số 08/2008/QĐ-BCT".
    expect(registrationRegimeOn('2013-04-01')).toBe(QD08_2008_REGISTRATION);
    expect(registrationRegimeOn('2014-02-09')).toMatchObject({ id: 'QD08-2008', modelled: false, deadlines: [] });
    expect(registrationRegimeOn('2014-02-10')).toBe(TT36_2013_REGISTRATION);
    expect(TT36_2013_REGISTRATION).toMatchObject({ validFrom: '2014-02-10', validTo: null, endKnown: false });
    // A 2013 registration for the 2014 plan on 2013-05-25 is not refused under TT 36's 20 May.
    const d = parseDeAn({ ...nationalTraining, period: { startYear: 2014, endYear: 2014 }, history: [{ state: 'DRAFTED', event: 'CREATE', at: '2013-03-01' }] });
    expect(stateOf(step(d, { type: 'REGISTER' }, '2013-05-25'))).toBe('REGISTERED');
  });

  it('the Sở sends the registration to the Cục before 15 June (Art. 10(2)(b), original wording)', () => {
    // "trước ngày 15 tháng 6 hàng năm (trường hợp khác theo hướng dẫn của Cục Công nghiệp địa phương)".
    const d = steps(parseDeAn({ ...nationalTraining, period: { startYear: 2016, endYear: 2016 }, history: [{ state: 'DRAFTED', event: 'CREATE', at: '2015-03-01' }] }), [
      [{ type: 'REGISTER' }, '2015-05-10'],
      [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2015-05-20'],
    ]);
    expect(stateOf(step(d, { type: 'SUBMIT_TO_MINISTRY' }, '2015-06-14'))).toBe('MINISTRY_APPRAISAL');
    const r = transition(d, { type: 'SUBMIT_TO_MINISTRY' }, { at: '2015-06-15' });
    expect(refusedRules(r)).toEqual(['registration.report-deadline-15-june']);
    if (!r.ok) expect(r.refusals[0]?.citation).toMatchObject({ instrument: 'TT-36-2013-BCT', article: 10, clause: 2, point: 'b', confidence: 'verified-from-text' });
    // "trường hợp khác theo hướng dẫn của Cục": the caller's date replaces 15 June.
    expect(stateOf(step(d, { type: 'SUBMIT_TO_MINISTRY' }, '2015-06-20', { submitBefore: '2015-07-01' }))).toBe('MINISTRY_APPRAISAL');
  });

  it('flagship đề án (Art. 2(3)) and group đề án (Art. 10(1)(a)) do not exist before 2014-02-10', () => {
    // Art. 2(3): "Đề án khuyến công quốc gia điểm là đề án … có từ hai nội dung hoạt động trở lên";
    // Art. 10(1)(a): "các đề án lập theo nhóm".
    const make = (json: Partial<DeAnJson>) => parseDeAn({ ...nationalTraining, ...json, period: { startYear: 2014, endYear: 2015 }, history: [{ state: 'DRAFTED', event: 'CREATE', at: '2013-03-01' }] });
    const r = transition(make({ scope: 'NATIONAL_FLAGSHIP', group: true }), { type: 'REGISTER' }, { at: '2013-05-10' });
    expect(refusedRules(r)).toEqual(['scope.flagship-from-tt36', 'scope.group-from-tt36']);
    if (!r.ok) {
      expect(r.refusals[0]?.citation).toMatchObject({ instrument: 'TT-36-2013-BCT', article: 2, clause: 3 });
      expect(r.refusals[1]?.citation).toMatchObject({ instrument: 'TT-36-2013-BCT', article: 10, clause: 1, point: 'a' });
      expect(r.refusals[0]?.message.en).toBe('A national flagship đề án: 2013-05-10 is before TT 36/2013/TT-BCT took effect (2014-02-10).');
    }
    const later = parseDeAn({ ...nationalTraining, scope: 'NATIONAL_FLAGSHIP', group: true, period: { startYear: 2015, endYear: 2016 }, history: [{ state: 'DRAFTED', event: 'CREATE', at: '2014-03-01' }] });
    expect(stateOf(step(later, { type: 'REGISTER' }, '2014-04-10'))).toBe('REGISTERED');
  });

  it('checks every date with the one validator (code date.invalid)', () => {
    for (const bad of [' 2025-07-01', 'zzz', '2025-13-01', '2025-02-29', 20250701, null]) {
      expect(() => registrationRegimeOn(bad as never)).toThrow(KhuyenCongError);
      try {
        registrationRegimeOn(bad as never);
      } catch (e) {
        expect((e as KhuyenCongError).issues[0]).toMatchObject({ code: 'date.invalid', path: ['at'] });
      }
    }
    expect(() => registrationRegimeOn('2019-01-01', '2019-1-1')).toThrow(/Invalid date "2019-1-1"/);
  });
});

describe('advances, original wording (TT 36/2013 Art. 13)', () => {
  it('Art. 13(2)(c): fairs, media and CCN planning get 70% on contract (before: "no sourced rule")', () => {
    // "Tạm ứng 70% kinh phí hỗ trợ của đề án … c) … Tổ chức hội chợ, triển lãm; … lập quy hoạch chi tiết cụm công nghiệp".
    for (const t of ['FAIR_ORGANISING', 'FAIR_PARTICIPATION_DOMESTIC', 'MEDIA', 'CCN_DETAILED_PLANNING'] as const) {
      expect(advanceRuleFor(t, '2016-03-01')).toMatchObject({ id: 'advance.70-on-contract', condition: 'contract', citation: { article: 13, clause: 2, point: 'c' } });
      expect(advanceRuleFor(t, '2020-03-01')).toBeUndefined();
    }
    const d = contracted({ advanceType: 'MEDIA' }, 2019, 100_000_000, { tt17SwitchDate: '2019-06-01' });
    expect(stateOf(step(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 70_000_000 }, '2019-03-01', { tt17SwitchDate: '2019-06-01' }))).toBe('ADVANCED');
    const r = transition(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 70_000_001 }, { at: '2019-03-01', options: { tt17SwitchDate: '2019-06-01' } });
    expect(refusedRules(r)).toEqual(['advance.70-on-contract']);
  });

  it('Art. 13(2)(d): demonstration models need more than 70% of the investment done', () => {
    // "báo cáo tiến độ … xác định giá trị khối lượng công việc đã thực hiện tương ứng trên 70% tổng vốn đầu tư".
    const o = { tt17SwitchDate: '2019-06-01' };
    const d = contracted({ advanceType: 'DEMO_MODEL' }, 2019, 500_000_000, o);
    const at70 = transition(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 100_000_000, workDone: '0.7' }, { at: '2019-04-01', options: o });
    expect(refusedRules(at70)).toEqual(['advance.investment-70-required']);
    if (!at70.ok) expect(at70.refusals[0]?.citation).toMatchObject({ article: 13, clause: 2, point: 'd' });
    expect(stateOf(step(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 350_000_000, workDone: '0.71' }, '2019-04-01', o))).toBe('ADVANCED');
    expect(refusedRules(transition(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 350_000_001, workDone: '0.8' }, { at: '2019-04-01', options: o }))).toEqual([
      'advance.70-after-70-percent-investment',
    ]);
  });

  it('Art. 13(3): enterprise founding, 100% after the grassroots acceptance; TTLT 26/2014 Art. 8(2)(b) still caps at 70% until 2018-05-10', () => {
    // Art. 13(3): "Tạm ứng 100% kinh phí thực hiện của đề án … hỗ trợ thành lập doanh nghiệp"; papers include
    // "biên bản nghiệm thu cơ sở". TTLT 26/2014 Art. 8(2)(b): "mức tạm ứng … không quá 70% tổng kinh phí khuyến công hỗ trợ".
    const d2019 = contracted({ advanceType: 'ENTERPRISE_FOUNDING' }, 2019, 20_000_000, { tt17SwitchDate: '2019-06-01' });
    const o = { tt17SwitchDate: '2019-06-01' };
    expect(refusedRules(transition(d2019, { type: 'ADVANCE', source: 'NATIONAL', amount: 20_000_000 }, { at: '2019-04-01', options: o }))).toEqual([
      'advance.acceptance-required',
    ]);
    expect(stateOf(step(d2019, { type: 'ADVANCE', source: 'NATIONAL', amount: 20_000_000, groundAccepted: true }, '2019-04-01', o))).toBe('ADVANCED');
    const d2016 = contracted({ advanceType: 'ENTERPRISE_FOUNDING' }, 2016, 20_000_000);
    const r = transition(d2016, { type: 'ADVANCE', source: 'NATIONAL', amount: 20_000_000, groundAccepted: true }, { at: '2016-04-01' });
    expect(refusedRules(r)).toEqual(['advance.ttlt26-70-percent']);
    if (!r.ok) expect(r.refusals[0]?.citation).toMatchObject({ instrument: 'TTLT-26-2014-BTC-BCT', article: 8, clause: 2, point: 'b', confidence: 'verified-from-text' });
    expect(stateOf(step(d2016, { type: 'ADVANCE', source: 'NATIONAL', amount: 14_000_000, groundAccepted: true }, '2016-04-01'))).toBe('ADVANCED');
  });

  it('Art. 13(1): cluster đề án, 30% after more than half the work, cited to the article read', () => {
    // "Tạm ứng 30% … đã thực hiện được trên 50% khối lượng công việc của hạng mục được hỗ trợ".
    const d = contracted({ advanceType: 'CCN_INFRASTRUCTURE', activity: 'LINKAGE_CLUSTER_RELOCATION' }, 2016, 1_000_000_000);
    const half = transition(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 1, workDone: '1/2' }, { at: '2016-06-01' });
    expect(refusedRules(half)).toEqual(['advance.half-work-required']);
    if (!half.ok) expect(half.refusals[0]?.citation).toMatchObject({ article: 13, clause: 1, confidence: 'verified-from-text' });
    expect(refusedRules(transition(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 300_000_001, workDone: '0.6' }, { at: '2016-06-01' }))).toEqual([
      'advance.30-after-half-work',
    ]);
  });

  it('the original rules cover Art. 13 in full and are frozen; before 2014-02-10 no rule is sourced', () => {
    expect(TT36_2013_ADVANCE_RULES.map((r) => [r.rate.toString(), r.condition, r.citation.clause, r.citation.point ?? null])).toEqual([
      ['0.3', 'half-work', 1, null],
      ['0.7', 'contract', 2, 'a'],
      ['0.7', 'contract', 2, 'b'],
      ['0.7', 'contract', 2, 'c'],
      ['0.7', 'investment-70', 2, 'd'],
      ['1', 'acceptance', 3, null],
    ]);
    expect(Object.isFrozen(TT36_2013_ADVANCE_RULES[0]?.types)).toBe(true);
    expect(advanceRuleFor('VOCATIONAL_TRAINING', '2014-02-09')).toBeUndefined();
    const d = contracted({}, 2013, 100_000_000);
    const r = transition(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 1 }, { at: '2013-03-01' });
    expect(refusedRules(r)).toEqual(['advance.no-sourced-rule']);
    if (!r.ok) expect(r.refusals[0]?.message.en).toContain('before 2014-02-10 the advance rules (QĐ 5918/QĐ-BCT) are not modelled');
    expect(stateOf(step(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 50_000_000 }, '2013-03-01', { otherAdvanceLimit: ratio(1, 2) }))).toBe('ADVANCED');
    expect(refusedRules(transition(d, { type: 'ADVANCE', source: 'NATIONAL', amount: 50_000_001 }, { at: '2013-03-01', options: { otherAdvanceLimit: ratio(1, 2) } }))).toEqual(['advance.no-sourced-rule']);
  });
});

describe('adjustments (Art. 11) and settlement (Art. 18(2)), original wording', () => {
  const inProgress = (json: Partial<DeAnJson> = {}): DeAn => step(contracted(json, 2016, 400_000_000), { type: 'START_WORK' }, '2016-03-01');

  it('Art. 11(2)(a): an increase of the support is the Ministry’s to approve, not the Cục’s', () => {
    // "Cục Công nghiệp địa phương trình Bộ Công Thương phê duyệt đối với các đề nghị điều chỉnh: tăng tổng mức kinh phí hỗ trợ …".
    const d = inProgress();
    const r = transition(d, { type: 'ADJUST', approved: [{ source: 'NATIONAL', amount: 450_000_000 }], approvedBy: 'CUC' }, { at: '2016-06-01' });
    expect(refusedRules(r)).toEqual(['adjustment.approver']);
    if (!r.ok) {
      expect(r.refusals[0]?.citation).toMatchObject({ article: 11, clause: 2, point: 'a' });
      expect(r.refusals[0]?.message.en).toBe('This adjustment is for the Ministry to approve, not the Cục.');
    }
    expect(stateOf(step(d, { type: 'ADJUST', approved: [{ source: 'NATIONAL', amount: 450_000_000 }], approvedBy: 'MINISTRY' }, '2016-06-01'))).toBe('ADJUSTED');
    // Art. 11(2)(b): "thay đổi địa điểm, đơn vị thụ hưởng …" — the Cục; the Sở may not.
    const place = transition(d, { type: 'ADJUST', changes: ['CHANGE_PLACE'], approvedBy: 'DOIT' }, { at: '2016-06-01' });
    expect(refusedRules(place)).toEqual(['adjustment.approver']);
    if (!place.ok) expect(place.refusals[0]?.citation).toMatchObject({ article: 11, clause: 2, point: 'b' });
    expect(stateOf(step(d, { type: 'ADJUST', changes: ['CHANGE_PLACE'], approvedBy: 'CUC' }, '2016-06-01'))).toBe('ADJUSTED');
    expect(refusedRules(transition(d, { type: 'ADJUST', changes: ['STOP'], approvedBy: 'CUC' }, { at: '2016-06-01' }))).toEqual(['adjustment.approver']);
  });

  it('Art. 11(4): for group đề án the Sở decides changes of place, partner and beneficiary', () => {
    // "Đối với các đề án lập theo nhóm, khi điều chỉnh thay đổi địa điểm, đơn vị phối hợp, đơn vị thụ hưởng, Sở Công Thương … quyết định".
    const g = inProgress({ group: true });
    expect(stateOf(step(g, { type: 'ADJUST', changes: ['CHANGE_BENEFICIARY', 'CHANGE_PARTNER'], approvedBy: 'DOIT' }, '2016-06-01'))).toBe('ADJUSTED');
    expect(refusedRules(transition(g, { type: 'ADJUST', changes: ['CHANGE_CONTENT'], approvedBy: 'DOIT' }, { at: '2016-06-01' }))).toEqual(['adjustment.approver']);
    // After TT 17/2018 (default switch 2019-01-01) the original Art. 11 is not applied.
    const late = step(contracted({}, 2019, 400_000_000), { type: 'START_WORK' }, '2019-03-01');
    expect(stateOf(step(late, { type: 'ADJUST', changes: ['STOP'], approvedBy: 'DOIT' }, '2019-06-01'))).toBe('ADJUSTED');
  });

  it('Art. 11 concerns national đề án only (TT 36/2013 Art. 1): a local adjustment is not checked', () => {
    const local = steps(parseDeAn({ ...localCluster }), [
      [{ type: 'REGISTER' }, '2024-09-10'],
      [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2024-10-01'],
      [{ type: 'APPROVE', approved: [{ source: 'LOCAL', amount: 2_000_000_000 }] }, '2024-12-15'],
      [{ type: 'SIGN_CONTRACT' }, '2025-02-10'],
    ]);
    expect(stateOf(step(local, { type: 'ADJUST', changes: ['STOP'], approvedBy: 'DOIT' }, '2025-03-01'))).toBe('ADJUSTED');
  });

  it('Art. 18(2): settlement "không được chậm quá ngày 22 tháng 01 của năm sau"', () => {
    const accepted = steps(inProgress(), [
      [{ type: 'DISBURSE', source: 'NATIONAL', amount: 400_000_000 }, '2016-10-01'],
      [{ type: 'ACCEPT' }, '2016-11-20'],
    ]);
    const settle: DeAnEventJson = { type: 'SETTLE', settled: [{ source: 'NATIONAL', amount: 400_000_000 }] };
    expect(stateOf(step(accepted, settle, '2017-01-22'))).toBe('SETTLED');
    const r = transition(accepted, settle, { at: '2017-01-23' });
    expect(refusedRules(r)).toEqual(['settlement.deadline-22-january']);
    if (!r.ok) {
      expect(r.refusals[0]?.citation).toMatchObject({ instrument: 'TT-36-2013-BCT', article: 18, clause: 2, confidence: 'verified-from-text' });
      expect(r.refusals[0]?.message.en).toBe('Settlement on 2017-01-23 is late: no later than 2017-01-22 (the year after the acceptance year 2016).');
    }
  });
});

describe('transition: refusals, never a throw (issue 14)', () => {
  const d = parseDeAn(nationalTraining);

  it('refuses a malformed đề án or context, a Proxy or a throwing getter', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = Object.defineProperty({}, 'history', { get: () => { throw new Error('boom'); } });
    for (const bad of [null, undefined, 42, 'x', [], {}, { ...d, history: [] }, { ...d, budget: [{ source: 'NATIONAL', approved: 1 }] }, revoked.proxy, throwing]) {
      expect(refusedRules(transition(bad as never, { type: 'REGISTER' }, { at: '2019-04-01' }))).toEqual(['input.invalid-de-an']);
    }
    for (const ctx of [null, undefined, 'x', { at: '2019-04-01', options: 3 }]) {
      expect(refusedRules(transition(d, { type: 'REGISTER' }, ctx as never))).toEqual(['input.invalid-de-an']);
    }
    expect(refusedRules(transition(d, revoked.proxy as never, { at: '2019-04-01' }))).toEqual(['input.invalid-event']);
  });

  it('checks every option date with the one validator', () => {
    const r = transition(d, { type: 'REGISTER' }, { at: ' 2019-04-01', options: { tt17SwitchDate: 'zzz', registerBefore: '2019-13-01', submitBefore: '2019-06-1', localRegisterBefore: 5 as never, acceptBefore: '2019-02-29', adjustBefore: '1899-12-31' } });
    expect(refusedRules(r)).toEqual(Array(7).fill('input.invalid-date'));
    if (!r.ok) {
      expect(r.refusals.map((x) => x.message.en.split(':')[0])).toEqual([
        'at', 'options.tt17SwitchDate', 'options.registerBefore', 'options.submitBefore', 'options.localRegisterBefore', 'options.acceptBefore', 'options.adjustBefore',
      ]);
    }
  });

  it('refuses (does not throw) totals past 2^53 − 1 đồng', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const big = steps(parseDeAn({ ...nationalTraining, advanceType: 'OTHER' }), [
      [{ type: 'REGISTER' }, '2019-04-10'],
      [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2019-05-15'],
      [{ type: 'SUBMIT_TO_MINISTRY' }, '2019-06-10'],
      [{ type: 'APPROVE', approved: [{ source: 'NATIONAL', amount: max }] }, '2019-12-20'],
      [{ type: 'SIGN_CONTRACT' }, '2020-02-20'],
      [{ type: 'START_WORK' }, '2020-02-21'],
      [{ type: 'DISBURSE', source: 'NATIONAL', amount: max }, '2020-03-01'],
    ]);
    const r = transition(big, { type: 'DISBURSE', source: 'NATIONAL', amount: 1 }, { at: '2020-03-02' });
    expect(refusedRules(r)).toEqual(['funding.amount-out-of-range']);
    if (!r.ok) expect(r.refusals[0]?.message.en).toBe('Disbursement would exceed 9,007,199,254,740,991 đồng (2^53 − 1), the limit of an amount.');
    expect(refusedRules(transition(big, { type: 'ADVANCE', source: 'NATIONAL', amount: 1 }, { at: '2020-03-02' }))).toEqual(['funding.amount-out-of-range']);
  });
});

describe('parseDeAn error lists are capped (issue 14)', () => {
  it('10 000 bad beneficiaries: the first 100 issues and a count of the rest', async () => {
    const { safeParseDeAn } = await import('../../src/project/DeAn.js');
    const r = safeParseDeAn({ ...nationalTraining, beneficiaries: Array.from({ length: 10_000 }, () => ({ name: 5 })) });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues).toHaveLength(101);
      expect(r.error.issues[100]?.code).toBe('input.more-issues');
      expect(r.error.message.length).toBeLessThan(100_000);
    }
  });
});
