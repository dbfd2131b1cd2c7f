import type { Locale } from '../internal/messages.js';
import type { Money } from '../quantity/Money.js';
import { ratio } from '../quantity/Ratio.js';
import type { Percent } from '../quantity/Percent.js';
import type { SupportBase, SupportUnit } from './supportLevels.js';

/** Whole đồng with thousands separators ('.' in Vietnamese, ',' in English). @internal */
export function formatDong(m: Money, locale: Locale): string {
  const digits = String(Math.abs(m.dong)).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi' ? '.' : ',');
  return `${m.dong < 0 ? '-' : ''}${digits} đồng`;
}

/** Percentage points of a Percent as a decimal string ("30", "12.5"; Vietnamese uses a comma). @internal */
export function formatPercent(p: Percent, locale: Locale): string {
  const points = ratio(p.ratio.numerator * 100n, p.ratio.denominator).toString();
  return `${locale === 'vi' ? points.replace('.', ',') : points}%`;
}

/** The unit of a level in both languages. @internal */
export const UNIT_LABEL: { readonly [K in SupportUnit]: { readonly vi: string; readonly en: string } } = Object.freeze({
  'per-model': Object.freeze({ vi: 'mô hình', en: 'model' }),
  'per-establishment': Object.freeze({ vi: 'cơ sở', en: 'establishment' }),
  'per-round': Object.freeze({ vi: 'lần bình chọn', en: 'selection round' }),
  'per-cluster': Object.freeze({ vi: 'cụm công nghiệp', en: 'industrial cluster' }),
  'per-enterprise': Object.freeze({ vi: 'doanh nghiệp', en: 'enterprise' }),
  'per-event': Object.freeze({ vi: 'sự kiện', en: 'event' }),
  'per-person': Object.freeze({ vi: 'người', en: 'person' }),
  'per-product': Object.freeze({ vi: 'sản phẩm', en: 'product' }),
  'per-brand': Object.freeze({ vi: 'thương hiệu', en: 'brand' }),
  'per-association': Object.freeze({ vi: 'hội, hiệp hội', en: 'association' }),
  'per-linkage-cluster': Object.freeze({ vi: 'cụm liên kết', en: 'linkage cluster' }),
  'per-year': Object.freeze({ vi: 'năm', en: 'year' }),
  'per-project': Object.freeze({ vi: 'đề án', en: 'đề án' }),
});

/** What a percentage is taken of, in both languages (running text). @internal */
export const BASE_LABEL: { readonly [K in SupportBase]: { readonly vi: string; readonly en: string } } = Object.freeze({
  'eligible-cost': Object.freeze({ vi: 'chi phí hợp lệ', en: 'the eligible cost' }),
  'listed-costs': Object.freeze({ vi: 'các khoản chi được liệt kê', en: 'the listed costs' }),
  'booth-rent': Object.freeze({ vi: 'giá thuê gian hàng', en: 'the booth rent' }),
  'loan-interest-first-two-years': Object.freeze({ vi: 'lãi suất vốn vay trong 02 năm đầu', en: 'the loan interest of the first two years' }),
  'annual-allocation': Object.freeze({ vi: 'kinh phí khuyến công được giao trong năm', en: 'the year\'s allotted funds' }),
  'project-estimate': Object.freeze({ vi: 'dự toán đề án', en: 'the đề án estimate' }),
});
