import { formatQuantity, safeParseQuantity, type Interval, type LocalizedText, type PublishedFigure, type ReportPeriod } from '../index.js';
import type { BoundJson, PublishedValue } from './Report.js';

/**
 * A published figure as the report shows it: the text as published, written again in each language by
 * `formatQuantity`, and its stated value. A text the parser cannot read is shown as published.
 * @param figure - the published figure.
 * @returns the value for the report.
 */
export function publishedValue(figure: PublishedFigure): PublishedValue {
  const parsed = safeParseQuantity(figure.text);
  if (!parsed.success) return { published: figure.text, text: { vi: figure.text, en: figure.text } };
  return {
    published: figure.text,
    text: { vi: formatQuantity(parsed.data, { locale: 'vi' }), en: formatQuantity(parsed.data, { locale: 'en' }) },
    value: parsed.data.value.toString(),
  };
}

/**
 * A report period in words: "2013", "2014–2018", "đến 2020" / "by 2020".
 * @param p - the period.
 * @returns the label in both languages.
 */
export function periodLabel(p: ReportPeriod): LocalizedText {
  if (p.kind === 'year') return { vi: String(p.year), en: String(p.year) };
  if (p.kind === 'period') return { vi: `${String(p.from)}–${String(p.to)}`, en: `${String(p.from)}–${String(p.to)}` };
  return { vi: `đến ${String(p.year)}`, en: `by ${String(p.year)}` };
}

/**
 * An interval as plain data (decimal strings).
 * @param i - the interval.
 * @returns its bounds, `null` when unbounded.
 */
export function intervalJson(i: Interval): { lo: BoundJson | null; hi: BoundJson | null } {
  const b = (x: Interval['lo']): BoundJson | null => (x === null ? null : { value: x.value.toString(), open: x.open });
  return { lo: b(i.lo), hi: b(i.hi) };
}

/** The seed id of a report id ('seed-003/…' → '003'). */
export function seedOf(reportId: string): string {
  return /^seed-(\d{3})\//.exec(reportId)?.[1] ?? '';
}
