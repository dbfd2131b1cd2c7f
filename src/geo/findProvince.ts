import type { LocalizedText } from '../internal/messages.js';
import type { NoAnswer } from '../internal/result.js';
import { fail } from '../internal/errors.js';
import { readOption } from '../internal/plain.js';
import { showValue } from '../internal/showValue.js';
import { checkIsoDate } from './isoDate.js';
import {
  CITY_PREFIX,
  compactKey,
  editDistance,
  foldProvinceName,
  LOWER_LEVEL_PREFIXES,
  stripBodies,
  stripProvincePrefix,
} from './foldProvinceName.js';
import { geoMessages } from './messages.js';
import { PROVINCE_COVERAGE_START, CURRENT_PROVINCE_DATA, LEGACY_PROVINCE_DATA } from './provinceData.js';
import {
  CURRENT_VIEWS,
  currentViewOf,
  isValidAt,
  LEGACY_VIEWS,
  legacyViewsOf,
  listProvinces,
  type Province,
} from './registry.js';

/**
 * Options of {@link findProvince}.
 * @category Provinces
 */
export interface FindProvinceOptions {
  /** The date the text refers to, `YYYY-MM-DD`: the unit valid on that day is returned. */
  readonly at: string;
}

/**
 * Why {@link findProvince} found nothing: `no-match`, the text names no unit; `not-valid-at-date`, it names a
 * unit that did not exist on that date (for example Bạc Liêu after 2025-06-30); `not-a-province`, it names a
 * lower-level unit ("TX. Bến Cát"); `date-out-of-coverage`, the date is before 2008-08-01.
 * @category Provinces
 */
export type FindProvinceFailure = 'no-match' | 'not-valid-at-date' | 'not-a-province' | 'date-out-of-coverage';

/**
 * What {@link findProvince} found: the unit and whether the text matched its code or a name.
 * @category Provinces
 */
export interface FoundProvince {
  readonly province: Province;
  readonly matchedBy: 'code' | 'name';
}

/**
 * The result of {@link findProvince}, a `Result`: `{ ok: true, value: { province, matchedBy } }`, or
 * `{ ok: false, reason: { code, message }, suggestions }` with the failure as `reason.code`, a bilingual
 * message and suggestions valid on the date (the successor of a unit that no longer exists, or close spellings).
 * @category Provinces
 */
export type FindProvinceResult =
  | { readonly ok: true; readonly value: FoundProvince }
  | {
      readonly ok: false;
      readonly reason: NoAnswer<FindProvinceFailure>;
      readonly suggestions: readonly Province[];
    };

/**
 * Compact key → every view it names (across all dates). Built on the first lookup, not at import: folding
 * every spelling of 97 units costs more than the rest of the area's start-up (docs/performance.md, "Cold start").
 */
let nameIndex: ReadonlyMap<string, readonly Province[]> | undefined;
function nameIndexOf(): ReadonlyMap<string, readonly Province[]> {
  nameIndex ??= buildNameIndex();
  return nameIndex;
}
function buildNameIndex(): ReadonlyMap<string, readonly Province[]> {
  const index = new Map<string, Province[]>();
  const aliasesOf = new Map<string, readonly string[]>();
  for (const u of LEGACY_PROVINCE_DATA) aliasesOf.set(`legacy:${u.code}`, [...u.aliases, ...u.periods.map((p) => p.name)]);
  for (const u of CURRENT_PROVINCE_DATA) aliasesOf.set(`current:${u.code}`, u.aliases);
  const views: readonly Province[] = [...LEGACY_VIEWS, ...CURRENT_VIEWS];
  for (const v of views) {
    const spellings = [v.officialName, v.shortName, v.asciiName, v.englishName, ...(aliasesOf.get(`${v.era}:${v.code}`) as readonly string[])];
    for (const s of spellings) {
      for (const key of new Set([compactKey(foldProvinceName(s)), compactKey(stripProvincePrefix(foldProvinceName(s)))])) {
        const list = index.get(key) ?? [];
        if (!list.includes(v)) list.push(v);
        index.set(key, list);
      }
    }
  }
  return index;
}

/** The keys of each view, for suggestions (built with the name index, on first use). */
let keysOf: ReadonlyMap<Province, readonly string[]> | undefined;
function keysOfView(): ReadonlyMap<Province, readonly string[]> {
  if (keysOf === undefined) {
    const keys = new Map<Province, string[]>();
    for (const [key, views] of nameIndexOf()) for (const v of views) keys.set(v, [...(keys.get(v) ?? []), key]);
    keysOf = keys;
  }
  return keysOf;
}

function notFound(reason: FindProvinceFailure, message: LocalizedText, suggestions: readonly Province[]): FindProvinceResult {
  return Object.freeze({ ok: false, reason: Object.freeze({ code: reason, message }), suggestions: Object.freeze([...suggestions]) });
}

/**
 * What covers, on `at`, the territory of a unit that is not valid then: the same unit under the name it had
 * on that date (Huế), else its successor (an old unit after the cut-over) or its predecessors (a current unit
 * before it).
 */
function replacements(view: Province, at: string): readonly Province[] {
  if (view.era === 'current') return view.predecessors.flatMap((c) => legacyViewsOf(c).filter((p) => isValidAt(p, at)));
  const same = legacyViewsOf(view.code).filter((p) => isValidAt(p, at));
  return same.length > 0 ? same : [currentViewOf(view.successor) as Province];
}

