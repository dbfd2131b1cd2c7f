/**
 * The checked public entries of the provincial packs that the eligibility and project areas use (issue 15, the
 * seams): readFundsOption, parsePolicyPacks, localSupportLevel, computeLocalSupportLines, checkLocalApproval.
 * Figures: Đắk Lắk NQ-HĐND 2025 (demonstration model 30%, at most 800 triệu đồng per model); Bình Dương
 * NQ 14/2019/NQ-HĐND (typical-product selection: 100 triệu per provincial round, 50 triệu per district round).
 */
import { describe, expect, it } from 'vitest';
import {
  checkLocalApproval,
  computeLocalSupportLines,
  LOCAL_POLICY_PACKS,
  localSupportLevel,
  money,
  parsePolicyPack,
  parsePolicyPacks,
  readFundsOption,
} from '../../src/index.js';
import { firstIssue as issueOf, revoked } from '../reliability/guards.js';
import { fixturePack } from './packs.fixtures.js';

const tr = 1_000_000;

const binhDuong = { code: '74', asOf: '2024-08-01' } as const;
const rounds = [
  { item: 'TYPICAL_PRODUCT_SELECTION_PROVINCIAL', eligibleCost: money(120 * tr) },
  { item: 'TYPICAL_PRODUCT_SELECTION_DISTRICT', eligibleCost: money(40 * tr) },
];

describe('readFundsOption', () => {
  it('reads NATIONAL (the default) or LOCAL and refuses anything else', () => {
    expect(readFundsOption({ funds: 'LOCAL' })).toBe('LOCAL');
    expect(readFundsOption({ funds: 'NATIONAL' })).toBe('NATIONAL');
    expect(readFundsOption({})).toBe('NATIONAL');
    expect(readFundsOption(undefined)).toBe('NATIONAL');
    expect(readFundsOption('LOCAL')).toBe('NATIONAL'); // not an options object
    expect(issueOf(() => readFundsOption({ funds: 'local' }))).toEqual({ code: 'policy.bad-funds', path: ['funds'] });
    expect(issueOf(() => readFundsOption(revoked()))).toEqual({ code: 'input.unreadable', path: ['funds'] });
  });
});

describe('parsePolicyPacks', () => {
  it('validates a pack or a list once: a list it returned is returned again as it is', () => {
    expect(parsePolicyPacks(undefined)).toEqual([]);
    const packs = parsePolicyPacks(LOCAL_POLICY_PACKS);
    expect(packs.map((p) => p.id)).toEqual(LOCAL_POLICY_PACKS.map((p) => p.id));
    expect(Object.isFrozen(packs)).toBe(true);
    expect(parsePolicyPacks(packs)).toBe(packs);
    const one = parsePolicyPacks(fixturePack());
    expect(one.map((p) => p.number)).toEqual(['99/2020/QĐ-UBND']);
    expect(one[0]).toEqual(parsePolicyPack(fixturePack()));
  });

  it('refuses more than 1000 packs, a bad pack (with its index), overlapping packs and an unreadable value', () => {
    expect(issueOf(() => parsePolicyPacks(new Array(1001).fill(fixturePack())))).toEqual({ code: 'pack.bad-policy', path: ['policy'] });
    expect(issueOf(() => parsePolicyPacks([fixturePack(), { ...fixturePack(), province: 5 }])).path.slice(0, 3)).toEqual(['policy', 1, 'province']);
    expect(issueOf(() => parsePolicyPacks([fixturePack(), fixturePack({ id: 'FIXTURE-2', number: '97/2020/QĐ-UBND' })]))).toEqual({
      code: 'pack.overlapping-packs',
      path: ['policy', 1, 'effective'],
    });
    expect(issueOf(() => parsePolicyPacks(revoked())).code).toBe('input.unreadable');
  });
});

