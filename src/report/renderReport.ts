import { formatMoney, formatPercent, money, ratio, ratioToFixed, type Locale } from '../index.js';
import { L } from './labels.js';
import { renderTable, type TextTable } from './renderTable.js';
import type { FindingRow, PublishedValue, Report } from './Report.js';
import { wrapText } from './wrapText.js';

/**
 * Options of {@link renderReport}.
 * @category Report
 */
export interface RenderReportOptions {
  /** `'vi'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** ANSI bold headings, for a TTY only. Default `false`. */
  readonly color?: boolean;
  /** Paragraph width in display columns. Default 100. */
  readonly width?: number;
}

interface Ctx {
  readonly locale: Locale;
  readonly color: boolean;
  readonly width: number;
}

const bold = (ctx: Ctx, s: string) => (ctx.color ? `\u001b[1m${s}\u001b[22m` : s);
const table = (ctx: Ctx, t: TextTable) => renderTable(t, { color: ctx.color });
const para = (ctx: Ctx, s: string) => wrapText(s, ctx.width, '  ');
const cell = (v: PublishedValue | undefined, l: Locale) => (v === undefined ? '' : v.text[l]);

function sourcesSection(r: Report, ctx: Ctx): string {
  const l = ctx.locale;
  return table(ctx, {
    columns: [
      { header: L.seed[l], align: 'left' },
      { header: L.publication[l], align: 'left' },
      { header: L.published[l], align: 'left' },
      { header: L.scope[l], align: 'left' },
    ],
    rows: r.sources.map((s) => [s.seed, s.publication, s.date ?? L.noDate[l], s.scope]),
  });
}

function figuresSection(r: Report, ctx: Ctx): string {
  const l = ctx.locale;
  const projects = (n: PublishedValue | undefined, lo: PublishedValue | undefined) =>
    n === undefined && lo === undefined ? '' : `${n?.value ?? '–'} / ${lo?.value ?? '–'}`;
  const t = table(ctx, {
    columns: [
      { header: L.seed[l], align: 'left' },
      { header: L.periodShort[l], align: 'left' },
      { header: L.statusHeader[l], align: 'left' },
      { header: L.national[l], align: 'right' },
      { header: L.local[l], align: 'right' },
      { header: L.total[l], align: 'right' },
      { header: L.projects[l], align: 'right' },
    ],
    rows: r.figures.map((f) => [
      f.seed,
      f.period[l],
      f.statusLabel[l],
      cell(f.national, l),
      cell(f.local, l),
      cell(f.total, l),
      projects(f.nationalProjects, f.localProjects),
    ]),
  });
  return [t, '', para(ctx, L.fundingNote[l])].join('\n');
}

function outputsSection(r: Report, ctx: Ctx): string {
  const l = ctx.locale;
  return table(ctx, {
    columns: [
      { header: L.seed[l], align: 'left' },
      { header: L.periodShort[l], align: 'left' },
      { header: L.statusHeader[l], align: 'left' },
      { header: L.value[l], align: 'right' },
      { header: L.indicator[l], align: 'left' },
    ],
    rows: r.outputs.map((o) => [o.seed, o.period[l], o.statusLabel[l], o.value?.text[l] ?? L.notStated[l], o.label[l]]),
  });
}

function statisticsSection(r: Report, ctx: Ctx): string {
  const l = ctx.locale;
  const t = table(ctx, {
    columns: [
      { header: L.seed[l], align: 'left' },
      { header: L.periodShort[l], align: 'left' },
      { header: L.value[l], align: 'right' },
      { header: L.statistic[l], align: 'left' },
    ],
    rows: r.statistics.map((s) => [s.seed, s.period[l], s.text[l], s.label[l]]),
  });
  const completion =
    r.completion.rows.length === 0
      ? [para(ctx, `${L.completionHeading[l]}: ${r.completion.note[l]}`)]
      : [
          para(ctx, `${L.completionHeading[l]}: ${r.completion.note[l]}`),
          '',
          table(ctx, {
            columns: [
              { header: L.seed[l], align: 'left' },
              { header: L.periodShort[l], align: 'left' },
              { header: L.value[l], align: 'right' },
              { header: L.statistic[l], align: 'left' },
            ],
            rows: r.completion.rows.map((s) => [s.seed, s.period[l], s.text[l], s.label[l]]),
          }),
        ];
  return [t, '', para(ctx, L.rangeNote[l]), '', ...completion].join('\n');
}

function differenceText(f: FindingRow, l: Locale): string {
  if (f.difference === undefined) return '';
  const d = ratio(f.difference);
  const sign = d.numerator > 0n ? '+' : d.numerator < 0n ? '−' : '±';
  const abs = ratio(d.numerator < 0n ? -d.numerator : d.numerator, d.denominator);
  if (f.unit === 'money') return `${sign}${formatMoney(money(ratioToFixed(abs, 0, 'half-up')), { locale: l })}`;
  if (f.unit === 'ratio') return `${sign}${formatPercent(abs, { locale: l, decimals: 4 }).replace('%', l === 'vi' ? ' điểm %' : ' pp')}`;
  return `${sign}${ratioToFixed(abs, 2, 'half-up').replace(/\.?0+$/, '')}`;
}