function closeSpellings(key: string, at: string): readonly Province[] {
  const limit = key.length >= 5 ? 2 : 1;
  const scored: { readonly p: Province; readonly d: number }[] = [];
  for (const p of listProvinces(at)) {
    // The distance is at least the difference in length: skipping those keeps a 100 000-character input linear.
    const near = (keysOfView().get(p) as readonly string[]).filter((k) => Math.abs(k.length - key.length) <= limit);
    const d = Math.min(Infinity, ...near.map((k) => editDistance(key, k)));
    if (d <= limit) scored.push({ p, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || (a.p.code < b.p.code ? -1 : 1))
    .slice(0, 3)
    .map((s) => s.p);
}

/**
 * Finds the provincial-level unit that a text names, as valid on a date. Tolerant of diacritics and case,
 * of the names of provincial bodies before the name ("UBND", "Sở Công Thương"), of the prefixes "Tỉnh",
 * "Thành phố", "TP.", "TP" and the suffixes "Province", "City", of hyphen, en-dash and
 * em-dash variants, of tone-mark placement (Hoà/Hòa), of old spellings (Đăk Lăk, Dak Lak, Bắc Cạn) and of
 * common abbreviations (TP HCM, TPHCM, HCM, Sài Gòn, BR-VT, BRVT, TT Huế, TT-Huế). A one- or two-digit code
 * is looked up as a code. Never guesses: a text that names a lower-level unit, or a unit that did not exist on
 * the date, gives an explicit failure with suggestions. A city written as such ("TP Hải Dương", "thành phố
 * Thái Nguyên") names the centrally-run city of that name when there is one on the date ("TP Hà Nội", "Thành phố
 * Huế" from 2025-01-01), else it is a city of a province: `not-a-province`, with the province as suggestion.
 * @param text - the province as written.
 * @param options - the date the text refers to.
 * @returns the unit valid on that date, or a failure with reason, message and suggestions.
 * @throws {@link KhuyenCongError} `date.invalid` for a malformed date; `geo.text-invalid` when `text` is
 *   not a string.
 * @category Provinces
 * @example
 * findProvince('Bà Rịa – Vũng Tàu', { at: '2022-12-31' }); // found: 77 Tỉnh Bà Rịa - Vũng Tàu
 * findProvince('Bạc Liêu', { at: '2025-07-01' }); // not-valid-at-date, suggestions: [96 Tỉnh Cà Mau]
 * findProvince('TX.Bến Cát', { at: '2021-11-25' }); // not-a-province
 * findProvince('TP Hải Dương', { at: '2024-01-01' }); // not-a-province, suggestions: [30 Tỉnh Hải Dương]
 * findProvince('UBND tỉnh Quảng Trị', { at: '2024-01-01' }); // found: 45 Tỉnh Quảng Trị
 */
export function findProvince(text: string, options: FindProvinceOptions): FindProvinceResult {
  const at = checkIsoDate(readOption(options, 'at'));
  if (typeof text !== 'string') fail('geo.text-invalid', geoMessages.textInvalid({ input: showValue(text) }), ['text']);
  if (at < PROVINCE_COVERAGE_START) return notFound('date-out-of-coverage', geoMessages.dateOutOfCoverage({ date: at }), []);
  const trimmed = text.trim();
  let candidates: readonly Province[];
  let matchedBy: 'code' | 'name';
  if (/^\d{1,2}$/.test(trimmed)) {
    const code = trimmed.padStart(2, '0');
    const current = currentViewOf(code);
    candidates = [...legacyViewsOf(code), ...(current === undefined ? [] : [current])];
    matchedBy = 'code';
  } else {
    const folded = stripBodies(foldProvinceName(trimmed));
    candidates = nameIndexOf().get(compactKey(folded)) ?? nameIndexOf().get(compactKey(stripProvincePrefix(folded))) ?? [];
    matchedBy = 'name';
    if (candidates.length === 0) {
      const lower = LOWER_LEVEL_PREFIXES.find((l) => l.re.test(folded));
      if (lower !== undefined) {
        return notFound('not-a-province', geoMessages.notAProvince({ input: text, levelVi: lower.vi, levelEn: lower.en }), []);
      }
      return notFound('no-match', geoMessages.noMatch({ input: text }), closeSpellings(compactKey(stripProvincePrefix(folded)), at));
    }
  }
  const valid = candidates.find((p) => isValidAt(p, at));
  if (valid !== undefined) {
    // "TP Hải Dương", "thành phố Thái Nguyên": a city of a province on that date is not the province.
    if (matchedBy === 'name' && CITY_PREFIX.test(stripBodies(foldProvinceName(trimmed))) && !CITY_PREFIX.test(foldProvinceName(valid.officialName))) {
      return notFound('not-a-province', geoMessages.cityOfProvince({ input: text, province: valid.officialName }), [valid]);
    }
    return Object.freeze({ ok: true, value: Object.freeze({ province: valid, matchedBy }) });
  }
  const first = candidates[0];
  if (first === undefined) return notFound('no-match', geoMessages.noMatch({ input: text }), []);
  // The text names a unit of the other map: say when it was valid and what covers its territory on `at`.
  const validTo = candidates.some((p) => p.validTo === null)
    ? null
    : candidates.reduce<string>((m, p) => ((p.validTo as string) > m ? (p.validTo as string) : m), first.validFrom);
  return notFound(
    'not-valid-at-date',
    geoMessages.notValidAtDate({ input: text, name: first.officialName, date: at, validFrom: first.validFrom, validTo }),
    [...new Set(candidates.flatMap((c) => replacements(c, at)))],
  );
}
