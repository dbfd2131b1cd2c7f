import {
  completionRate,
  formatMoney,
  formatPercent,
  money,
  safeParseQuantity,
  type Estimate,
  type LocalizedText,
  type ProgrammeReport,
  type Ratio,
  ratioToFixed,
} from '../index.js';
import { L } from './labels.js';
import { intervalJson, periodLabel, seedOf } from './published.js';
import type { StatisticRow } from './Report.js';

const CHANGES = new Set(['source-change', 'projects-change', 'total-change', 'versus-period-average']);

/** The shortest decimal text of a value with at most `max` decimals ("1,3958", "80", "33,33"). */
function decimalText(r: Ratio, max: number, locale: 'vi' | 'en'): string {
  const raw = ratioToFixed(r, max, 'half-up');
  const fixed = raw.includes('.') ? raw.replace(/0+$/, '').replace(/\.$/, '') : raw;
  const [int = '', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi' ? '.' : ',');
  return frac === undefined || frac === '' ? grouped : `${grouped}${locale === 'vi' ? ',' : '.'}${frac}`;
}

/**
 * How a statistic is written: percentages with two decimals (signed for a change), money in tỷ/triệu with up
 * to four decimals, counts with up to two.
 */
function valueText(e: Estimate, locale: 'vi' | 'en'): string {
  if (e.unit === 'ratio') return formatPercent(e.value, { locale, decimals: 2, signed: CHANGES.has(e.id) });
  if (e.unit === 'money') {
    const dong = money(ratioToFixed(e.value, 0, 'half-up'));
    const text = formatMoney(dong, { locale, decimals: 4 });
    // Trailing zeros of the fixed four decimals say nothing here: "6,3000 tỷ" → "6,3 tỷ".
    return text.replace(/([.,]\d*?)0+(?=\s|$)/, '$1').replace(/[.,](?=\s|$)/, '');
  }
  return decimalText(e.value, 2, locale);
}

function label(e: Estimate): LocalizedText {
  const base = L.estimate[e.id];
  const subject = e.subject === undefined ? undefined : (L.subject[e.subject] ?? { vi: e.subject, en: e.subject });
  return subject === undefined ? base : { vi: `${base.vi} (${subject.vi})`, en: `${base.en} (${subject.en})` };
}

/**
 * The statistics the audit derives from the figures (`auditReports` estimates), as report rows.
 * @param estimates - the estimates.
 * @param reports - the reports they are about (for their periods).
 * @returns one row per estimate, by seed, then in the audit's order.
 */
export function statisticRows(estimates: readonly Estimate[], reports: readonly ProgrammeReport[]): StatisticRow[] {
  // An estimate is always about one of the reports audited.
  const period = (id: string): LocalizedText => periodLabel((reports.find((x) => x.id === id) as ProgrammeReport).period);
  const rows = estimates.map((e) => ({
    id: e.id,
    report: e.report,
    seed: seedOf(e.report),
    period: period(e.report),
    ...(e.against === undefined ? {} : { against: e.against }),
    ...(e.subject === undefined ? {} : { subject: e.subject }),
    label: label(e),
    unit: e.unit,
    value: e.value.toString(),
    interval: intervalJson(e.interval),
    text: { vi: valueText(e, 'vi'), en: valueText(e, 'en') },
    message: { vi: e.message.vi, en: e.message.en },
  }));
  // A stable sort: each seed's statistics together, cross-year ones after that seed's own.
  return rows.sort((a, b) => a.seed.localeCompare(b.seed));
}

/**
 * Completion of targets (`completionRate`): each target output whose province also reports an executed value
 * of the same indicator for a year up to the target's, actual / target.
 * @param reports - the reports.
 * @returns the rows, and a note saying what was matched or why nothing could be.
 */
export function completionRows(reports: readonly ProgrammeReport[]): { rows: StatisticRow[]; note: LocalizedText } {
  const endYear = (r: ProgrammeReport) => (r.period.kind === 'period' ? r.period.to : r.period.year);
  const rows: StatisticRow[] = [];
  for (const target of reports.filter((r) => r.status === 'target')) {
    for (const out of target.outputs ?? []) {
      const actualReport = reports.find(
        (r) =>
          r.status === 'executed' &&
          r.scope.name === target.scope.name &&
          endYear(r) <= endYear(target) &&
          (r.outputs ?? []).some((o) => o.indicator === out.indicator && o.value !== undefined),
      );
      const actualText = actualReport?.outputs?.find((o) => o.indicator === out.indicator)?.value?.text;
      if (actualReport === undefined || actualText === undefined || out.value === undefined) continue;
      const actual = safeParseQuantity(actualText);
      const stated = safeParseQuantity(out.value.text);
      if (!actual.success || !stated.success) continue;
      const c = completionRate(actual.data.value, stated.data);
      if (!c.ok || !c.value.rate.ok) continue;
      const rate = c.value.rate.value;
      const verdict = c.value.met ? L.met : L.notMet;
      rows.push({
        id: 'completion',
        report: target.id,
        seed: seedOf(target.id),
        period: periodLabel(target.period),
        against: actualReport.id,
        subject: out.indicator,
        label: L.completionOf(out.indicator),
        unit: 'ratio',
        value: rate.toString(),
        interval: { lo: { value: rate.toString(), open: false }, hi: { value: rate.toString(), open: false } },
        text: { vi: `${formatPercent(rate, { locale: 'vi' })} (${verdict.vi})`, en: `${formatPercent(rate, { locale: 'en' })} (${verdict.en})` },
        message: {
          vi: `${actualText} / ${out.value.text} = ${formatPercent(rate, { locale: 'vi' })}: ${verdict.vi}.`,
          en: `${actualText} / ${out.value.text} = ${formatPercent(rate, { locale: 'en' })}: ${verdict.en}.`,
        },
      });
    }
  }
  return { rows, note: rows.length === 0 ? L.noCompletion : L.completionNote };
}
