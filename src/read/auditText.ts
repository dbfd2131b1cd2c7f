import { fail } from '../internal/errors.js';
import { text, type LocalizedText } from '../internal/messages.js';
import { auditReports } from '../audit/auditReports.js';
import type { AuditCheckId, Estimate, Finding } from '../audit/Finding.js';
import type {
  DerivedFigure,
  FigureSource,
  FundingLine,
  FundingSource,
  ProgrammeReport,
  PublishedFigure,
  ReportScope,
} from '../audit/ProgrammeReport.js';
import { checkClaim } from '../claims/checkClaim.js';
import type { Claim } from '../claims/Claim.js';
import type { ClaimResult, ClaimStatus } from '../claims/ClaimResult.js';
import type { Quantity } from '../quantity/Quantity.js';
import { optionsOf, readCore, type ReadFiguresOptions } from './readFigures.js';
import type { TextFigure, TextSpan } from './TextFigure.js';

/**
 * Options of {@link auditText}: those of `readFigures`, and where the text was published (given to every
 * figure of the reports built from it).
 * @category Reading
 */
export interface AuditTextOptions extends ReadFiguresOptions {
  /** The publication and date of the text; `{ publication: 'text' }` when absent. */
  readonly source?: FigureSource;
}

/**
 * The kind of an arithmetic statement found in a text: a total with its parts ("tổng … trong đó …"), a share
 * ("chiếm 41%"), a change against an earlier period ("tăng 17,16% so năm 2013"), an average ("bình quân …"),
 * a completion rate ("đạt 105% kế hoạch").
 * @category Reading
 */
export type TextClaimKind = 'sum' | 'share' | 'change' | 'average' | 'completion';

/**
 * One arithmetic statement of a text and its check: the stated figure, the figures it is computed from (their
 * spans), and the verdict of `checkClaim`, or `cannot-check` with the reason (an input the text does not
 * state, or the reason checkClaim gives).
 * @category Reading
 */
export interface TextClaim {
  readonly kind: TextClaimKind;
  readonly stated: TextSpan;
  /** The spans of the inputs used, in the order of the claim's formula. */
  readonly inputs: readonly TextSpan[];
  readonly status: ClaimStatus;
  /** The result of checkClaim, when the inputs are all stated. */
  readonly result?: ClaimResult;
  /** Why it cannot be checked, when it cannot. */
  readonly reason?: LocalizedText;
}

/**
 * A finding of the audit of a report built from the text, with the spans of the figures it used.
 * @category Reading
 */
export interface TextFinding {
  readonly finding: Finding;
  readonly spans: readonly TextSpan[];
}

/**
 * The result of {@link auditText}.
 * @category Reading
 */
export interface TextAudit {
  /** Every figure of the text, as `readFigures` reads it. */
  readonly figures: readonly TextFigure[];
  /** The reports the text supports: a stated total with its period, status and parts by fund source. */
  readonly reports: readonly ProgrammeReport[];
  /** The findings of `auditReports` on them, each with its spans. */
  readonly findings: readonly TextFinding[];
  /** The figures the audit derives without their being stated (see `Estimate`). */
  readonly estimates: readonly Estimate[];
  /** Every total, share, change, average and completion rate the text states, checked or not, in text order. */
  readonly claims: readonly TextClaim[];
}

