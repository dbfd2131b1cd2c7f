import { toI, wholeEnds } from '../internal/interval.js';
import { lazyText } from '../internal/lazyText.js';
import type { LocalizedText } from '../internal/messages.js';
import { add, mul, R0, ratFromInt, roundToInteger, toRat } from '../internal/rational.js';
import { checkClaim } from '../claims/checkClaim.js';
import type { Claim, ClaimNumber } from '../claims/Claim.js';
import type { ClaimResult, ClaimUnit } from '../claims/ClaimResult.js';
import { formatClaimAmount, formatClaimInterval } from '../claims/figures.js';
import type { ClaimFigureShape as Shape } from '../claims/formatClaimValue.js';
import type { ClaimOperand as Operand } from '../claims/operand.js';
import { count } from '../quantity/Count.js';
import type { Interval } from '../quantity/Interval.js';
import { fromRat } from '../internal/ratio.js';
import { ratio, type Ratio } from '../quantity/Ratio.js';
import { averageInterval, averagePer } from '../stats/average.js';
import { intervalOfExact, ratioInterval, scaleInterval, sumInterval } from '../stats/interval.js';
import { impliedPrevious, impliedPreviousInterval, ratioOf } from '../stats/percentChange.js';
import { share, shareInterval } from '../stats/share.js';
import type { StatResult } from '../stats/StatResult.js';
import type { AuditCheckId, AuditResult, Estimate, EstimateId, Finding } from './Finding.js';
import { auditMessages as M, SOURCE_NAMES } from './messages.js';
import type { DerivedFigure, ProgrammeReport, PublishedFigure } from './ProgrammeReport.js';
import { readReport } from './readReport.js';
import { ofFigure, periodText, periodYears, read } from './reportFigures.js';
import type { ReportIndex } from './reportIndex.js';

/** How percentages derived by the audit are written. */
export const PERCENT_SHAPE: Shape = Object.freeze({ kind: 'percent', decimals: 2 });

/** @internal Runs one claim and wraps it as a finding. */
export function finding(
  check: AuditCheckId,
  report: ProgrammeReport,
  claim: Claim,
  label: LocalizedText,
  extra: { readonly against?: string; readonly note?: LocalizedText } = {},
): Finding {
  const result = checkClaim(claim);
  // Built when first read, like the claim's own explanation (most callers read only the status).
  const message = lazyText(findingText, { label, result, note: extra.note });
  return Object.freeze({ check, report: report.id, ...extra, status: result.status, result, message });
}

function findingText(s: { readonly label: LocalizedText; readonly result: ClaimResult; readonly note: LocalizedText | undefined }): LocalizedText {
  const { label, result, note } = s;
  return {
    vi: `${label.vi}: ${result.message.vi}${note === undefined ? '' : ` (${note.vi})`}`,
    en: `${label.en}: ${result.message.en}${note === undefined ? '' : ` (${note.en})`}`,
  };
}

interface EstimateSource {
  readonly message: (v: { value: LocalizedText; range: LocalizedText }) => LocalizedText;
  readonly shape: Shape;
  readonly value: Ratio;
  readonly interval: Interval;
}

function estimateText(s: EstimateSource): LocalizedText {
  return s.message({ value: formatClaimAmount(s.shape, s.value), range: formatClaimInterval(s.shape, s.interval) });
}

/** @internal Builds an estimate, or nothing when its computation is undefined. */
export function estimate(
  id: EstimateId,
  report: ProgrammeReport,
  value: StatResult<Ratio>,
  interval: StatResult<Interval>,
  shape: Shape,
  unit: ClaimUnit,
  message: (v: { value: LocalizedText; range: LocalizedText }) => LocalizedText,
  extra: { readonly against?: string; readonly subject?: string } = {},
): Estimate[] {
  if (!value.ok || !interval.ok) return [];
  const text = lazyText(estimateText, { message, shape, value: value.value, interval: interval.value });
  return [Object.freeze({ id, report: report.id, ...extra, value: value.value, interval: interval.value, unit, message: text })];
}

const texts = (figs: readonly PublishedFigure[]): ClaimNumber[] => figs.map((f) => f.text);

function fundingChecks(report: ProgrammeReport): Finding[] {
  const out: Finding[] = [];
  const lines = report.funding ?? [];
  if (lines.length === 0) return out;
  const amounts = lines.flatMap((l) => (l.amount === undefined ? [] : [l.amount]));
  if (report.total !== undefined && amounts.length === lines.length) {
    out.push(finding('funding-sum', report, { kind: 'sum', parts: texts(amounts), stated: report.total.text }, M['funding-sum']({})));
  }
  const projects = lines.flatMap((l) => (l.projects === undefined ? [] : [l.projects]));
  if (report.projects !== undefined && projects.length === lines.length) {
    out.push(finding('projects-sum', report, { kind: 'sum', parts: texts(projects), stated: report.projects.text }, M['projects-sum']({})));
  }
  return out;
}

