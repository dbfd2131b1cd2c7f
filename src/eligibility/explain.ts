import { resolveLocale, type LocaleTag } from '../internal/locale.js';
import { text, type Locale } from '../internal/messages.js';
import { readOption } from '../internal/plain.js';
import { formatCitation } from '../policy/formatCitation.js';
import type { Citation } from '../policy/citation.js';
import { REGIMES } from '../policy/regimes.js';
import type { EligibilityResult, ReasonStatus } from './engine.js';
import { readResult } from './readResult.js';
import type { EligibilityTrace } from './trace.js';

/**
 * Options of {@link explain}.
 * @category Eligibility
 */
export interface ExplainOptions {
  /** Output language. */
  readonly locale: LocaleTag;
}

const OUTCOME = {
  eligible: text('ĐỦ ĐIỀU KIỆN', 'ELIGIBLE'),
  ineligible: text('KHÔNG ĐỦ ĐIỀU KIỆN', 'NOT ELIGIBLE'),
  'needs-review': text('CẦN XEM XÉT THÊM', 'NEEDS REVIEW'),
} as const;
const STATUS: { readonly [K in ReasonStatus]: { readonly vi: string; readonly en: string } } = {
  passed: text('đạt', 'passed'),
  failed: text('không đạt', 'failed'),
  unknown: text('chưa xác định', 'unknown'),
  review: text('cần xem xét', 'review'),
};
const CONFIDENCE = { 'verified-from-text': text('đã đối chiếu văn bản', 'verified from the text'), secondary: text('nguồn thứ cấp', 'secondary source') };
const T = {
  result: text('Kết quả', 'Result'),
  date: text('ngày xét', 'as of'),
  rules: text('quy định áp dụng', 'rules in force'),
  none: text('chưa có quy định được mô hình hóa', 'no rules modelled'),
  deciding: text('Căn cứ quyết định', 'Deciding rules'),
  others: text('Các điều kiện khác', 'Other conditions'),
  missing: text('Thông tin còn thiếu', 'Missing facts'),
  // An ineligible outcome is decided by a failed rule: facts still missing cannot change it.
  missingMoot: text('Thông tin chưa có (không làm thay đổi kết quả)', 'Facts not given (they cannot change this outcome)'),
  priorities: text('Diện ưu tiên', 'Priority'),
  row: text('dòng', 'row'),
} as const;

function cite(c: Citation, locale: Locale): string {
  return `${formatCitation(c, { locale })} (${CONFIDENCE[c.confidence][locale]})`;
}

/**
 * Writes a decision as readable text in Vietnamese or English: the outcome, the deciding rule(s) with
 * their formatted citations, the other conditions checked, the missing facts and the priority flags.
 * Accepts a result or a stored trace.
 * @param input - a result of {@link checkEligibility} or a trace read with {@link parseTrace}.
 * @param options - the language.
 * @returns Markdown text (lines starting with `- ` list the reasons).
 * @throws {@link KhuyenCongError} `locale.unsupported` for a language other than Vietnamese or English;
 *   `eligibility.invalid-trace` (with the path of the field) for a value that is neither a result nor a trace;
 *   `input.unreadable`, `input.cyclic` or `input.too-deep` for one that cannot be read as data.
 * @category Eligibility
 * @example
 * explain(checkEligibility({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, { at: '2024-01-01' }), { locale: 'en' });
 * // '**Result: NOT ELIGIBLE** (as of 2024-01-01; rules in force: Decree 45/2012/ND-CP (2012 text))\n\nDeciding rules:\n- [failed] Urban districts (quận) are not eligible places. — Decree 45/2012/ND-CP, Art. 1(2)(a) (verified from the text) · beneficiary.location, row 6\n…'
 */
export function explain(input: EligibilityResult | EligibilityTrace, options: ExplainOptions): string {
  const l = resolveLocale(readOption(options, 'locale') as LocaleTag);
  // Read once and checked: a value outside the types is `eligibility.invalid-trace`, never a TypeError.
  const result = readResult(input);
  const regime = REGIMES.find((r) => r.id === result.regime);
  const lines: string[] = [
    `**${T.result[l]}: ${OUTCOME[result.outcome][l]}** (${T.date[l]} ${result.at}; ${T.rules[l]}: ${regime === undefined ? T.none[l] : regime.label[l]})`,
  ];
  const decidingStatus: readonly ReasonStatus[] =
    result.outcome === 'ineligible' ? ['failed'] : result.outcome === 'needs-review' ? ['unknown', 'review'] : ['passed'];
  const steps = result.reasons.filter((r) => r.rule !== 'regime' || r.status !== 'passed');
  const deciding = steps.filter((r) => decidingStatus.includes(r.status));
  const others = steps.filter((r) => !decidingStatus.includes(r.status));
  const item = (r: (typeof steps)[number]): string => {
    const where = r.table === null ? r.rule : `${r.rule}${r.row === null ? '' : `, ${T.row[l]} ${String(r.row)}`}`;
    const miss = r.missing.length > 0 ? ` [${r.missing.join(', ')}]` : '';
    return `- [${STATUS[r.status][l]}] ${r.message[l]}${miss} — ${cite(r.citation, l)} · ${where}`;
  };
  lines.push('', `${T.deciding[l]}:`, ...deciding.map(item));
  if (others.length > 0) lines.push('', `${T.others[l]}:`, ...others.map(item));
  const missingLabel = result.outcome === 'ineligible' ? T.missingMoot : T.missing;
  if (result.missing.length > 0) lines.push('', `${missingLabel[l]}: ${result.missing.join(', ')}`);
  if (result.priorities.length > 0) {
    lines.push('', `${T.priorities[l]}:`, ...result.priorities.map((p) => `- ${p.label[l]} — ${cite(p.citation, l)}`));
  }
  return lines.join('\n');
}
