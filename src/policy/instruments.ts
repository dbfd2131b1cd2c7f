import type { LocalizedText } from '../internal/messages.js';
import type { Confidence, InstrumentId } from './citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { IsoDate } from './isoDate.js';
import { LEGAL_DATES as D } from './legalDates.js';

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

const known = (date: IsoDate, confidence: Confidence, sources: readonly string[], note?: LocalizedText): InstrumentDate =>
  note === undefined ? { date, confidence, sources } : { date, confidence, sources, note };
/** Articles 1…n: every article of an instrument read in full. */
const ALL = (n: number): readonly number[] => Array.from({ length: n }, (_, i) => i + 1);
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
 * INSTRUMENTS['TT-36-2013-BCT'].effective.date; // '2014-02-10'
 */
export const INSTRUMENTS: { readonly [K in InstrumentId]: Instrument & { readonly id: K } } = deepFreeze({
  'ND-134-2004': {
    id: 'ND-134-2004',
    number: '134/2004/NĐ-CP',
    type: 'nghi-dinh',
    title: { vi: 'Nghị định về khuyến khích phát triển công nghiệp nông thôn', en: 'Decree on encouraging rural industrial development' },
    issuer: GOV,
    signed: known(D.ND134_SIGNED, 'secondary', ['S03', 'S05']),
    effective: notRetrieved,
    end: known(D.ND134_LAST_DAY, 'verified-from-text', ['S59']),
    relations: [rel('replaced-by', 'ND-45-2012', 'verified-from-text', ['S59'])],
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
    signed: known(D.QD136_SIGNED, 'secondary', ['S54', 'S56']),
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
    signed: known(D.ND45_SIGNED, 'verified-from-text', ['S01', 'S59']),
    effective: known(D.ND45_EFFECTIVE, 'verified-from-text', ['S59'], {
      vi: 'Điều 18: "có hiệu lực thi hành kể từ ngày 05 tháng 7 năm 2012".',
      en: 'Art. 18: in force from 5 July 2012.',
    }),
    end: unknown('Còn hiệu lực, được sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP.', 'In force, as amended by Decree 235/2025/ND-CP.'),
    relations: [
      rel('replaces', 'ND-134-2004', 'verified-from-text', ['S59']),
      rel('amended-by', 'ND-235-2025', 'verified-from-text', ['S10', 'S18']),
    ],
    textVerifiedArticles: ALL(19),
    sources: ['S01', 'S02', 'S03', 'S59'],
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
    signed: known(D.TT46_SIGNED, 'verified-from-text', ['S59', 'S07', 'S08', 'S09']),
    effective: known(D.TT46_EFFECTIVE, 'verified-from-text', ['S59'], {
      vi: 'Khoản 1 Điều 11: "có hiệu lực thi hành kể từ ngày 10 tháng 02 năm 2013".',
      en: 'Art. 11(1): in force from 10 February 2013.',
    }),
    end: unknown('Không rõ (còn được trích dẫn là hiện hành, đã sửa đổi bởi Thông tư 20/2017/TT-BCT).', 'Unknown (still cited as current, as amended by Circular 20/2017/TT-BCT).'),
    relations: [rel('amended-by', 'TT-20-2017-BCT', 'secondary', ['S61'])],
    textVerifiedArticles: ALL(11),
    sources: ['S07', 'S08', 'S09', 'S59'],
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
    signed: known(D.TT36_SIGNED, 'verified-from-text', ['S59', 'S33', 'S34']),
    effective: known(D.TT36_EFFECTIVE, 'verified-from-text', ['S59'], {
      vi: 'Khoản 1 Điều 24: "kể từ ngày 10 tháng 02 năm 2014"; thay thế Quyết định 08/2008/QĐ-BCT.',
      en: 'Art. 24(1): in force from 10 February 2014; replaces Decision 08/2008/QD-BCT.',
    }),
    end: unknown('Không rõ.', 'Unknown.'),
    relations: [rel('amended-by', 'TT-17-2018-BCT', 'secondary', ['S29'])],
    textVerifiedArticles: ALL(24),
    sources: ['S28', 'S33', 'S34', 'S59'],
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
    signed: known(D.TTLT26_SIGNED, 'verified-from-text', ['S59', 'S25', 'S27', 'S34']),
    effective: known(D.TTLT26_EFFECTIVE, 'verified-from-text', ['S59'], {
      vi: 'Khoản 1 Điều 10: "từ ngày 08 tháng 4 năm 2014"; thay thế Thông tư liên tịch 125/2009/TTLT-BTC-BCT.',
      en: 'Art. 10(1): in force from 8 April 2014; replaces Joint Circular 125/2009/TTLT-BTC-BCT.',
    }),
    end: known(D.TTLT26_LAST_DAY, 'secondary', ['S23', 'S24']),
    relations: [rel('replaced-by', 'TT-28-2018-BTC', 'secondary', ['S23', 'S24'])],
    textVerifiedArticles: ALL(10),
    sources: ['S25', 'S26', 'S27', 'S34', 'S59'],
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
    signed: known(D.QD1288_SIGNED, 'verified-from-text', ['S40']),
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
    signed: known(D.TT26_SIGNED, 'verified-from-text', ['S59', 'S41']),
    effective: known(D.TT26_EFFECTIVE, 'verified-from-text', ['S59', 'S41'], {
      vi: 'Điều 25; thay thế Thông tư 35/2010/TT-BCT.',
      en: 'Art. 25; replaces Circular 35/2010/TT-BCT.',
    }),
    end: unknown('Còn hiệu lực (đã sửa đổi; văn bản hợp nhất 46/VBHN-BCT ngày 13/10/2025).', 'In force (amended; consolidated as 46/VBHN-BCT of 13/10/2025).'),
    relations: [
      rel('amended-by', 'TT-14-2018-BCT', 'secondary', ['S41']),
      rel('amended-by', 'TT-38-2025-BCT', 'secondary', ['S41']),
    ],
    textVerifiedArticles: ALL(25),
    sources: ['S41', 'S42', 'S43', 'S59'],
  },
  'TT-20-2017-BCT': {
    id: 'TT-20-2017-BCT',
    number: '20/2017/TT-BCT',
    type: 'thong-tu',
    title: {
      vi: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 46/2012/TT-BCT (trích yếu theo phần căn cứ của nghị quyết tỉnh; văn bản chưa đọc)',
      en: 'Circular amending and supplementing some articles of Circular 46/2012/TT-BCT (title as a provincial resolution\'s recital gives it; text not read)',
    },
    issuer: MOIT,
    signed: known(D.TT20_2017_SIGNED, 'secondary', ['S61']),
    effective: unknown('Ngày hiệu lực chưa xác minh; nội dung sửa đổi chưa đọc.', 'Effective date unverified; the amendments were not read.'),
    end: unknown('Không rõ.', 'Unknown.'),
    relations: [rel('amends', 'TT-46-2012-BCT', 'secondary', ['S61'])],
    textVerifiedArticles: [],
    sources: ['S61'],
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
    signed: known(D.TT28_SIGNED, 'verified-from-text', ['S19']),
    effective: known(D.TT28_EFFECTIVE, 'secondary', ['S23', 'S24']),
    end: unknown(
      'Chưa thấy văn bản thay thế; vẫn được trích dẫn là hiện hành trong tài liệu 2025–2026, được sửa đổi, bổ sung bởi Thông tư 64/2024/TT-BTC.',
      'No replacement found; still cited as current in 2025–2026 material, as amended by Circular 64/2024/TT-BTC.',
    ),
    relations: [
      rel('replaces', 'TTLT-26-2014-BTC-BCT', 'secondary', ['S23', 'S24']),
      rel('amended-by', 'TT-64-2024-BTC', 'secondary', ['S60']),
    ],
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
    signed: known(D.TT14_2018_SIGNED, 'secondary', ['S41']),
    effective: known(D.TT14_2018_EFFECTIVE, 'secondary', ['S41']),
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
    signed: known(D.QD1881_SIGNED, 'verified-from-text', ['S36']),
    effective: known(D.QD1881_SIGNED, 'secondary', ['S38']),
    end: unknown('Chương trình giai đoạn 2021–2025; ngày hết hiệu lực không rõ.', 'Programme 2021–2025; end date unknown.'),
    relations: [],
    textVerifiedArticles: [1],
    sources: ['S36', 'S37', 'S38', 'S39'],
  },
  'TT-64-2024-BTC': {
    id: 'TT-64-2024-BTC',
    number: '64/2024/TT-BTC',
    type: 'thong-tu',
    title: {
      vi: 'Thông tư sửa đổi, bổ sung Thông tư số 28/2018/TT-BTC (theo phần căn cứ của nghị quyết tỉnh; văn bản chưa đọc)',
      en: 'Circular amending and supplementing Circular 28/2018/TT-BTC (as a provincial resolution\'s recital gives it; text not read)',
    },
    issuer: MOF,
    signed: unknown('Ngày ký chưa xác minh.', 'Signing date unverified.'),
    effective: unknown(
      'Ngày hiệu lực chưa xác minh; mọi mức của Thông tư 28/2018/TT-BTC tra cứu từ 2024-01-01 kèm cảnh báo có thể đã được sửa đổi.',
      'Effective date unverified; every Circular 28/2018/TT-BTC level queried from 2024-01-01 warns that it may have been amended.',
    ),
    end: unknown('Không rõ.', 'Unknown.'),
    relations: [rel('amends', 'TT-28-2018-BTC', 'secondary', ['S60'])],
    textVerifiedArticles: [],
    sources: ['S60'],
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
    signed: known(D.TT38_2025_SIGNED, 'secondary', ['S41']),
    effective: known(D.TT38_2025_EFFECTIVE, 'secondary', ['S41']),
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
    signed: known(D.ND235_SIGNED, 'verified-from-text', ['S10']),
    effective: known(D.ND235_EFFECTIVE, 'secondary', ['S11', 'S12']),
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
    signed: known(D.QD2646_SIGNED, 'verified-from-text', ['S18']),
    effective: known(D.QD2646_SIGNED, 'verified-from-text', ['S18']),
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
