import {
  findProvince,
  quantityToMoney,
  restateToCurrentMap,
  safeParseQuantity,
  successorOf,
  sumMoney,
  type Money,
  type ProgrammeReport,
  type ReportStatus,
} from '../index.js';
import { moneyText } from './format.js';
import { L } from './labels.js';
import { seedOf } from './published.js';
import type { ProvinceMapRow, ProvinceSection, RestatedRow } from './Report.js';

/**
 * The day a report's province name refers to: its publication date (a year alone → 31 December), else the
 * last day of its period. Names are looked up as of that day.
 */
export function referenceDate(r: ProgrammeReport): string {
  const d = r.source.date;
  if (d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  if (d !== undefined && /^\d{4}$/.test(d)) return `${d}-12-31`;
  const year = r.period.kind === 'period' ? r.period.to : r.period.year;
  return `${String(year)}-12-31`;
}

/** The funding a report states: its total, else the sum of its sources' amounts; undefined when none is readable. */
function statedFunding(r: ProgrammeReport): Money | undefined {
  const texts = r.total !== undefined ? [r.total.text] : (r.funding ?? []).flatMap((f) => (f.amount === undefined ? [] : [f.amount.text]));
  const amounts: Money[] = [];
  for (const t of texts) {
    const q = safeParseQuantity(t);
    if (!q.success || q.data.kind !== 'money') return undefined;
    amounts.push(quantityToMoney(q.data));
  }
  return amounts.length === 0 ? undefined : sumMoney(amounts);
}

/**
 * The provinces of the reports on the 63-unit map and the unit of the 34-unit map each is part of from
 * 2025-07-01 (`findProvince` as of the report's date, then `successorOf`), and the funding the reports state
 * restated onto the current map (`restateToCurrentMap`), one series per report status.
 * @param reports - the reports (province-scope ones are used).
 * @returns the provinces section.
 */
export function provinceSection(reports: readonly ProgrammeReport[]): ProvinceSection {
  const map: ProvinceMapRow[] = [];
  const series = new Map<ReportStatus, Record<string, Record<string, Money>>>();
  for (const r of reports) {
    if (r.scope.kind !== 'province') continue;
    const found = findProvince(r.scope.name, { at: referenceDate(r) });
    if (!found.ok || found.value.province.era !== 'legacy') continue;
    const old = found.value.province;
    if (!map.some((m) => m.legacyCode === old.code)) {
      const now = successorOf(old.code);
      map.push({
        seed: r.source.seed ?? seedOf(r.id),
        published: r.scope.name,
        legacyCode: old.code,
        legacyName: { vi: old.label.vi, en: old.label.en },
        currentCode: now.code,
        currentName: { vi: now.label.vi, en: now.label.en },
        merged: now.predecessors.length > 1,
      });
    }
    const amount = statedFunding(r);
    if (amount === undefined || r.period.kind === 'by') continue;
    const period = r.period.kind === 'year' ? String(r.period.year) : `${String(r.period.from)}-${String(r.period.to)}`;
    const s = series.get(r.status) ?? {};
    s[old.code] = { ...s[old.code], [period]: amount };
    series.set(r.status, s);
  }
  const restated: RestatedRow[] = [];
  let notRestated = 0;
  const warnings: { vi: string; en: string }[] = [];
  for (const [status, s] of series) {
    const result = restateToCurrentMap(s);
    notRestated += result.notRestated.length;
    warnings.push(...result.warnings.map((w) => ({ vi: w.message.vi, en: w.message.en })));
    for (const v of result.values) {
      // Every restated code is the successor of a code put in the map above.
      const current = map.find((m) => m.currentCode === v.code) as ProvinceMapRow;
      restated.push({
        currentCode: v.code,
        currentName: current.currentName,
        period: v.period,
        status,
        statusLabel: L.status[status],
        value: { kind: 'money', dong: v.value.dong },
        from: [...v.from],
        text: { vi: moneyText(v.value, 'vi'), en: moneyText(v.value, 'en') },
      });
    }
  }
  restated.sort((a, b) => `${a.currentCode} ${a.period}`.localeCompare(`${b.currentCode} ${b.period}`));
  return { map, restated, notRestated, warnings };
}