const M = {
  badSource: text('Không đọc được nguồn (source) đã cho.', 'The source given cannot be read.'),
  onePart: text('Chỉ nêu một thành phần của tổng: không kiểm tra được tổng.', 'Only one part of the total is stated: the sum cannot be checked.'),
  noWhole: text('Văn bản không nêu tổng mà tỷ lệ này là một phần.', 'The text does not state the whole this share is part of.'),
  noPart: text('Văn bản không nêu số mà tỷ lệ này áp dụng.', 'The text does not state the figure this share is of.'),
  noCurrent: text('Văn bản không nêu số mà mức thay đổi này áp dụng.', 'The text does not state the figure this change applies to.'),
  noBasePeriod: text('Văn bản không nêu kỳ gốc của mức thay đổi.', 'The text does not state the base period of the change.'),
  noBase: (y: string): LocalizedText => text(`Văn bản không nêu số liệu kỳ gốc (${y}).`, `The text does not state the base period's figure (${y}).`),
  severalBases: (y: string): LocalizedText =>
    text(`Văn bản nêu nhiều số liệu có thể là kỳ gốc (${y}): không chọn.`, `The text states several figures that could be the base (${y}): none is chosen.`),
  noTotal: text('Văn bản không nêu tổng mà số bình quân được tính từ.', 'The text does not state the total the average is computed from.'),
  noCount: text('Văn bản không nêu số đơn vị mà số bình quân chia cho.', 'The text does not state the number the average divides by.'),
  yearly: text('Bình quân theo năm: văn bản không nêu tổng của cả giai đoạn.', 'An average a year: the text does not state the total of the period.'),
  completion: text('Văn bản không nêu cả kết quả lẫn kế hoạch của tỷ lệ hoàn thành này.', 'The text does not state both the result and the plan of this completion rate.'),
};

const SUM_CUE = /(?:trong đó|bao gồm|gồm|cụ thể)/;

interface Built {
  readonly claims: TextClaim[];
  readonly totals: Map<TextFigure, TextFigure[]>;
  readonly changes: Map<TextFigure, { stated: TextFigure; base?: TextFigure }[]>;
  readonly averages: Map<TextFigure, TextFigure[]>;
}

const isPlain = (f: TextFigure): f is TextFigure & { quantity: Quantity } =>
  f.quantity !== undefined && f.quantity.direction === undefined && f.per === undefined && f.quantity.per === undefined && f.quantity.multiple !== true;

const sameKind = (a: Quantity, b: Quantity): boolean => a.kind === b.kind && a.unit === b.unit;

/** The offset of the end of the full sentence (., !, ? or a line break; not ';') from `from`, at most `cap` ahead. */
function sentenceEnd(s: string, from: number, cap: number): number {
  const to = Math.min(s.length, from + cap);
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x21 || c === 0x3f) return i;
    if (c === 0x2e && !(i + 1 < s.length && s.charCodeAt(i + 1) >= 0x30 && s.charCodeAt(i + 1) <= 0x39)) return i;
  }
  return to;
}

function sentenceStart(s: string, from: number, cap: number): number {
  const to = Math.max(0, from - cap);
  for (let i = from - 1; i >= to; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x21 || c === 0x3f) return i + 1;
    if (c === 0x2e && !(i + 1 < s.length && s.charCodeAt(i + 1) >= 0x30 && s.charCodeAt(i + 1) <= 0x39)) return i + 1;
  }
  return to;
}

function decide(kind: TextClaimKind, stated: TextFigure, inputs: readonly TextFigure[], claim: Claim): TextClaim {
  const result = checkClaim(claim);
  const out: { -readonly [K in keyof TextClaim]: TextClaim[K] } = {
    kind,
    stated: stated.span,
    inputs: Object.freeze(inputs.map((f) => f.span)),
    status: result.status,
    result,
  };
  if (result.status === 'cannot-check') out.reason = result.message;
  return Object.freeze(out);
}

function undecided(kind: TextClaimKind, stated: TextFigure, inputs: readonly TextFigure[], reason: LocalizedText): TextClaim {
  return Object.freeze({ kind, stated: stated.span, inputs: Object.freeze(inputs.map((f) => f.span)), status: 'cannot-check', reason });
}

