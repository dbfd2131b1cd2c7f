/**
 * `restate`: a CSV of province × period × amount onto the other map of provinces, streamed row by row.
 * Each row's province (a name or a code) is found as of the row's period, then carried to the 34-unit map
 * (restateToCurrentMap) or back to the 63-unit map where that is defined (restateToLegacyMap). The output is
 * the input's columns plus the new code and name; a row that cannot be restated keeps empty new columns and
 * gets a warning on stderr (nothing is dropped). Amounts are checked (whole đồng, or Vietnamese text such as
 * "1,42 tỷ") and kept as written.
 */
import {
  CUTOVER_DAY,
  findProvince,
  LEGACY_LAST_DAY,
  money,
  quantityToMoney,
  restateToCurrentMap,
  restateToLegacyMap,
  safeParseQuantity,
  type LocalizedText,
  type Money,
} from '../index.js';
import { CliError } from './errors.js';

/** Which map to restate onto. */
export type RestateTarget = 'current' | 'legacy';

/** Where the required columns are, and the language of the header. */
export interface CsvColumns {
  readonly province: number;
  readonly period: number;
  readonly amount: number;
  readonly source?: number;
  readonly lang: 'vi' | 'en';
}

/** Folds a header name: lower case, no diacritics, đ → d, spaces/underscores collapsed. */
export function foldHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

const NAMES: Readonly<Record<'province' | 'period' | 'amount' | 'source', readonly string[]>> = {
  province: ['tinh', 'tinh thanh', 'tinh/thanh pho', 'ma tinh', 'province', 'province code'],
  period: ['nam', 'giai doan', 'ky', 'year', 'period'],
  amount: ['kinh phi', 'so tien', 'amount', 'value'],
  source: ['nguon', 'nguon von', 'source'],
};
const ENGLISH = new Set(['province', 'province code', 'year', 'period', 'amount', 'value', 'source']);

/** The accepted header names, for messages. */
export const HEADER_HELP: LocalizedText = {
  vi: 'cần các cột tỉnh (province), năm (year/period), kinh phí (amount); nguồn (source) tùy chọn',
  en: 'needs the columns province (tỉnh), year or period (năm), amount (kinh phí); source (nguồn) optional',
};

/**
 * Finds the required columns in a header row.
 * @throws CliError (exit 2) for a missing or repeated column.
 */
export function mapHeader(header: readonly string[]): CsvColumns {
  const found: Partial<Record<keyof typeof NAMES, number>> = {};
  let english = 0;
  header.forEach((raw, i) => {
    const f = foldHeader(raw);
    for (const key of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
      if (!NAMES[key].includes(f)) continue;
      if (found[key] !== undefined) {
        throw new CliError('cli.csv-header', { vi: `tiêu đề CSV: cột "${raw}" bị lặp (${HEADER_HELP.vi})`, en: `CSV header: the column "${raw}" is repeated (${HEADER_HELP.en})` });
      }
      found[key] = i;
      if (ENGLISH.has(f)) english += 1;
    }
  });
  const missing = (['province', 'period', 'amount'] as const).filter((k) => found[k] === undefined);
  if (missing.length > 0) {
    const shown = header.map((h) => `"${h}"`).join(', ').slice(0, 200);
    throw new CliError('cli.csv-header', {
      vi: `tiêu đề CSV không đúng (${shown}): ${HEADER_HELP.vi}`,
      en: `wrong CSV header (${shown}): ${HEADER_HELP.en}`,
    });
  }
  return {
    province: found.province as number,
    period: found.period as number,
    amount: found.amount as number,
    ...(found.source === undefined ? {} : { source: found.source }),
    lang: english >= 2 ? 'en' : 'vi',
  };
}

/** The names of the two added columns, in the header's language. */
export function addedColumns(lang: 'vi' | 'en', target: RestateTarget): readonly [string, string] {
  if (lang === 'en') return target === 'current' ? ['new_code', 'new_name'] : ['old_code', 'old_name'];
  return target === 'current' ? ['mã tỉnh mới', 'tên tỉnh mới'] : ['mã tỉnh cũ', 'tên tỉnh cũ'];
}

/** Reads an amount: whole đồng digits, or Vietnamese money text ("1,42 tỷ", "950 triệu đồng"). */
export function readAmount(text: string): Money | LocalizedText {
  const t = text.trim();
  if (/^\d{1,16}$/.test(t)) {
    const n = Number(t);
    if (Number.isSafeInteger(n)) return money(n);
  }
  const q = safeParseQuantity(t);
  if (!q.success) return { vi: `kinh phí "${t.slice(0, 60)}" không đọc được`, en: `the amount "${t.slice(0, 60)}" cannot be read` };
  try {
    return quantityToMoney(q.data);
  } catch {
    return { vi: `"${t.slice(0, 60)}" không phải số tiền`, en: `"${t.slice(0, 60)}" is not an amount of money` };
  }
}

const PERIOD = /^\s*(\d{4})(?:\s*[-\u2010-\u2015]\s*(\d{4}))?\s*$/;

/** The new code and name of a row, or why there is none. */
export type RowTarget = { readonly code: string; readonly name: string } | { readonly warning: LocalizedText };

/** Restates rows, caching each (province text, period) pair: a file has few distinct pairs. */
export class Restater {
  private readonly cache = new Map<string, RowTarget>();
  constructor(private readonly target: RestateTarget) {}

  /** The target of one row's province and period. */
  targetOf(provinceText: string, periodText: string): RowTarget {
    const key = `${provinceText}\u0000${periodText}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const r = this.compute(provinceText, periodText);
    if (this.cache.size >= 50_000) this.cache.clear(); // memory stays flat on any input
    this.cache.set(key, r);
    return r;
  }

  private compute(provinceText: string, periodText: string): RowTarget {
    const m = PERIOD.exec(periodText);
    const start = Number(m?.[1]);
    const end = m?.[2] === undefined ? start : Number(m[2]);
    if (m === null || end < start || start < 1000) {
      return { warning: { vi: `kỳ "${periodText.slice(0, 40)}" không phải năm (YYYY) hay giai đoạn (YYYY-YYYY)`, en: `the period "${periodText.slice(0, 40)}" is not a year (YYYY) or a span (YYYY-YYYY)` } };
    }
    const period = start === end ? String(start) : `${String(start)}-${String(end)}`;
    let found = findProvince(provinceText, { at: `${String(start)}-01-01` });
    if (!found.ok && found.reason.code === 'not-valid-at-date') {
      const later = findProvince(provinceText, { at: `${String(end)}-12-31` });
      if (later.ok) found = later;
    }
    if (!found.ok) return { warning: found.reason.message };
    const p = found.value.province;
    if (this.target === 'current') {
      const r = restateToCurrentMap({ [p.code]: { [period]: money(0) } });
      const v = r.values[0];
      if (v === undefined) return { warning: (r.notRestated[0] as { message: LocalizedText }).message };
      const unit = findProvince(v.code, { at: CUTOVER_DAY });
      return { code: v.code, name: unit.ok ? unit.value.province.officialName : '' };
    }
    if (p.era === 'legacy') return { code: p.code, name: p.officialName };
    const r = restateToLegacyMap({ [p.code]: { [period]: money(0) } });
    const v = r.values[0];
    if (v === undefined) return { warning: (r.refused[0] as { message: LocalizedText }).message };
    const unit = findProvince(v.code, { at: LEGACY_LAST_DAY });
    return { code: v.code, name: unit.ok ? unit.value.province.officialName : '' };
  }
}
