import { describe, expect, it } from 'vitest';
import { checkClaim, type ClaimResult } from '../../src/claims/index.js';
import { count, MAX_MONEY_DONG, money } from '../../src/quantity/index.js';

const mismatch = (r: ClaimResult) => {
  expect(r.status).toBe('cannot-check');
  if (r.status !== 'cannot-check') throw new Error('decided');
  expect(r.reason).toBe('unit-mismatch');
  return r;
};

describe('checkClaim: counts of different nouns (issue 14, unit-blind claims)', () => {
  it('"5 người + 3 lớp = 8 đề án" is no sum: the reason names both nouns', () => {
    const r = mismatch(checkClaim({ kind: 'sum', parts: ['5 người', '3 lớp'], stated: '8 đề án' }));
    expect(r.field).toBe('parts.0');
    expect(r.found).toEqual({ unit: 'count', noun: 'person' });
    expect(r.expected).toEqual({ unit: 'count', noun: 'project' });
    expect(r.message.vi).toBe('Không kiểm tra được: parts.0 là số lượng người, trong khi phép tính cần số lượng đề án.');
    expect(r.message.en).toBe('Cannot check: parts.0 is a count of people, where the computation needs a count of projects (đề án).');
  });

  it('parts of one noun against a total of another: the first odd part is named', () => {
    const r = mismatch(checkClaim({ kind: 'sum', parts: ['5 lớp', '3 lớp', '2 người'], stated: '10 lớp' }));
    expect(r.field).toBe('parts.2');
    expect(r.found).toEqual({ unit: 'count', noun: 'person' });
    // the same nouns still add: 5 + 3 + 2 = 10 classes
    expect(checkClaim({ kind: 'sum', parts: ['5 lớp', '3 lớp', count(2, 'class')], stated: '10 lớp' }).status).toBe('consistent');
  });

  it('a share needs a part of its whole: 5 người of 10 lớp is no 50%', () => {
    const r = mismatch(checkClaim({ kind: 'share', part: '5 người', whole: '10 lớp', stated: '50%' }));
    expect(r.field).toBe('whole');
    expect(r.found).toEqual({ unit: 'count', noun: 'class' });
    expect(r.expected).toEqual({ unit: 'count', noun: 'person' });
    expect(r.message.en).toContain('a count of classes');
    expect(r.message.en).toContain('a count of people');
    expect(checkClaim({ kind: 'share', part: '5 người', whole: '10 người', stated: '50%' }).status).toBe('consistent');
  });

  it('a change, completion or multiple compares like with like', () => {
    expect(mismatch(checkClaim({ kind: 'change', current: '120 cơ sở', previous: '100 doanh nghiệp', stated: 'tăng 20%' })).field).toBe('previous');
    expect(mismatch(checkClaim({ kind: 'completion', actual: '21 lớp', target: '20 đề án', stated: '105%' })).field).toBe('target');
    expect(mismatch(checkClaim({ kind: 'ratio', numerator: '50 người', denominator: '10 lớp', stated: 'gấp 5 lần' })).field).toBe('denominator');
    expect(mismatch(checkClaim({ kind: 'completion', actual: '21 lớp', target: '2 tỷ đồng', stated: '105%' })).expected).toEqual({ unit: 'count', noun: 'class' });
  });

  it("an average's count must be a count (or a plain number), and its stated figure per that count's noun", () => {
    const pct = mismatch(checkClaim({ kind: 'average', total: '1.600 người', count: '20%', stated: '80 người' }));
    expect(pct.field).toBe('count');
    expect(pct.found).toEqual({ unit: 'ratio' });
    expect(pct.expected).toEqual({ unit: 'count' });
    expect(mismatch(checkClaim({ kind: 'average', total: '1.600 người', count: 'gấp 20 lần', stated: '80 người' })).field).toBe('count');
    // 1.600 people in 20 classes is 80 people a class, not 80 classes a person, nor 80 people a province
    const swapped = mismatch(checkClaim({ kind: 'average', total: '1.600 người', count: '20 lớp', stated: '80 lớp/người' }));
    expect(swapped.field).toBe('stated');
    expect(swapped.expected).toEqual({ unit: 'count', noun: 'person', per: 'class' });
    expect(swapped.message.vi).toContain('số lượng người trên mỗi lớp');
    expect(swapped.message.en).toContain('a count of people per class');
    expect(mismatch(checkClaim({ kind: 'average', total: '1.600 người', count: '20 lớp', stated: '80 người/1 tỉnh' })).field).toBe('stated');
    expect(checkClaim({ kind: 'average', total: '1.600 người', count: '20 lớp', stated: '80 người/lớp' }).status).toBe('consistent');
    expect(checkClaim({ kind: 'average', total: '1.600 người', count: '20 lớp', stated: '80 người' }).status).toBe('consistent');
    // a rate as the total of an average is no total
    expect(mismatch(checkClaim({ kind: 'average', total: '3 tỷ đồng/1 tỉnh', count: '2 tỉnh', stated: '1,5 tỷ đồng' })).field).toBe('stated');
  });

  it('money goes with money: a rate per province does not add to an amount', () => {
    const r = mismatch(checkClaim({ kind: 'sum', parts: ['3 tỷ đồng/1 tỉnh', '2 tỷ đồng'], stated: '5 tỷ đồng' }));
    expect(r.found).toEqual({ unit: 'money', per: 'province' });
    expect(r.message.en).toContain('an amount of money per province');
  });
});

describe('checkClaim never throws past the money range (issue 14, promises broken)', () => {
  it('a sum past ±MAX_MONEY_DONG is cannot-check out-of-range, not a thrown money.out-of-range', () => {
    const r = checkClaim({ kind: 'sum', parts: [money(MAX_MONEY_DONG), '1 tỷ đồng'], stated: '1 tỷ đồng' });
    expect(r).toMatchObject({ status: 'cannot-check', reason: 'out-of-range', field: 'value' });
    expect(r.message.en).toContain('outside the exactly representable range');
    const d = checkClaim({ kind: 'sum', parts: [money(-MAX_MONEY_DONG)], stated: money(MAX_MONEY_DONG) });
    expect(d).toMatchObject({ status: 'cannot-check', reason: 'out-of-range', field: 'difference' });
    // at the edge itself the claim is decided
    expect(checkClaim({ kind: 'sum', parts: [money(MAX_MONEY_DONG)], stated: money(MAX_MONEY_DONG) }).status).toBe('consistent');
  });
});