/** Finds the claims, in text order, with linear work: each figure looks at a bounded neighbourhood. */
function findClaims(s: string, lower: string, figs: readonly TextFigure[]): Built {
  const claims: TextClaim[] = [];
  const totals = new Map<TextFigure, TextFigure[]>();
  const changes = new Map<TextFigure, { stated: TextFigure; base?: TextFigure }[]>();
  const averages = new Map<TextFigure, TextFigure[]>();
  let lastTotal: TextFigure | undefined;
  for (let k = 0; k < figs.length; k++) {
    const f = figs[k] as TextFigure;
    const q = f.quantity;
    if (q === undefined) continue;
    const before = lower.slice(Math.max(0, f.span.start - 30), f.span.start);
    const sStart = sentenceStart(s, f.span.start, 600);

    // A total followed by its parts: "54,06 tỷ đồng …; trong đó 7,73 tỷ … 46,33 tỷ".
    if (isPlain(f) && (q.kind === 'money' || q.kind === 'count')) {
      // The words between the total and the next plain figure (a change, an average or a share of the total may
      // come between): the cue must be there, not after another figure, whose parts they would be.
      let gapEnd = Math.min(s.length, f.span.end + 200);
      for (let j = k + 1; j < figs.length && j < k + 4; j++) {
        const nx = figs[j] as TextFigure;
        if (isPlain(nx) && nx.quantity.kind !== 'percent') {
          gapEnd = Math.min(gapEnd, nx.span.start);
          break;
        }
      }
      const gapStart = f.noun?.span.end ?? f.span.end;
      const cue = SUM_CUE.exec(lower.slice(gapStart, Math.max(gapEnd, gapStart)));
      if (cue !== null) {
        // The parts run to the end of the sentence of the cue ("… 54,06 tỷ đồng (…). Trong đó, …").
        const end = sentenceEnd(s, gapStart + cue.index, 600);
        const parts: TextFigure[] = [];
        for (let j = k + 1; j < figs.length && (figs[j] as TextFigure).span.start < end && j < k + 40; j++) {
          const p = figs[j] as TextFigure;
          if (p.total === true && parts.length > 0) break;
          if (isPlain(p) && sameKind(p.quantity, q)) parts.push(p);
        }
        if (parts.length >= 2) {
          claims.push(decide('sum', f, parts, { kind: 'sum', parts: parts.map((p) => p.quantity as Quantity), stated: q }));
          totals.set(f, parts);
        } else if (parts.length === 1) claims.push(undecided('sum', f, parts, M.onePart));
        lastTotal = f;
      } else if (f.total === true && q.kind === 'money') lastTotal = f;
    }

    if (q.kind === 'percent' && q.direction === undefined && /chiếm\s*(?:khoảng\s*|gần\s*|hơn\s*|trên\s*)?$/.test(before)) {
      // A share: its part is the figure just before it in the sentence; its whole, a total stated before that.
      const part = figs[k - 1];
      if (part === undefined || part.span.end < sStart || !isPlain(part)) claims.push(undecided('share', f, [], M.noPart));
      else {
        const whole = lastTotal !== undefined && lastTotal !== part && sameKind(lastTotal.quantity as Quantity, part.quantity) ? lastTotal : undefined;
        if (whole === undefined) claims.push(undecided('share', f, [part], M.noWhole));
        else claims.push(decide('share', f, [part, whole], { kind: 'share', part: part.quantity, whole: whole.quantity as Quantity, stated: q }));
      }
    }

    if (q.kind === 'percent' && q.direction !== undefined) {
      const cur = figs[k - 1];
      if (cur === undefined || cur.span.end < sStart || !isPlain(cur)) claims.push(undecided('change', f, [], M.noCurrent));
      else if (f.comparedWith === undefined || f.comparedWith.period.kind !== 'year') claims.push(undecided('change', f, [cur], M.noBasePeriod));
      else {
        const year = f.comparedWith.period.year;
        const bases = figs.filter(
          (b) =>
            b !== cur &&
            isPlain(b) &&
            sameKind(b.quantity, cur.quantity) &&
            b.period?.period.kind === 'year' &&
            b.period.period.year === year &&
            b.source === cur.source &&
            b.measures === cur.measures,
        );
        const list = changes.get(cur) ?? [];
        changes.set(cur, list);
        if (bases.length === 1) {
          const base = bases[0] as TextFigure;
          claims.push(decide('change', f, [cur, base], { kind: 'change', current: cur.quantity, previous: base.quantity as Quantity, stated: q }));
          list.push({ stated: f, base });
        } else {
          claims.push(undecided('change', f, [cur], bases.length === 0 ? M.noBase(String(year)) : M.severalBases(String(year))));
          list.push({ stated: f });
        }
      }
    }

    if (/(?:bình quân|trung bình)(?:\s+(?:mỗi năm|hằng năm|hàng năm|một năm|đạt|là|khoảng|chỉ được bố trí|được))*\s*$/.test(lower.slice(Math.max(0, f.span.start - 60), f.span.start))) {
      const per = q.per;
      if (per === undefined) claims.push(undecided('average', f, [], M.yearly));
      else {
        const prev = figs[k - 1];
        const total = lastTotal ?? (prev !== undefined && prev.span.end >= sStart && prev.quantity?.kind === 'money' && isPlain(prev) ? prev : undefined);
        const members = figs.find((c) => c.quantity?.kind === 'count' && c.quantity.unit === per && c.quantity.per === undefined);
        if (total === undefined) claims.push(undecided('average', f, [], M.noTotal));
        else {
          const list = averages.get(total) ?? [];
          list.push(f);
          averages.set(total, list);
          if (members === undefined) claims.push(undecided('average', f, [total], M.noCount));
          else claims.push(decide('average', f, [total, members], { kind: 'average', total: total.quantity as Quantity, count: members.quantity as Quantity, stated: q }));
        }
      }
    }

    if (q.kind === 'percent' && /^\s*(?:so với\s*)?(?:kế hoạch|chỉ tiêu)/.test(lower.slice(f.span.end, f.span.end + 30))) {
      claims.push(undecided('completion', f, [], M.completion));
    }
  }
  return { claims, totals, changes, averages };
}

