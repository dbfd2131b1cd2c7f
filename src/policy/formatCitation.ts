import { resolveLocale, type LocaleTag } from '../internal/locale.js';
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
 * @category Policy
 * @example
 * instrumentName('TTLT-26-2014-BTC-BCT', 'en'); // 'Joint Circular 26/2014/TTLT-BTC-BCT'
 */
export function instrumentName(id: InstrumentId, locale: Locale): string {
  const inst = INSTRUMENTS[id];
  const type = INSTRUMENT_TYPE_LABEL[inst.type][locale];
  return `${type} ${locale === 'en' ? asciiNumber(inst.number) : inst.number}`;
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
 * @category Policy
 * @example
 * const c = { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a', confidence: 'verified-from-text' } as const;
 * formatCitation(c, { locale: 'vi' }); // 'điểm a khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP'
 * formatCitation(c, { locale: 'en' }); // 'Decree 45/2012/ND-CP, Art. 1(2)(a)'
 */
export function formatCitation(c: Citation, options: FormatCitationOptions): string {
  const locale = resolveLocale(options.locale);
  const base = locale === 'vi' ? formatVi(c) : formatEn(c);
  return c.articleConfirmed === false && hasPinpoint(c) ? `${base} ${UNCONFIRMED_MARKER[locale]}` : base;
}
