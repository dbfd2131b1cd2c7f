import { describe, expect, it } from 'vitest';
import { LOCAL_POLICY_PACKS } from '../../src/policy/index.js';
import { parseDeAn, type DeAn } from '../../src/project/DeAn.js';
import { transition, type TransitionOptions } from '../../src/project/transition.js';
import { localCluster, nationalTraining, refusedRules, step, steps } from '../project/fixtures.js';
import { fixturePack } from './packs.fixtures.js';

const tr = 1_000_000;

/** A local đề án of Bình Dương (74): a provincial and a district typical-product selection round. */
function binhDuong(items = [
  { item: 'TYPICAL_PRODUCT_SELECTION_PROVINCIAL', eligibleCost: 120 * tr },
  { item: 'TYPICAL_PRODUCT_SELECTION_DISTRICT', eligibleCost: 40 * tr },
]): DeAn {
  return steps(parseDeAn({ ...localCluster, province: { code: '74', asOf: '2024-08-01' }, supportItems: items }), [
    [{ type: 'REGISTER' }, '2024-09-10'],
    [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2024-10-01'],
  ]);
}
const approve = (local: number) => ({ type: 'APPROVE', approved: [{ source: 'LOCAL', amount: local }, { source: 'COUNTERPART', amount: 3_000 * tr }] }) as const;
const withPacks: TransitionOptions = { policy: LOCAL_POLICY_PACKS };

describe("transition with the province's policy pack (options.policy)", () => {
  it('refuses an approval of local funds above the pack\'s levels, citing the provincial instrument (Bình Dương NQ 14/2019: 100 + 40 triệu)', () => {
    const r = transition(binhDuong(), approve(150 * tr), { at: '2024-12-15', options: withPacks });
    expect(refusedRules(r)).toEqual(['funding.local-pack-level']);
    if (r.ok) return;
    expect([r.refusals[0]?.basis, r.refusals[0]?.citation]).toEqual(['law', null]);
    expect(r.refusals[0]?.message.en).toBe(
      "The approved local khuyến công funding of 150,000,000 đồng exceeds the most the province's instrument allows for the đề án's support items, 140,000,000 đồng (14/2019/NQ-HĐND, article not read; secondary source).",
    );
    expect(r.refusals[0]?.message.vi).toContain('vượt mức hỗ trợ tối đa 140.000.000');
  });

  it('accepts exactly the priced support; the counterpart funds are not checked', () => {
    const d = step(binhDuong(), approve(140 * tr), '2024-12-15', withPacks);
    expect(d.budget.find((b) => b.source === 'LOCAL')?.approved.dong).toBe(140 * tr);
    // An approval that sets only the counterpart funds is not checked against the pack.
    expect(transition(binhDuong(), { type: 'APPROVE', approved: [{ source: 'COUNTERPART', amount: 9_000 * tr }] }, { at: '2024-12-15', options: withPacks }).ok).toBe(true);
  });

  it('without a pack no level is checked for local funds (never the national one)', () => {
    const d = step(binhDuong(), approve(5_000 * tr), '2024-12-15');
    expect(d.budget.find((b) => b.source === 'LOCAL')?.approved.dong).toBe(5_000 * tr);
  });

  it('a line the pack does not price, or a day no pack is in force, leaves the amount unchecked', () => {
    const unpriced = binhDuong([
      { item: 'TYPICAL_PRODUCT_SELECTION_PROVINCIAL', eligibleCost: 120 * tr },
      { item: 'CCN_INFRASTRUCTURE', eligibleCost: 5_000 * tr },
    ]);
    expect(transition(unpriced, approve(2_000 * tr), { at: '2024-12-15', options: withPacks }).ok).toBe(true);
    // After the merger (Bình Dương is part of Hồ Chí Minh City from 2025-07-01) its pack no longer prices.
    expect(transition(binhDuong(), approve(2_000 * tr), { at: '2025-07-01', options: withPacks }).ok).toBe(true);
  });

  it('an ADJUST raising local funds above the levels is refused; an article-level pack is cited by article', () => {
    const d = steps(
      parseDeAn({ ...localCluster, province: { code: '17', asOf: '2024-08-01' }, supportItems: [{ item: 'MACHINERY_APPLICATION', eligibleCost: 600 * tr }] }),
      [
        [{ type: 'REGISTER' }, '2024-09-10'],
        [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2024-10-01'],
        [{ type: 'APPROVE', approved: [{ source: 'LOCAL', amount: 200 * tr }] }, '2024-12-15'],
        [{ type: 'SIGN_CONTRACT' }, '2025-01-10'],
      ],
    );
    const options = { policy: fixturePack() };
    const r = transition(d, { type: 'ADJUST', approved: [{ source: 'LOCAL', amount: 250 * tr }] }, { at: '2025-03-01', options });
    expect(refusedRules(r)).toEqual(['funding.local-pack-level']);
    // Fixture pack (not law): 50 % of 600 triệu, at most 200 triệu per establishment, Art. 5(4).
    if (!r.ok) expect(r.refusals[0]?.message.en).toContain('200,000,000 đồng (99/2020/QĐ-UBND, Art. 5(4))');
    expect(transition(d, { type: 'ADJUST', approved: [{ source: 'LOCAL', amount: 150 * tr }] }, { at: '2025-03-01', options }).ok).toBe(true);
  });

  it('a malformed pack is refused with its field path under options.policy, never thrown', () => {
    const r = transition(binhDuong(), approve(100 * tr), {
      at: '2024-12-15',
      options: { policy: fixturePack({ levels: [{ item: 'MACHINERY_APPLICATION', absoluteCap: -1, unit: 'per-establishment', citation: { article: 1, confidence: 'verified-from-text', source: 'https://example.invalid/x' } }] }) },
    });
    expect(refusedRules(r)).toEqual(['input.invalid-policy']);
    if (!r.ok) expect(r.refusals[0]?.message.en.startsWith('options.policy.levels.0.absoluteCap: ')).toBe(true);
    const list = transition(binhDuong(), approve(100 * tr), { at: '2024-12-15', options: { policy: [LOCAL_POLICY_PACKS[0], 42] } });
    expect(refusedRules(list).every((x) => x === 'input.invalid-policy')).toBe(true);
    if (!list.ok) expect(list.refusals[0]?.message.en.startsWith('options.policy.1')).toBe(true);
  });

  it('a national đề án ignores the option; a đề án without its lines is refused as malformed', () => {
    const national = steps(parseDeAn(nationalTraining), [
      [{ type: 'REGISTER' }, '2019-04-10'],
      [{ type: 'START_GRASSROOTS_APPRAISAL' }, '2019-05-15'],
      [{ type: 'SUBMIT_TO_MINISTRY' }, '2019-06-18'],
    ]);
    expect(transition(national, { type: 'APPROVE', approved: [{ source: 'NATIONAL', amount: 400 * tr }] }, { at: '2019-10-01', options: withPacks }).ok).toBe(true);
    const broken = { ...binhDuong(), supportItems: undefined } as unknown as DeAn;
    expect(refusedRules(transition(broken, approve(100 * tr), { at: '2024-12-15', options: withPacks }))).toEqual(['input.invalid-de-an']);
  });
});
