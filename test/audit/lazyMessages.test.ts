/**
 * Findings and estimates build their bilingual message when it is first read (issue 19: 10 000 reports audit in
 * under a second once most messages are never built), yet behave as plain data: the same text whichever
 * language is read first, own enumerable `vi` and `en` seen by JSON and deep equality, frozen. The texts are
 * those of seed 003 (13,877 + 49,49 = 63,367 ≠ 63,335 tỷ; the 2012 value implied by "tăng 17,16%"), as in
 * auditReport.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/audit/index.js';
import { seedReport } from '../../src/data/index.js';

const FUNDING_EN =
  'Funding by source against the stated total: VND 13.877 billion + VND 49.49 billion = VND 63.367 billion: inconsistent with the stated “63,335 tỷ đồng” (a difference of +VND 0.032 billion (+VND 32 million)); even allowing for the rounding of every figure, they miss each other by VND 0.026 billion (VND 26 million).';
const IMPLIED_VI = 'Giá trị năm 2012 suy ra từ mức tăng, giảm đã công bố: 52,9481 tỷ đồng (từ 52,9173 tỷ đồng đến 52,9789 tỷ đồng)';

describe('audit messages, built when read', () => {
  it('a finding reads the same in either order and is plain data to JSON and equality, and frozen', () => {
    const a = auditReport(seedReport('seed-003/south-2014-plan')).findings[0];
    const b = auditReport(seedReport('seed-003/south-2014-plan')).findings[0];
    expect(a?.message.en).toBe(FUNDING_EN);
    expect(b?.message.vi.startsWith('Tổng kinh phí các nguồn so với tổng công bố: 13,877 tỷ đồng + 49,49 tỷ đồng')).toBe(true);
    expect(b?.message.en).toBe(FUNDING_EN);
    expect(Object.keys(a?.message ?? {})).toEqual(['vi', 'en']);
    expect((JSON.parse(JSON.stringify(a)) as { message: { en: string } }).message.en).toBe(FUNDING_EN);
    expect(a).toEqual(b);
    expect(Object.isFrozen(a?.message)).toBe(true);
  });

  it('an estimate reads its text when asked, the same twice', () => {
    const e = auditReport(seedReport('seed-003/south-2013-executed')).estimates.find((x) => x.message.vi.startsWith('Giá trị năm 2012'));
    expect(e?.message.vi).toBe(IMPLIED_VI);
    expect(e?.message.vi).toBe(IMPLIED_VI);
    expect({ ...e?.message }.vi).toBe(IMPLIED_VI);
  });
});
