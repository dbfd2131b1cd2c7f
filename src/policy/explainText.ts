import type { Locale } from '../internal/messages.js';
import type { Money } from '../quantity/Money.js';
import { ratio } from '../quantity/Ratio.js';
import type { Percent } from '../quantity/Percent.js';
import type { SupportUnit } from './supportLevels.js';

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
});