function averagePerMember(report: ProgrammeReport, d: Extract<DerivedFigure, { kind: 'average-per-member' }>, of: PublishedFigure): { findings: Finding[]; estimates: Estimate[] } {
  const label = M['average-per-member']({});
  const stated = d.stated.text;
  const members = d.count ?? (report.scope.kind === 'group' ? report.scope.members : undefined);
  if (members !== undefined) {
    return { findings: [finding('average-per-member', report, { kind: 'average', total: of.text, count: members.text, stated }, label)], estimates: [] };
  }
  const total = read(of);
  const avg = read(d.stated);
  if (total === undefined || avg === undefined) {
    // Unreadable inputs are reported before any computation, so the count used here never matters.
    return { findings: [finding('average-per-member', report, { kind: 'average', total: of.text, count: ratio(1), stated }, label)], estimates: [] };
  }
  const exact = ratioOf(total.value, avg.value);
  const range = ratioInterval(total.interval, avg.interval);
  const estimates = estimate('implied-count', report, exact, range, { kind: 'count', decimals: 2 }, 'count', (v) => M['implied-count'](v));
  if (!exact.ok || !range.ok) {
    return { findings: [finding('average-per-member', report, { kind: 'average', total: of.text, count: ratio(0), stated }, label)], estimates };
  }
  const nearest = roundToInteger(toRat(exact.value), 'half-up');
  const whole = wholeEnds(toI(range.value));
  /* c8 ignore next 2 -- a quotient of two bounded positive intervals is bounded */
  const lo = whole.lo ?? nearest;
  const hi = whole.hi ?? nearest;
  const n = lo > hi ? nearest : nearest < lo ? lo : nearest > hi ? hi : nearest;
  const quotient = formatClaimAmount({ kind: 'count', decimals: 2 }, exact.value);
  const note =
    lo > hi
      ? M['implied-count-none']({ n: String(n), quotient })
      : lo === hi
        ? M['implied-count-unique']({ n: String(n), quotient })
        : M['implied-count-several']({ n: String(n), from: String(lo), to: String(hi), quotient });
  return {
    findings: [finding('average-per-member', report, { kind: 'average', total: of.text, count: count(Number(n), d.per), stated }, label, { note })],
    estimates,
  };
}

function derivedChecks(report: ProgrammeReport, others: ReportIndex | undefined): { findings: Finding[]; estimates: Estimate[] } {
  const findings: Finding[] = [];
  const estimates: Estimate[] = [];
  for (const d of report.derived ?? []) {
    if (d.kind === 'share') {
      const part = report.funding?.find((l) => l.source === d.source)?.amount;
      if (part !== undefined && report.total !== undefined) {
        findings.push(
          finding('share', report, { kind: 'share', part: part.text, whole: report.total.text, stated: d.stated.text }, M.share({ source: SOURCE_NAMES[d.source] })),
        );
      }
      continue;
    }
    const of = ofFigure(report, d.of);
    if (d.kind === 'change') {
      if (of === undefined) continue;
      const label = M.change({ period: periodText(d.base.period) });
      if (d.base.value !== undefined) {
        findings.push(finding('change', report, { kind: 'change', current: of.text, previous: d.base.value.text, stated: d.stated.text }, label));
        continue;
      }
      const base = others?.base(report, d.base.period, d.base.status);
      const baseFig = base === undefined ? undefined : ofFigure(base, d.of);
      if (base !== undefined && baseFig !== undefined) {
        findings.push(
          finding('change', report, { kind: 'change', current: of.text, previous: baseFig.text, stated: d.stated.text }, label, { against: base.id }),
        );
        continue;
      }
      const cur = read(of);
      const chg = read(d.stated);
      if (cur === undefined || chg === undefined) continue;
      estimates.push(
        ...estimate('implied-base', report, impliedPrevious(cur.value, chg.value), impliedPreviousInterval(cur.interval, chg.interval), cur, cur.unit, (v) =>
          M['implied-base']({ ...v, period: periodText(d.base.period) }),
        ),
      );
      continue;
    }
    if (d.kind === 'average-per-member') {
      if (of === undefined) continue;
      const r = averagePerMember(report, d, of);
      findings.push(...r.findings);
      estimates.push(...r.estimates);
      continue;
    }
    // average-per-year
    const years = periodYears(report.period);
    if (years === undefined) continue;
    if (of !== undefined) {
      findings.push(
        finding('average-per-year', report, { kind: 'average', total: of.text, count: count(years, 'year'), stated: d.stated.text }, M['average-per-year']({})),
      );
      continue;
    }
    const avg = read(d.stated);
    if (avg === undefined) continue;
    estimates.push(
      ...estimate(
        'implied-total',
        report,
        { ok: true, value: fromRat(mul(toRat(avg.value), ratFromInt(years))) },
        { ok: true, value: scaleInterval(avg.interval, ratio(years)) },
        avg,
        avg.unit,
        (v) => M['implied-total'](v),
      ),
    );
  }
  return { findings, estimates };
}