/** The publication given, its string fields copied; `{ publication: 'text' }` when there is none. */
function sourceOf(src: unknown): FigureSource {
  if (typeof src !== 'object' || src === null) return Object.freeze({ publication: 'text' });
  const out: Record<string, string> = {};
  try {
    for (const k of ['publication', 'date', 'url', 'title', 'seed']) {
      const v = (src as Record<string, unknown>)[k];
      if (typeof v === 'string') out[k] = v.slice(0, 2000);
    }
  } catch {
    fail('read.bad-options', M.badSource, ['source']);
  }
  if (out['publication'] === undefined) out['publication'] = 'text';
  return Object.freeze(out) as unknown as FigureSource;
}

const published = (f: TextFigure, source: FigureSource): PublishedFigure => Object.freeze({ text: f.read ?? f.span.text, source });

/** The reports the text supports: each total with its period and status, and its parts when each names a distinct source. */
function buildReports(
  figs: readonly TextFigure[],
  built: Built,
  source: FigureSource,
): { reports: ProgrammeReport[]; spans: Map<string, Map<AuditCheckId, TextSpan[]>> } {
  const reports: ProgrammeReport[] = [];
  const spans = new Map<string, Map<AuditCheckId, TextSpan[]>>();
  let n = 0;
  for (const t of figs) {
    if (t.quantity?.kind !== 'money' || t.period === undefined) continue;
    const parts = built.totals.get(t);
    const changes = built.changes.get(t) ?? [];
    const averages = built.averages.get(t) ?? [];
    if (parts === undefined && changes.length === 0 && averages.length === 0) continue;
    const status = t.status ?? (t.quantity.qualifiers.includes('planned') ? 'plan' : undefined);
    if (status === undefined) continue;
    n += 1;
    const p = t.period.period;
    const id = `text/${String(n)}-${p.kind === 'period' ? `${String(p.from)}-${String(p.to)}` : String(p.year)}-${status}`;
    const scope: ReportScope =
      t.place?.province !== undefined ? { kind: 'province', name: t.place.span.text } : { kind: 'group', name: t.place?.span.text ?? 'text' };
    const checkSpans = new Map<AuditCheckId, TextSpan[]>();
    const report: { -readonly [K in keyof ProgrammeReport]: ProgrammeReport[K] } = { id, scope, period: p, status, total: published(t, source), source };
    const sources = parts?.map((x) => x.source);
    if (parts !== undefined && sources !== undefined && sources.every((x) => x !== undefined) && new Set(sources).size === parts.length) {
      report.funding = Object.freeze(
        parts.map((x): FundingLine => {
          const projects = figs.find((c) => c.quantity?.unit === 'project' && c.source === x.source && c.span.start > t.span.end && Math.abs(c.span.start - x.span.end) < 40);
          const line: { -readonly [K in keyof FundingLine]: FundingLine[K] } = { source: x.source as FundingSource, amount: published(x, source) };
          if (projects !== undefined) line.projects = published(projects, source);
          return Object.freeze(line);
        }),
      );
      checkSpans.set('funding-sum', [t.span, ...parts.map((x) => x.span)]);
    }
    const derived: DerivedFigure[] = [];
    for (const c of changes) {
      // (Only changes with a stated base year are recorded.)
      const base: { period: typeof p; value?: PublishedFigure } = { period: (c.stated.comparedWith as NonNullable<TextFigure['comparedWith']>).period };
      if (c.base !== undefined) base.value = published(c.base, source);
      derived.push({ kind: 'change', of: { kind: 'total' }, stated: published(c.stated, source), base });
      checkSpans.set('change', [...(checkSpans.get('change') ?? []), c.stated.span, t.span, ...(c.base === undefined ? [] : [c.base.span])]);
    }
    for (const a of averages) {
      // (Only averages per member, a count unit, are recorded.)
      derived.push({ kind: 'average-per-member', of: { kind: 'total' }, stated: published(a, source), per: (a.quantity as Quantity).per as NonNullable<Quantity['per']> });
      checkSpans.set('average-per-member', [a.span, t.span]);
    }
    if (derived.length > 0) report.derived = Object.freeze(derived);
    reports.push(Object.freeze(report));
    spans.set(id, checkSpans);
  }
  return { reports, spans };
}

