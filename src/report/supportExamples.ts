import { computeSupport, formatCitation, money, SUPPORT_ITEMS, type ComputeSupportInput, type LocalizedText, type SupportItem } from '../index.js';
import { moneyText } from './format.js';
import type { SupportExample } from './Report.js';

/**
 * The requests the report computes: machinery for an establishment in 2019 (the 300 triệu cap binds), and a
 * technical demonstration model in 2017, the kind of đề án Lạng Sơn registered (seed 002), where the 30 % rate
 * binds under the 2014 joint circular.
 */
export const SUPPORT_REQUESTS: readonly ComputeSupportInput[] = Object.freeze([
  Object.freeze({ item: 'MACHINERY_APPLICATION', eligibleCost: money(800_000_000), at: '2019-06-01' }),
  Object.freeze({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1_500_000_000), at: '2017-03-01' }),
] as const);

function both(f: (locale: 'vi' | 'en') => string): LocalizedText {
  return { vi: f('vi'), en: f('en') };
}

/**
 * Computes the report's support examples with `computeSupport`.
 * @param requests - the requests (default {@link SUPPORT_REQUESTS}).
 * @returns one example per request whose level is modelled.
 */
export function supportExamples(requests: readonly ComputeSupportInput[] = SUPPORT_REQUESTS): SupportExample[] {
  const out: SupportExample[] = [];
  for (const req of requests) {
    const found = computeSupport(req);
    if (!found.ok) continue;
    const r = found.value;
    // computeSupport only computes for an item in force on the date, so the catalogue has it.
    const { label } = SUPPORT_ITEMS.find((i) => i.id === r.item) as SupportItem;
    out.push({
      item: r.item,
      itemLabel: { vi: label.vi, en: label.en },
      at: r.at,
      eligibleCost: { kind: 'money', dong: r.eligibleCost.dong },
      support: { kind: 'money', dong: r.support.dong },
      binding: r.binding,
      citation: both((locale) => formatCitation(r.citation, { locale })),
      confidence: r.citation.confidence,
      explanation: { vi: r.explanation.vi, en: r.explanation.en },
      text: {
        eligibleCost: both((l) => moneyText(r.eligibleCost, l)),
        support: both((l) => moneyText(r.support, l)),
      },
    });
  }
  return out;
}