function ownEstimates(report: ProgrammeReport): Estimate[] {
  const out: Estimate[] = [];
  const total = report.total === undefined ? undefined : read(report.total);
  const lines = (report.funding ?? []).flatMap((l) => {
    const op = l.amount === undefined ? undefined : read(l.amount);
    return op === undefined ? [] : [{ source: l.source, op }];
  });
  if (total !== undefined && lines.length >= 2) {
    for (const { source, op } of lines) {
      out.push(
        ...estimate('source-share', report, share(op.value, total.value), shareInterval(op.interval, total.interval), PERCENT_SHAPE, 'ratio', (v) =>
          M['source-share']({ ...v, source: SOURCE_NAMES[source] }),
        { subject: source }),
      );
    }
  }
  const years = periodYears(report.period);
  const statesYearly = (report.derived ?? []).some((d) => d.kind === 'average-per-year');
  if (total !== undefined && years !== undefined && years > 1 && !statesYearly) {
    const y = ratio(years);
    out.push(...estimate('average-per-year', report, averagePer(total.value, y), averageInterval(total.interval, intervalOfExact(y)), total, 'money', (v) => M['average-per-year-estimate'](v)));
  }
  const outputs = report.outputs ?? [];
  const topics = [...new Set(outputs.flatMap((o) => (o.topic === undefined ? [] : [o.topic])))];
  for (const topic of topics) {
    const classes = outputs.filter((o) => o.topic === topic && o.indicator === 'training-classes');
    const people = outputs.filter((o) => o.topic === topic && o.indicator === 'trainees');
    const c = classes.length === 1 && classes[0]?.value !== undefined ? read(classes[0].value) : undefined;
    const p = people.length === 1 && people[0]?.value !== undefined ? read(people[0].value) : undefined;
    if (c === undefined || p === undefined) continue;
    out.push(
      ...estimate('average-per-class', report, averagePer(p.value, c.value), averageInterval(p.interval, c.interval), { kind: 'count', decimals: 0 }, 'count', (v) =>
        M['average-per-class']({ ...v, topic }),
      { subject: topic }),
    );
  }
  return out;
}

/** @internal The audit of one report, looking up base reports among `others` (none for a lone report). */
export function auditOne(report: ProgrammeReport, others?: ReportIndex): { findings: Finding[]; estimates: Estimate[] } {
  const derived = derivedChecks(report, others);
  return { findings: [...fundingChecks(report), ...derived.findings], estimates: [...derived.estimates, ...ownEstimates(report)] };
}

/**
 * Audits one published report: runs every check its data allow — the sources' amounts against the stated
 * total (`funding-sum`), the sources' đề án against the stated number (`projects-sum`), a stated change against
 * a stated base value (`change`), a stated average per province against the total and the number of provinces,
 * stated or implied (`average-per-member`), a yearly average against the period's total (`average-per-year`),
 * a stated share (`share`) — each decided with {@link checkClaim} at the published precision. Figures the
 * report implies but does not state (the base of a change whose base year is not given, shares by source,
 * averages per year or per class) come back as estimates, not findings.
 *
 * @param report - the report.
 * @returns the findings (consistent, inconsistent or cannot-check, with numbers and explanations) and estimates.
 * @throws {@link KhuyenCongError} `audit.invalid-report` (with the path of the first wrong field) when `report` is
 *   not a {@link ProgrammeReport}; `input.unreadable`, `input.cyclic`, `input.too-deep` when it cannot be read as
 *   data. A report {@link parseProgrammeReport} returned is not checked again.
 * @category Audit
 * @example
 * // seed 003: the 2014 plan's components exceed its stated total
 * const { findings } = auditReport(seedReport('seed-003/south-2014-plan'));
 * findings.map((f) => `${f.check}: ${f.status}`); // ["funding-sum: inconsistent", "average-per-member: consistent"]
 */
export function auditReport(report: ProgrammeReport): AuditResult {
  // Read once and checked against the type (`audit.invalid-report`, never a TypeError); a parsed report as it is.
  const r = auditOne(readReport(report));
  return Object.freeze({ findings: Object.freeze(r.findings), estimates: Object.freeze(r.estimates) });
}

/** @internal The exact sum of operands and the interval of their sums. */
export function sumOf(ops: readonly Operand[]): { value: Ratio; interval: Interval } {
  return { value: fromRat(ops.reduce((s, o) => add(s, toRat(o.value)), R0)), interval: sumInterval(ops.map((o) => o.interval)) };
}
