import type { LocalizedText } from '../internal/messages.js';
import type { Confidence, InstrumentId } from './citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { IsoDate } from './isoDate.js';

/**
 * The kind of a legal instrument: nghị định (decree), thông tư (circular), thông tư liên tịch (joint
 * circular), quyết định (decision).
 * @category Policy
 */
export type InstrumentType = 'nghi-dinh' | 'thong-tu' | 'thong-tu-lien-tich' | 'quyet-dinh';

/**
 * A date about an instrument (signing, entry into force, end). `date` is `null` when it is not known from a
 * source; `note` then says why. Known dates carry their confidence and source keys.
 * @category Policy
 */
export type InstrumentDate =
  | { readonly date: IsoDate; readonly confidence: Confidence; readonly sources: readonly string[]; readonly note?: LocalizedText }
  | { readonly date: null; readonly note: LocalizedText };

/**
 * How one instrument relates to another.
 * @category Policy
 */
export interface InstrumentRelation {
  readonly kind: 'amends' | 'replaces' | 'amended-by' | 'replaced-by';
  readonly instrument: InstrumentId;
  readonly confidence: Confidence;
  readonly sources: readonly string[];
}

/**
 * One legal instrument of the registry.
 * @category Policy
 */
export interface Instrument {
  readonly id: InstrumentId;
  /** The official number as written in Vietnamese, e.g. `45/2012/NĐ-CP`. */
  readonly number: string;
  readonly type: InstrumentType;
  /** Title: the official wording where it was read, otherwise a faithful description (see docs/legal-sources.md). */
  readonly title: LocalizedText;
  readonly issuer: LocalizedText;
  readonly signed: InstrumentDate;
  readonly effective: InstrumentDate;
  /** Last day in force, or `null` (with a note) while in force or when unknown. */
  readonly end: InstrumentDate;
  readonly relations: readonly InstrumentRelation[];
  /**
   * Articles whose text was read in a reproduction of the instrument: a citation of one of them parsed
   * from text gets `verified-from-text`, any other article `secondary`.
   */
  readonly textVerifiedArticles: readonly number[];
  /** Source keys (docs/legal-sources.md) for the instrument's identity. */
  readonly sources: readonly string[];
}

const known = (date: IsoDate, confidence: Confidence, sources: readonly string[]): InstrumentDate => ({ date, confidence, sources });
const unknown = (vi: string, en: string): InstrumentDate => ({ date: null, note: { vi, en } });
const notRetrieved = unknown('Không tìm được nguồn ghi ngày này.', 'No source giving this date was found.');
const inForce = unknown('Còn hiệu lực; không có ngày hết hiệu lực.', 'In force; no end date.');
const rel = (
  kind: InstrumentRelation['kind'],
  instrument: InstrumentId,
  confidence: Confidence,
  sources: readonly string[],
): InstrumentRelation => ({ kind, instrument, confidence, sources });