describe('localSupportLevel', () => {
  it("Đắk Lắk (66) 2025: a demonstration model of new technology at 30%, at most 800 triệu đồng (the TSDoc example)", () => {
    const l = localSupportLevel('DEMO_MODEL_NEW_TECH', '2025-09-01', { policy: LOCAL_POLICY_PACKS, province: { code: '66', asOf: '2025-09-01' } });
    expect(l.ok && l.value.source === 'pack' && [l.value.pack.id, l.value.level.absoluteCap?.dong, l.value.level.percentCap?.ratio.toString()]).toEqual([
      'DL-2025-NQ-HDND-KC',
      800 * tr,
      '0.3',
    ]);
    expect(Object.isFrozen(l)).toBe(true);
  });

  it('Bình Dương (74): 100 triệu per provincial selection round; none before the resolution; no pack, nothing', () => {
    const l = localSupportLevel('TYPICAL_PRODUCT_SELECTION_PROVINCIAL', '2024-09-01', { policy: LOCAL_POLICY_PACKS, province: binhDuong });
    expect(l.ok && l.value.source === 'pack' && l.value.level.absoluteCap?.dong).toBe(100 * tr);
    const before = localSupportLevel('TYPICAL_PRODUCT_SELECTION_PROVINCIAL', '2019-01-01', { policy: LOCAL_POLICY_PACKS, province: binhDuong });
    expect(!before.ok && before.reason.code).toBe('no-pack-in-force');
    const none = localSupportLevel('TYPICAL_PRODUCT_SELECTION_PROVINCIAL', '2024-09-01');
    expect(!none.ok && [none.reason.code, none.packsConsidered]).toEqual(['no-pack', []]);
  });

  it('accepts an item a given pack adds, and the national level a pack leaves an item to', () => {
    const added = localSupportLevel('LOCAL_OCOP_LABEL', '2021-01-01', { policy: fixturePack() });
    expect(added.ok && added.value.source === 'pack' && added.value.level.absoluteCap?.dong).toBe(20 * tr);
    const left = localSupportLevel('TYPICAL_PRODUCT_SELECTION_NATIONAL', '2021-01-01', { policy: fixturePack() });
    expect(left.ok && left.value.source).toBe('national-level');
  });

  it('checks every argument at entry', () => {
    expect(issueOf(() => localSupportLevel('NO_SUCH_ITEM', '2021-01-01', { policy: fixturePack() }))).toEqual({ code: 'policy.unknown-item', path: ['item'] });
    expect(issueOf(() => localSupportLevel(5 as never, '2021-01-01'))).toEqual({ code: 'policy.unknown-item', path: ['item'] });
    expect(issueOf(() => localSupportLevel('CONSULTING', '2021-02-30'))).toEqual({ code: 'date.invalid', path: ['at'] });
    expect(issueOf(() => localSupportLevel('CONSULTING', '2021-01-01', { province: { code: 17 } as never }))).toEqual({ code: 'pack.province-format', path: ['province'] });
    expect(issueOf(() => localSupportLevel('CONSULTING', '2021-01-01', { province: revoked() as never })).code).toBe('input.unreadable');
    expect(issueOf(() => localSupportLevel('CONSULTING', '2021-01-01', { policy: [1] })).path.slice(0, 2)).toEqual(['policy', 0]);
    expect(issueOf(() => localSupportLevel('CONSULTING', '2021-01-01', revoked() as never))).toEqual({ code: 'input.unreadable', path: ['policy'] });
  });
});

