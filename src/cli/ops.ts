/**
 * The operations shared by the command's verbs and by `serve`: each takes untrusted JSON, checks it with the
 * library's parsers (a KhuyenCongError for bad input), and returns plain data.
 */
import {
  checkClaim,
  checkEligibility,
  computeSupport,
  explain,
  findProvince,
  parseApplicant,
  parseClaim,
  parseProgrammeReport,
  successorOf,
  toTrace,
  type ClaimResult,
  type EligibilityTrace,
  type LocalizedText,
  type ProgrammeReport,
  type Province,
  type SupportComputation,
  type ComputeSupportInput,
  type LegacyProvinceCode,
} from '../index.js';
import { asList, inputError, parseAll } from './list.js';
import { readAmount, Restater, type RestateTarget } from './restate.js';

export { parseTexts } from './parseOps.js';

/** Reads one report or an array of reports. */
export function readReports(input: unknown): readonly ProgrammeReport[] {
  const { items, many } = asList(input);
  return parseAll(items, many, parseProgrammeReport);
}

/** The eligibility decision: outcome, trace, explanation in both languages. */
export function eligibility(applicantInput: unknown, at: unknown): { readonly outcome: EligibilityTrace['outcome']; readonly trace: EligibilityTrace; readonly explanation: LocalizedText } {
  const applicant = parseApplicant(applicantInput);
  const result = checkEligibility(applicant, { at: at as string });
  return { outcome: result.outcome, trace: toTrace(result), explanation: { vi: explain(result, { locale: 'vi' }), en: explain(result, { locale: 'en' }) } };
}

/** The support for an item, a cost (whole đồng or Vietnamese text) and a date. */
export function support(item: unknown, cost: unknown, at: unknown): SupportComputation {
  let eligibleCost: unknown = cost;
  if (typeof cost === 'number') eligibleCost = { kind: 'money', dong: cost };
  else if (typeof cost === 'string') {
    const m = readAmount(cost);
    if (!('dong' in m)) throw inputError('policy.bad-cost', m, ['cost']);
    eligibleCost = m;
  }
  return computeSupport({ item, eligibleCost, at } as unknown as ComputeSupportInput);
}

/** Checks one claim or an array. */
export function checkClaims(input: unknown): { readonly results: readonly ClaimResult[]; readonly many: boolean } {
  const { items, many } = asList(input);
  return { results: parseAll(items, many, parseClaim).map(checkClaim), many };
}

/** A unit found by `province`, with its successor on `today`. */
export interface ProvinceAnswer {
  readonly input: string;
  readonly code: string;
  readonly name: string;
  readonly era: 'legacy' | 'current';
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly today: { readonly code: string; readonly name: string };
}

function answer(input: string, p: Province, today: string): ProvinceAnswer {
  const stillValid = p.validTo === null || p.validTo >= today;
  const now = stillValid ? p : p.era === 'legacy' ? successorOf(p.code as LegacyProvinceCode) : p;
  return { input, code: p.code, name: p.officialName, era: p.era, validFrom: p.validFrom, validTo: p.validTo, today: { code: now.code, name: now.officialName } };
}

/** Finds provinces by name or code as of a date; a name that is not found is an input error (with suggestions). */
export function provinces(names: readonly unknown[], at: string, today: string): readonly ProvinceAnswer[] {
  return parseAll(names, names.length > 1, (n) => {
    if (typeof n !== 'string') throw inputError('geo.text-invalid', { vi: 'tên tỉnh phải là chuỗi', en: 'a province name must be a string' });
    const r = findProvince(n, { at });
    if (r.ok) return answer(n, r.value.province, today);
    const hint = r.suggestions.map((s) => `${s.code} ${s.officialName}`).join(', ');
    const m = r.reason.message;
    const message = hint === '' ? m : { vi: `${m.vi} Gợi ý: ${hint}.`, en: `${m.en} Suggestions: ${hint}.` };
    throw inputError(`geo.${r.reason.code}`, message);
  });
}

/** One restated row of `serve /restate`. */
export interface RestatedRow {
  readonly province: string;
  readonly period: string;
  readonly amount: string | number;
  readonly code: string | null;
  readonly name: string | null;
  readonly warning?: LocalizedText;
}

/** Restates JSON rows (the `serve` form of the CSV verb). */
export function restateRows(input: unknown): readonly RestatedRow[] {
  if (typeof input !== 'object' || input === null || !Array.isArray((input as { rows?: unknown }).rows)) {
    throw inputError('cli.restate-rows', { vi: 'cần { "rows": [{ "province", "period", "amount" }] }', en: 'expected { "rows": [{ "province", "period", "amount" }] }' });
  }
  const to = (input as { to?: unknown }).to ?? 'current';
  if (to !== 'current' && to !== 'legacy') throw inputError('cli.restate-target', { vi: '"to" là current hoặc legacy', en: '"to" is current or legacy' }, ['to']);
  const restater = new Restater(to as RestateTarget);
  const rows = (input as { rows: unknown[] }).rows;
  return parseAll(rows, true, (row) => {
    const r = row as { province?: unknown; period?: unknown; amount?: unknown } | null;
    if (typeof r !== 'object' || r === null || typeof r.province !== 'string' || typeof r.period !== 'string' || (typeof r.amount !== 'string' && typeof r.amount !== 'number')) {
      throw inputError('cli.restate-row', { vi: 'mỗi dòng cần province, period (chuỗi) và amount', en: 'each row needs province, period (strings) and amount' });
    }
    const amount = typeof r.amount === 'number' ? (Number.isSafeInteger(r.amount) && r.amount >= 0 ? { dong: r.amount } : { vi: 'kinh phí phải là số nguyên đồng', en: 'the amount must be whole đồng' }) : readAmount(r.amount);
    const t = restater.targetOf(r.province, r.period);
    const warning = 'warning' in t ? t.warning : 'dong' in amount ? undefined : amount;
    return {
      province: r.province,
      period: r.period,
      amount: r.amount,
      code: 'code' in t ? t.code : null,
      name: 'name' in t ? t.name : null,
      ...(warning === undefined ? {} : { warning }),
    };
  });
}