function auditSectionText(r: Report, ctx: Ctx): string {
  const l = ctx.locale;
  const t = table(ctx, {
    columns: [
      { header: '#', align: 'right' },
      { header: L.seed[l], align: 'left' },
      { header: L.check[l], align: 'left' },
      { header: L.verdict[l], align: 'left' },
      { header: L.difference[l], align: 'right' },
    ],
    rows: r.audit.findings.map((f, i) => [
      `(${String(i + 1)})`,
      f.seed,
      L.checkValue[f.check][l],
      L.verdictValue[f.status][l],
      differenceText(f, l),
    ]),
  });
  const notes = r.audit.findings.map((f, i) => para(ctx, `(${String(i + 1)}) ${f.message[l]}`));
  return [para(ctx, L.auditSummary(r.audit.counts)[l]), '', t, '', ...notes].join('\n');
}

function provincesSection(r: Report, ctx: Ctx): string {
  const l = ctx.locale;
  const p = r.provinces;
  const map = table(ctx, {
    columns: [
      { header: L.seed[l], align: 'left' },
      { header: L.publishedName[l], align: 'left' },
      { header: L.legacyCode[l], align: 'right' },
      { header: L.currentUnit[l], align: 'left' },
      { header: L.currentCode[l], align: 'right' },
      { header: L.merged[l], align: 'left' },
    ],
    rows: p.map.map((m) => [m.seed, m.published, m.legacyCode, m.currentName[l], m.currentCode, (m.merged ? L.yes : L.no)[l]]),
  });
  const restated = table(ctx, {
    columns: [
      { header: L.currentUnit[l], align: 'left' },
      { header: L.currentCode[l], align: 'right' },
      { header: L.period[l], align: 'left' },
      { header: L.statusHeader[l], align: 'left' },
      { header: L.amount[l], align: 'right' },
      { header: L.fromCodes[l], align: 'left' },
    ],
    rows: p.restated.map((x) => [x.currentName[l], x.currentCode, x.period, x.statusLabel[l], x.text[l], x.from.join(', ')]),
  });
  const warnings = p.warnings.map((w) => para(ctx, `! ${w[l]}`));
  return [map, '', para(ctx, L.restatedIntro[l]), '', restated, ...(warnings.length === 0 ? [] : ['', ...warnings])].join('\n');
}

function eligibilitySection(r: Report, ctx: Ctx): string {
  const l = ctx.locale;
  return r.eligibility
    .map((e, i) => {
      const head = para(ctx, `(${String(i + 1)}) ${e.description[l]}: ${e.outcomeLabel[l]} (${e.at}; ${L.regimeLabel[l]}: ${e.regimeLabel[l]})`);
      const reasons = e.reasons.map((x) =>
        wrapText(`- [${L.reasonStatus[x.status][l]}] ${x.message[l]} — ${x.citation[l]} (${L.confidenceValue[x.confidence][l]})`, ctx.width, '    ', '      '),
      );
      const missingLabel = e.outcome === 'ineligible' ? L.missingFactsMoot : L.missingFacts;
      const missing = e.missing.length === 0 ? [] : [wrapText(`${missingLabel[l]}: ${e.missing.join(', ')}`, ctx.width, '    ')];
      return [head, ...reasons, ...missing].join('\n');
    })
    .join('\n\n');
}

function supportSection(r: Report, ctx: Ctx): string {
  const l = ctx.locale;
  const t = table(ctx, {
    columns: [
      { header: '#', align: 'right' },
      { header: L.date[l], align: 'left' },
      { header: L.eligibleCost[l], align: 'right' },
      { header: L.support[l], align: 'right' },
      { header: L.binding[l], align: 'left' },
      { header: L.citation[l], align: 'left' },
    ],
    rows: r.support.map((s, i) => [
      `(${String(i + 1)})`,
      s.at,
      s.text.eligibleCost[l],
      s.text.support[l],
      L.bindingValue[s.binding][l],
      s.citation[l],
    ]),
  });
  const notes = r.support.map((s, i) =>
    para(ctx, `(${String(i + 1)}) ${s.itemLabel[l]}: ${s.explanation[l]} ${L.confidence[l]}: ${L.confidenceValue[s.confidence][l]}.`),
  );
  return [t, '', ...notes].join('\n');
}

/**
 * Writes the report for a terminal in one language: numbered sections, tables aligned by display width
 * (NFC code points, so Vietnamese diacritics line up), explanations wrapped. No ANSI codes unless `color`.
 * @param report - the report from `buildReport`.
 * @param options - language, colour and width.
 * @returns the text, ending with a newline.
 * @category Report
 */
export function renderReport(report: Report, options: RenderReportOptions = {}): string {
  const ctx: Ctx = { locale: options.locale ?? 'vi', color: options.color ?? false, width: options.width ?? 100 };
  const l = ctx.locale;
  const sections: readonly (readonly [string, (r: Report, c: Ctx) => string])[] = [
    [L.sourcesHeading[l], sourcesSection],
    [L.figuresHeading[l], figuresSection],
    [L.outputsHeading[l], outputsSection],
    [L.statisticsHeading[l], statisticsSection],
    [L.auditHeading[l], auditSectionText],
    [L.provincesHeading[l], provincesSection],
    [L.eligibilityHeading[l], eligibilitySection],
    [L.supportHeading[l], supportSection],
  ];
  const body = sections.map(([title, render], i) => `${bold(ctx, `${String(i + 1)}. ${title}`)}\n\n${render(report, ctx)}`);
  return `${bold(ctx, report.title[l])}\n\n${body.join('\n\n')}\n`;
}