describe('computeLocalSupportLines and checkLocalApproval', () => {
  const input = { lines: rounds, province: binhDuong, at: '2024-09-01', policy: LOCAL_POLICY_PACKS };

  it('Bình Dương: a provincial round of 120 triệu gets 100 triệu, a district round of 40 triệu all of it: 140 triệu', () => {
    const priced = computeLocalSupportLines(input);
    expect(priced.lines.map((l) => l.ok && l.value.source === 'pack' && l.value.support.dong)).toEqual([100 * tr, 40 * tr]);
    expect([priced.total.dong, priced.complete]).toEqual([140 * tr, true]);
    expect(Object.isFrozen(priced) && Object.isFrozen(priced.lines)).toBe(true);
    const none = computeLocalSupportLines({ ...input, lines: [] });
    expect([none.total.dong, none.complete]).toEqual([0, true]);
  });

  it('the TSDoc examples (Đắk Lắk: 30% of 1 tỷ is 300 triệu, within 800 triệu)', () => {
    const lines = [{ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1_000_000_000) }];
    const dl = { lines, province: { code: '66', asOf: '2025-09-01' }, at: '2025-09-01', policy: LOCAL_POLICY_PACKS };
    const priced = computeLocalSupportLines(dl);
    expect([priced.total.dong, priced.complete]).toEqual([300 * tr, true]);
    expect(checkLocalApproval({ ...dl, approved: money(300 * tr) }).ok).toBe(true);
    expect(checkLocalApproval({ ...dl, approved: money(350 * tr) }).ok).toBe(false);
  });

  it('refuses an approved amount above the priced 140 triệu, citing the resolution; accepts it exactly', () => {
    const within = checkLocalApproval({ ...input, approved: money(140 * tr) });
    expect(within.ok && within.value.total.dong).toBe(140 * tr);
    const above = checkLocalApproval({ ...input, approved: money(150 * tr) });
    expect(above.ok).toBe(false);
    if (above.ok) return;
    expect([above.reason.code, above.reason.field]).toEqual(['above-pack-level', 'approved']);
    expect(above.reason.message.en).toBe(
      "The approved local khuyến công funding of 150,000,000 đồng exceeds the most the province's instrument allows for the đề án's support items, 140,000,000 đồng (14/2019/NQ-HĐND, article not read; secondary source).",
    );
    expect(Object.isFrozen(above) && Object.isFrozen(above.reason)).toBe(true);
  });

  it('a line the pack does not price leaves the amount unbounded', () => {
    const lines = [...rounds, { item: 'CCN_INFRASTRUCTURE', eligibleCost: money(5_000 * tr) }];
    const r = checkLocalApproval({ ...input, lines, approved: money(9_000 * tr) });
    expect(r.ok && r.value.complete).toBe(false);
  });

  it('a line left to a national level that is not modelled is not computed: the sum is incomplete, the amount unbounded', () => {
    const p = fixturePack({ nationalItems: [{ item: 'CONSULTING', citation: { article: 7, confidence: 'verified-from-text', source: 'https://example.invalid/fixture' } }] });
    const lines = [{ item: 'CONSULTING', eligibleCost: money(tr) }];
    const priced = computeLocalSupportLines({ lines, province: { code: '17', asOf: '2024-01-01' }, at: '2024-01-01', policy: p });
    expect(priced.lines[0]?.ok && priced.lines[0].value.source).toBe('national-level');
    expect([priced.total.dong, priced.complete]).toEqual([0, false]);
    expect(checkLocalApproval({ lines, province: { code: '17', asOf: '2024-01-01' }, at: '2024-01-01', policy: p, approved: money(5 * tr) }).ok).toBe(true);
  });

  it('checks every field at entry, the policy first, a line with its index', () => {
    expect(issueOf(() => computeLocalSupportLines({ ...input, at: 'x', policy: 5 })).path[0]).toBe('policy');
    expect(issueOf(() => computeLocalSupportLines({ ...input, at: '2024-13-01' }))).toEqual({ code: 'date.invalid', path: ['at'] });
    expect(issueOf(() => computeLocalSupportLines({ ...input, province: undefined as never }))).toEqual({ code: 'pack.province-format', path: ['province'] });
    expect(issueOf(() => computeLocalSupportLines({ ...input, lines: 'x' as never }))).toEqual({ code: 'policy.bad-lines', path: ['lines'] });
    expect(issueOf(() => computeLocalSupportLines({ ...input, lines: new Array(1001).fill(rounds[0]) }))).toEqual({ code: 'policy.bad-lines', path: ['lines'] });
    expect(issueOf(() => computeLocalSupportLines({ ...input, lines: revoked() as never })).code).toBe('input.unreadable');
    expect(issueOf(() => computeLocalSupportLines({ ...input, lines: [rounds[0]!, { item: 'NOPE', eligibleCost: money(1) }] }))).toEqual({
      code: 'policy.unknown-item',
      path: ['lines', 1, 'item'],
    });
    expect(issueOf(() => computeLocalSupportLines({ ...input, lines: [{ item: 'CONSULTING', eligibleCost: 5 as never }] }))).toEqual({
      code: 'policy.bad-cost',
      path: ['lines', 0, 'eligibleCost'],
    });
    expect(issueOf(() => computeLocalSupportLines({ ...input, lines: [revoked() as never] })).code).toBe('input.unreadable');
    expect(issueOf(() => checkLocalApproval({ ...input, approved: 150 as never }))).toEqual({ code: 'policy.bad-approved', path: ['approved'] });
    expect(issueOf(() => computeLocalSupportLines(undefined as never))).toEqual({ code: 'date.invalid', path: ['at'] });
  });
});
