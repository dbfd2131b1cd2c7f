import { POLICY_PACK_FORMAT, type PolicyPackJson } from '../../src/policy/index.js';

/**
 * Test fixtures, NOT law: packs shaped like provincial instruments, with made-up dates and levels, to test
 * the mechanism (dates, merger, amendment). Real packs are in LOCAL_POLICY_PACKS.
 */
export const SOURCE = 'https://example.invalid/fixture';
const cite = (article: number, clause?: number) =>
  ({ article, ...(clause === undefined ? {} : { clause }), confidence: 'verified-from-text', source: SOURCE }) as const;

export function fixturePack(over: Partial<PolicyPackJson> = {}): PolicyPackJson {
  return {
    format: POLICY_PACK_FORMAT,
    id: 'FIXTURE-HB',
    number: '99/2020/QĐ-UBND',
    kind: 'QD-UBND',
    issuer: { vi: 'UBND tỉnh (thử nghiệm)', en: "Provincial People's Committee (fixture)" },
    title: { vi: 'Gói thử nghiệm', en: 'Fixture pack' },
    province: { code: '17', asOf: '2020-01-01' },
    signed: '2019-12-20',
    effective: '2020-01-01',
    end: null,
    amends: [],
    replaces: [],
    levels: [
      { item: 'DEMO_MODEL_NEW_TECH', percentCap: '0.3', absoluteCap: 1_000_000_000, unit: 'per-model', citation: cite(5, 2) },
      { item: 'MACHINERY_APPLICATION', percentCap: '0.5', absoluteCap: 200_000_000, unit: 'per-establishment', citation: cite(5, 4) },
      { item: 'ENTERPRISE_FOUNDING', absoluteCap: 10_000_000, unit: 'per-enterprise', conditions: ['difficult-or-extremely-difficult-area'], citation: cite(5, 1) },
      { item: 'LOCAL_OCOP_LABEL', absoluteCap: 20_000_000, unit: 'per-product', citation: cite(6) },
    ],
    addedItems: [{ id: 'LOCAL_OCOP_LABEL', label: { vi: 'Nhãn sản phẩm', en: 'Product label' }, citation: cite(6) }],
    nationalItems: [{ item: 'TYPICAL_PRODUCT_SELECTION_NATIONAL', citation: cite(7) }],
    notRead: [],
    sources: [SOURCE],
    ...over,
  };
}

/** A successor-province fixture (Phú Thọ, code 25 on the 34-unit map) from the day of the merger. */
export function successorPack(over: Partial<PolicyPackJson> = {}): PolicyPackJson {
  return fixturePack({
    id: 'FIXTURE-PT',
    number: '98/2025/NQ-HĐND',
    kind: 'NQ-HDND',
    province: { code: '25', asOf: '2025-07-01' },
    signed: '2025-06-20',
    effective: '2025-07-01',
    levels: [{ item: 'DEMO_MODEL_NEW_TECH', percentCap: '0.4', absoluteCap: 1_500_000_000, unit: 'per-model', citation: cite(3, 1) }],
    addedItems: [],
    nationalItems: [],
    ...over,
  });
}
