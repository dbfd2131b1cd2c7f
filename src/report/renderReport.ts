import type { Locale } from '../index.js';
import { L } from './labels.js';
import { renderTable } from './renderTable.js';
import type { Report } from './Report.js';
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

function heading(ctx: Ctx, n: number, title: string): string {
  const h = `${String(n)}. ${title}`;
  return ctx.color ? `\u001b[1m${h}\u001b[22m` : h;
}

function supportSection(report: Report, ctx: Ctx): string {
  const { locale: l } = ctx;
  const table = renderTable(
    {
      columns: [
        { header: '#', align: 'right' },
        { header: L.date[l], align: 'left' },
        { header: L.eligibleCost[l], align: 'right' },
        { header: L.support[l], align: 'right' },
        { header: L.binding[l], align: 'left' },
        { header: L.citation[l], align: 'left' },
      ],
      rows: report.support.map((s, i) => [
        `(${String(i + 1)})`,
        s.at,
        s.text.eligibleCost[l],
        s.text.support[l],
        L.bindingValue[s.binding]?.[l] ?? s.binding,
        s.citation[l],
      ]),
    },
    { color: ctx.color },
  );
  const notes = report.support.map((s, i) =>
    wrapText(
      `(${String(i + 1)}) ${s.itemLabel[l]}: ${s.explanation[l]} ${L.confidence[l]}: ${L.confidenceValue[s.confidence]?.[l] ?? s.confidence}.`,
      ctx.width,
      '  ',
    ),
  );
  return [table, '', ...notes].join('\n');
}

function provincesSection(report: Report, ctx: Ctx): string {
  const { locale: l } = ctx;
  const p = report.provinces;
  const map = renderTable(
    {
      columns: [
        { header: L.seed[l], align: 'left' },
        { header: L.publishedName[l], align: 'left' },
        { header: L.legacyCode[l], align: 'right' },
        { header: L.currentUnit[l], align: 'left' },
        { header: L.currentCode[l], align: 'right' },
        { header: L.merged[l], align: 'left' },
      ],
      rows: p.map.map((r) => [r.seed, r.published, r.legacyCode, r.currentName[l], r.currentCode, (r.merged ? L.yes : L.no)[l]]),
    },
    { color: ctx.color },
  );
  const restated = renderTable(
    {
      columns: [
        { header: L.currentUnit[l], align: 'left' },
        { header: L.currentCode[l], align: 'right' },
        { header: L.period[l], align: 'left' },
        { header: L.amount[l], align: 'right' },
        { header: L.fromCodes[l], align: 'left' },
      ],
      rows: p.restated.map((r) => [r.currentName[l], r.currentCode, r.period, r.text[l], r.from.join(', ')]),
    },
    { color: ctx.color },
  );
  const warnings = p.warnings.map((w) => wrapText(`! ${w[l]}`, ctx.width, '  '));
  return [map, '', wrapText(L.restatedIntro[l], ctx.width, '  '), '', restated, ...warnings].join('\n');
}

/**
 * Writes the report for a terminal in one language: numbered sections, tables aligned by display width,
 * explanations wrapped. No ANSI codes unless `color` is set.
 * @param report - the report from {@link buildReport}.
 * @param options - language, colour and width.
 * @returns the text, ending with a newline.
 * @category Report
 */
export function renderReport(report: Report, options: RenderReportOptions = {}): string {
  const ctx: Ctx = { locale: options.locale ?? 'vi', color: options.color ?? false, width: options.width ?? 100 };
  const title = ctx.color ? `\u001b[1m${report.title[ctx.locale]}\u001b[22m` : report.title[ctx.locale];
  const sections = [
    [L.provincesHeading[ctx.locale], provincesSection(report, ctx)],
    [L.supportHeading[ctx.locale], supportSection(report, ctx)],
  ] as const;
  const body = sections.map(([t, s], i) => `${heading(ctx, i + 1, t)}\n\n${s}`);
  return `${title}\n\n${body.join('\n\n')}\n`;
}