const GOV: LocalizedText = { vi: 'Chính phủ', en: 'Government' };
const PM: LocalizedText = { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' };
const MOIT: LocalizedText = { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' };
const MOF: LocalizedText = { vi: 'Bộ Tài chính', en: 'Ministry of Finance' };

/**
 * The registry of the legal instruments the library cites, keyed by {@link InstrumentId}. Deeply frozen.
 * Unknown dates are `null` with a note, never guessed.
 * @category Policy
 * @example
 * INSTRUMENTS['ND-45-2012'].effective.date; // '2012-07-05'
 * INSTRUMENTS['TT-36-2013-BCT'].effective.date; // null
 */
export const INSTRUMENTS: { readonly [K in InstrumentId]: Instrument & { readonly id: K } } = deepFreeze({
  'ND-134-2004': {
    id: 'ND-134-2004',
    number: '134/2004/NĐ-CP',
    type: 'nghi-dinh',
    title: { vi: 'Nghị định về khuyến khích phát triển công nghiệp nông thôn', en: 'Decree on encouraging rural industrial development' },
    issuer: GOV,
    signed: known('2004-06-09', 'secondary', ['S03', 'S05']),
    effective: notRetrieved,
    end: known('2012-07-04', 'secondary', ['S03']),
    relations: [rel('replaced-by', 'ND-45-2012', 'secondary', ['S03', 'S05'])],
    textVerifiedArticles: [],
    sources: ['S03', 'S05'],
  },
  'QD-136-2007-TTg': {
    id: 'QD-136-2007-TTg',
    number: '136/2007/QĐ-TTg',
    type: 'quyet-dinh',
    title: {
      vi: 'Quyết định phê duyệt Chương trình khuyến công quốc gia đến năm 2012',
      en: 'Decision approving the national industrial-promotion programme up to 2012',
    },
    issuer: PM,
    signed: known('2007-08-20', 'secondary', ['S54', 'S56']),
    effective: notRetrieved,
    end: unknown('Chương trình đến năm 2012; ngày hết hiệu lực không rõ.', 'Programme up to 2012; end date unknown.'),
    relations: [],
    textVerifiedArticles: [],
    sources: ['S54', 'S56'],
  },
  'ND-45-2012': {
    id: 'ND-45-2012',
    number: '45/2012/NĐ-CP',
    type: 'nghi-dinh',
    title: { vi: 'Nghị định về khuyến công', en: 'Decree on industrial promotion (khuyến công)' },
    issuer: GOV,
    signed: known('2012-05-21', 'verified-from-text', ['S01']),
    effective: known('2012-07-05', 'secondary', ['S03']),
    end: unknown('Còn hiệu lực, được sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP.', 'In force, as amended by Decree 235/2025/ND-CP.'),
    relations: [
      rel('replaces', 'ND-134-2004', 'secondary', ['S03', 'S05']),
      rel('amended-by', 'ND-235-2025', 'verified-from-text', ['S10', 'S18']),
    ],
    textVerifiedArticles: [1, 2],
    sources: ['S01', 'S02', 'S03'],
  },
  'TT-46-2012-BCT': {
    id: 'TT-46-2012-BCT',
    number: '46/2012/TT-BCT',
    type: 'thong-tu',
    title: {
      vi: 'Thông tư quy định chi tiết một số nội dung của Nghị định số 45/2012/NĐ-CP về khuyến công',
      en: 'Circular detailing some contents of Decree 45/2012/ND-CP on industrial promotion',
    },
    issuer: MOIT,
    signed: known('2012-12-28', 'secondary', ['S07', 'S08', 'S09']),
    effective: unknown(
      'Ngày hiệu lực chưa xác minh (trí nhớ: khoảng 02/2013, không được mã hoá).',
      'Effective date unverified (recollection: about 02/2013, not encoded).',
    ),
    end: unknown('Không rõ.', 'Unknown.'),
    relations: [],
    textVerifiedArticles: [2],
    sources: ['S07', 'S08', 'S09'],
  },
  'TT-36-2013-BCT': {
    id: 'TT-36-2013-BCT',
    number: '36/2013/TT-BCT',
    type: 'thong-tu',
    title: {
      vi: 'Thông tư quy định về xây dựng kế hoạch, tổ chức thực hiện và quản lý kinh phí khuyến công quốc gia',
      en: 'Circular on building plans, organising implementation and managing national industrial-promotion funds',
    },
    issuer: MOIT,
    signed: known('2013-12-27', 'secondary', ['S33', 'S34']),
    effective: unknown('Ngày hiệu lực chưa xác minh.', 'Effective date unverified.'),
    end: unknown('Không rõ.', 'Unknown.'),
    relations: [rel('amended-by', 'TT-17-2018-BCT', 'secondary', ['S29'])],
    textVerifiedArticles: [],
    sources: ['S28', 'S33', 'S34'],
  },
  'TTLT-26-2014-BTC-BCT': {
    id: 'TTLT-26-2014-BTC-BCT',
    number: '26/2014/TTLT-BTC-BCT',
    type: 'thong-tu-lien-tich',
    title: {
      vi: 'Thông tư liên tịch hướng dẫn trình tự lập, quản lý, sử dụng kinh phí khuyến công quốc gia và kinh phí khuyến công địa phương',
      en: 'Joint Circular guiding the estimation, management and use of national and local industrial-promotion funds',
    },
    issuer: { vi: 'Bộ Tài chính – Bộ Công Thương', en: 'Ministry of Finance and Ministry of Industry and Trade (joint)' },
    signed: known('2014-02-18', 'secondary', ['S25', 'S27', 'S34']),
    effective: known('2014-04-08', 'secondary', ['S25', 'S34']),
    end: known('2018-05-10', 'secondary', ['S23', 'S24']),
    relations: [rel('replaced-by', 'TT-28-2018-BTC', 'secondary', ['S23', 'S24'])],
    textVerifiedArticles: [],
    sources: ['S25', 'S26', 'S27', 'S34'],
  },
  'QD-1288-2014-TTg': {
    id: 'QD-1288-2014-TTg',
    number: '1288/QĐ-TTg',
    type: 'quyet-dinh',
    title: {
      vi: 'Quyết định phê duyệt Chương trình khuyến công quốc gia đến năm 2020',
      en: 'Decision approving the national industrial-promotion programme up to 2020',
    },
    issuer: PM,
    signed: known('2014-08-01', 'verified-from-text', ['S40']),
    effective: notRetrieved,
    end: unknown('Chương trình đến năm 2020; ngày hết hiệu lực không rõ.', 'Programme up to 2020; end date unknown.'),
    relations: [],
    textVerifiedArticles: [],
    sources: ['S40'],
  },
  'TT-26-2014-BCT': {
    id: 'TT-26-2014-BCT',
    number: '26/2014/TT-BCT',
    type: 'thong-tu',
    title: {
      vi: 'Thông tư quy định về việc tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu',
      en: 'Circular on organising the selection of typical rural industrial products',
    },
    issuer: MOIT,
    signed: known('2014-08-28', 'secondary', ['S41']),
    effective: known('2014-10-21', 'secondary', ['S41']),
    end: unknown('Còn hiệu lực (đã sửa đổi; văn bản hợp nhất 46/VBHN-BCT ngày 13/10/2025).', 'In force (amended; consolidated as 46/VBHN-BCT of 13/10/2025).'),
    relations: [
      rel('amended-by', 'TT-14-2018-BCT', 'secondary', ['S41']),
      rel('amended-by', 'TT-38-2025-BCT', 'secondary', ['S41']),
    ],
    textVerifiedArticles: [1, 2],
    sources: ['S41', 'S42', 'S43'],
  },
  'TT-28-2018-BTC': {
    id: 'TT-28-2018-BTC',
    number: '28/2018/TT-BTC',
    type: 'thong-tu',
    title: {
      vi: 'Thông tư hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công',
      en: 'Circular guiding the estimation, management and use of industrial-promotion funds',
    },
    issuer: MOF,
    signed: known('2018-03-28', 'verified-from-text', ['S19']),
    effective: known('2018-05-11', 'secondary', ['S23', 'S24']),
    end: unknown(
      'Chưa thấy văn bản thay thế; vẫn được trích dẫn là hiện hành trong tài liệu 2025–2026.',
      'No replacement found; still cited as current in 2025–2026 material.',
    ),
    relations: [rel('replaces', 'TTLT-26-2014-BTC-BCT', 'secondary', ['S23', 'S24'])],
    textVerifiedArticles: [1, 2, 3],
    sources: ['S19', 'S20', 'S21', 'S22', 'S23', 'S24'],
  },
  'TT-14-2018-BCT': {
    id: 'TT-14-2018-BCT',
    number: '14/2018/TT-BCT',
    type: 'thong-tu',
    title: {
      vi: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 26/2014/TT-BCT',
      en: 'Circular amending and supplementing some articles of Circular 26/2014/TT-BCT',
    },
    issuer: MOIT,
    signed: known('2018-06-28', 'secondary', ['S41']),
    effective: known('2018-08-16', 'secondary', ['S41']),
    end: unknown('Không rõ.', 'Unknown.'),
    relations: [rel('amends', 'TT-26-2014-BCT', 'secondary', ['S41'])],
    textVerifiedArticles: [],
    sources: ['S41'],
  },
  'TT-17-2018-BCT': {
    id: 'TT-17-2018-BCT',
    number: '17/2018/TT-BCT',
    type: 'thong-tu',
    title: {
      vi: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 36/2013/TT-BCT',
      en: 'Circular amending and supplementing some articles of Circular 36/2013/TT-BCT',
    },
    issuer: MOIT,
    signed: unknown('Ngày ký chưa xác minh.', 'Signing date unverified.'),
    effective: unknown('Ngày hiệu lực chưa xác minh.', 'Effective date unverified.'),
    end: unknown('Không rõ.', 'Unknown.'),
    relations: [rel('amends', 'TT-36-2013-BCT', 'secondary', ['S29'])],
    textVerifiedArticles: [],
    sources: ['S29'],
  },
  'QD-1881-2020-TTg': {
    id: 'QD-1881-2020-TTg',
    number: '1881/QĐ-TTg',
    type: 'quyet-dinh',
    title: {
      vi: 'Quyết định phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021–2025',
      en: 'Decision approving the national industrial-promotion programme 2021–2025',
    },
    issuer: PM,
    signed: known('2020-11-20', 'verified-from-text', ['S36']),
    effective: known('2020-11-20', 'secondary', ['S38']),
    end: unknown('Chương trình giai đoạn 2021–2025; ngày hết hiệu lực không rõ.', 'Programme 2021–2025; end date unknown.'),
    relations: [],
    textVerifiedArticles: [1],
    sources: ['S36', 'S37', 'S38', 'S39'],
  },
  'TT-38-2025-BCT': {
    id: 'TT-38-2025-BCT',
    number: '38/2025/TT-BCT',
    type: 'thong-tu',
    title: {
      vi: 'Thông tư phân cấp thủ tục hành chính thuộc lĩnh vực quản lý của Bộ Công Thương (sửa đổi, trong đó có Thông tư 26/2014/TT-BCT)',
      en: 'Circular decentralising administrative procedures under the Ministry of Industry and Trade (amending, among others, Circular 26/2014/TT-BCT)',
    },
    issuer: MOIT,
    signed: known('2025-06-19', 'secondary', ['S41']),
    effective: known('2025-07-01', 'secondary', ['S41']),
    end: unknown('Không rõ.', 'Unknown.'),
    relations: [rel('amends', 'TT-26-2014-BCT', 'secondary', ['S41'])],
    textVerifiedArticles: [],
    sources: ['S41'],
  },
  'ND-235-2025': {
    id: 'ND-235-2025',
    number: '235/2025/NĐ-CP',
    type: 'nghi-dinh',
    title: {
      vi: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 45/2012/NĐ-CP ngày 21 tháng 5 năm 2012 của Chính phủ về khuyến công',
      en: 'Decree amending and supplementing a number of articles of Decree 45/2012/ND-CP of 21 May 2012 on industrial promotion',
    },
    issuer: GOV,
    signed: known('2025-08-27', 'verified-from-text', ['S10']),
    effective: known('2025-10-15', 'secondary', ['S11', 'S12']),
    end: inForce,
    relations: [rel('amends', 'ND-45-2012', 'verified-from-text', ['S10'])],
    textVerifiedArticles: [],
    sources: ['S10', 'S11', 'S12', 'S13'],
  },
  'QD-2646-2025-BCT': {
    id: 'QD-2646-2025-BCT',
    number: '2646/QĐ-BCT',
    type: 'quyet-dinh',
    title: {
      vi: 'Quyết định phê duyệt Chương trình khuyến công quốc gia giai đoạn 2026–2030',
      en: 'Decision approving the national industrial-promotion programme 2026–2030',
    },
    issuer: { vi: 'Bộ trưởng Bộ Công Thương', en: 'Minister of Industry and Trade' },
    signed: known('2025-09-23', 'verified-from-text', ['S18']),
    effective: known('2025-09-23', 'verified-from-text', ['S18']),
    end: unknown('Chương trình giai đoạn 2026–2030.', 'Programme 2026–2030.'),
    relations: [],
    textVerifiedArticles: [1, 2, 3],
    sources: ['S18'],
  },
});

/**
 * Every registered instrument id, in chronological order of signing (unknown dates after their number's year).
 * @category Policy
 * @example
 * INSTRUMENT_IDS[0]; // 'ND-134-2004'
 */
export const INSTRUMENT_IDS: readonly InstrumentId[] = Object.freeze(Object.keys(INSTRUMENTS) as InstrumentId[]);

/**
 * Whether a value is the id of a registered instrument.
 * @param value - any value.
 * @returns `true` for `'ND-45-2012'`.
 * @category Policy
 * @example
 * isInstrumentId('ND-45-2012'); // true
 * isInstrumentId('ND-46-2012'); // false
 */
export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(INSTRUMENTS, value);
}
