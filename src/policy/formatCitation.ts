import { fail, type IssuePath } from '../internal/errors.js';
import { resolveLocale, type LocaleTag } from '../internal/locale.js';
import { readOption, toPlain } from '../internal/plain.js';
import { showValue } from '../internal/showValue.js';
import type { Locale } from '../internal/messages.js';
import type { Citation, InstrumentId } from './citation.js';
import { INSTRUMENTS, type InstrumentType } from './instruments.js';

/**
 * Options of {@link formatCitation}.
 * @category Policy
 */
export interface FormatCitationOptions {
  /** Output language: `'vi'` ("điểm a khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP") or `'en'`. */
  readonly locale: LocaleTag;
}

/** Instrument type names in both languages. @internal */
export const INSTRUMENT_TYPE_LABEL: { readonly [K in InstrumentType]: { readonly vi: string; readonly en: string } } = Object.freeze({
  'nghi-dinh': Object.freeze({ vi: 'Nghị định', en: 'Decree' }),
  'thong-tu': Object.freeze({ vi: 'Thông tư', en: 'Circular' }),
  'thong-tu-lien-tich': Object.freeze({ vi: 'Thông tư liên tịch', en: 'Joint Circular' }),
  'quyet-dinh': Object.freeze({ vi: 'Quyết định', en: 'Decision' }),
});

/** Marker appended when a citation's numbering is not confirmed from the text. @internal */
export const UNCONFIRMED_MARKER = Object.freeze({ vi: '(chưa xác minh số điều)', en: '(numbering unconfirmed)' });

/** ASCII-folds an instrument number for English text: Đ → D, đ → d. @internal */
export function asciiNumber(number: string): string {
  return number.replace(/Đ/g, 'D').replace(/đ/g, 'd');
}

/**
 * The instrument's name as it is written in running text, e.g. "Nghị định 45/2012/NĐ-CP" or
 * "Decree 45/2012/ND-CP".
 * @param id - a registered instrument id.
 * @param locale - the output language.
 * @returns the type and number of the instrument.
 * @throws {@link KhuyenCongError} `citation.unknown-instrument` for an id not registered, `locale.unsupported`.
 * @category Policy
 * @example
 * instrumentName('TTLT-26-2014-BTC-BCT', 'en'); // 'Joint Circular 26/2014/TTLT-BTC-BCT'
 */
export function instrumentName(id: InstrumentId, locale: Locale): string {
  const inst = INSTRUMENTS[checkInstrument(id, ['id'])];
  const l = resolveLocale(locale);
  const type = INSTRUMENT_TYPE_LABEL[inst.type][l];
  return `${type} ${l === 'en' ? asciiNumber(inst.number) : inst.number}`;
}

/** A registered instrument id, or `citation.unknown-instrument` with its path. */
function checkInstrument(id: unknown, path: IssuePath): InstrumentId {
  if (typeof id === 'string' && Object.hasOwn(INSTRUMENTS, id)) return id as InstrumentId;
  return fail(
    'citation.unknown-instrument',
    { vi: `Văn bản ${showValue(id, 60)} không có trong danh mục văn bản.`, en: `The instrument ${showValue(id, 60)} is not in the catalogue of instruments.` },
    path,
  );
}

/** The pinpoint fields of a citation: absent, or a positive whole number (`point`: a short text). */
const PINPOINTS = ['article', 'clause', 'annex', 'point'] as const;

/**
 * A citation read once into plain data (`input.unreadable`, `input.cyclic`, `input.too-deep` otherwise) and
 * checked: an object (`citation.no-instrument`), registered instruments (`citation.unknown-instrument`),
 * pinpoints that are positive whole numbers or a short point letter (`citation.invalid`).
 */
function checkCitation(c: unknown): Citation {
  const plain = toPlain(c);
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain) || (plain as { instrument?: unknown }).instrument === undefined) {
    fail('citation.no-instrument', { vi: `Trích dẫn ${showValue(c, 60)} không nêu văn bản (instrument).`, en: `The citation ${showValue(c, 60)} names no instrument.` }, ['c']);
  }
  const record = plain as Record<string, unknown>;
  checkInstrument(record['instrument'], ['c', 'instrument']);
  if (record['asAmendedBy'] !== undefined) checkInstrument(record['asAmendedBy'], ['c', 'asAmendedBy']);
  for (const key of PINPOINTS) {
    const v = record[key];
    const valid = v === undefined || (key === 'point' ? typeof v === 'string' && v.length > 0 && v.length <= 10 : Number.isSafeInteger(v) && (v as number) > 0);
    if (!valid) {
      fail(
        'citation.invalid',
        { vi: `Trường ${key} của trích dẫn không hợp lệ: ${showValue(v, 40)}.`, en: `The citation's ${key} is invalid: ${showValue(v, 40)}.` },
        ['c', key],
      );
    }
  }
  return record as unknown as Citation;
}

function hasPinpoint(c: Citation): boolean {
  return c.article !== undefined || c.clause !== undefined || c.point !== undefined;
}

function formatVi(c: Citation): string {
  const parts: string[] = [];
  if (c.point !== undefined) parts.push(`điểm ${c.point}`);
  if (c.clause !== undefined) parts.push(`khoản ${String(c.clause)}`);
  if (c.article !== undefined) parts.push(`Điều ${String(c.article)}`);
  if (c.annex !== undefined) parts.push(`Phụ lục ${String(c.annex)}`);
  parts.push(instrumentName(c.instrument, 'vi'));
  if (c.asAmendedBy !== undefined) parts.push(`(được sửa đổi, bổ sung bởi ${instrumentName(c.asAmendedBy, 'vi')})`);
  return parts.join(' ');
}

function formatEn(c: Citation): string {
  let s = instrumentName(c.instrument, 'en');
  if (c.article !== undefined) {
    s += `, Art. ${String(c.article)}`;
    if (c.clause !== undefined) s += `(${String(c.clause)})`;
    if (c.point !== undefined) s += `(${c.point})`;
  } else {
    if (c.clause !== undefined) s += `, cl. ${String(c.clause)}`;
    if (c.point !== undefined) s += `, point ${c.point}`;
  }
  if (c.annex !== undefined) s += `, Annex ${String(c.annex)}`;
  if (c.asAmendedBy !== undefined) s += `, as amended by ${instrumentName(c.asAmendedBy, 'en')}`;
  return s;
}

/**
 * Writes a citation the way lawyers write it, in Vietnamese (smallest unit first) or English (instrument
 * first). A citation whose numbering is not confirmed (`articleConfirmed === false`) says so.
 * @param c - the citation.
 * @param options - the output language.
 * @returns the citation text.
 * @throws {@link KhuyenCongError} `citation.no-instrument`, `citation.unknown-instrument` or `citation.invalid`
 *   (a pinpoint that is not a positive whole number, or a point that is not a short text) with the field path;
 *   `input.unreadable` for a citation that cannot be read; `locale.unsupported`.
 * @category Policy
 * @example
 * const c = { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a', confidence: 'verified-from-text' } as const;
 * formatCitation(c, { locale: 'vi' }); // 'điểm a khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP'
 * formatCitation(c, { locale: 'en' }); // 'Decree 45/2012/ND-CP, Art. 1(2)(a)'
 */
export function formatCitation(c: Citation, options: FormatCitationOptions): string {
  const locale = resolveLocale(readOption(options, 'locale'));
  const cited = checkCitation(c);
  const base = locale === 'vi' ? formatVi(cited) : formatEn(cited);
  return cited.articleConfirmed === false && hasPinpoint(cited) ? `${base} ${UNCONFIRMED_MARKER[locale]}` : base;
}