/**
 * Reads a khuyến công text and audits it: its figures (`readFigures`), the reports it supports (a stated total
 * with its period, status and parts by fund source, as `ProgrammeReport` values), the findings of
 * `auditReports` on them with the spans each used, and every total, share, change, average and completion
 * rate the text states, each checked with `checkClaim` or listed as cannot-check with the reason (an input the
 * text does not state is named, never assumed). Pure, synchronous, linear in the length of the text.
 *
 * @param text - the text, as for `readFigures`.
 * @param options - the date the text speaks of, the caller's nouns, and the publication.
 * @returns the figures, reports, findings, estimates and claims, frozen.
 * @throws {@link KhuyenCongError} as `readFigures`.
 * @category Reading
 * @example
 * const audit = auditText(
 *   'Năm 2013 tổng kinh phí khuyến công đạt 54,06 tỷ đồng; trong đó khuyến công quốc gia 7,73 tỷ đồng, khuyến công địa phương 46,33 tỷ đồng.',
 *   { at: '2014-05-29' },
 * );
 * audit.claims[0]?.status;   // "consistent"
 * audit.findings[0]?.finding.check; // "funding-sum"
 */
export function auditText(text: string, options: AuditTextOptions): TextAudit {
  const { figures, lower } = readCore(text, options);
  const source = sourceOf(optionsOf(options).source);
  const built = findClaims(text, lower, figures);
  const { reports, spans } = buildReports(figures, built, source);
  const audit = auditReports(reports);
  const findings = audit.findings.map((finding) => Object.freeze({ finding, spans: Object.freeze(spans.get(finding.report)?.get(finding.check) ?? []) }));
  return Object.freeze({
    figures,
    reports: Object.freeze(reports),
    findings: Object.freeze(findings),
    estimates: audit.estimates,
    claims: Object.freeze(built.claims),
  });
}
