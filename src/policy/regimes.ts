import type { LocalizedText } from '../internal/messages.js';
import type { Citation } from './citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { IsoDate } from './isoDate.js';
import { INSTRUMENTS } from './instruments.js';
import { LEGAL_DATES } from './legalDates.js';

/** A known date of the registry (the registry test guarantees these are known). */
function registryDate(d: { readonly date: IsoDate | null }): IsoDate {
  /* v8 ignore next */
  if (d.date === null) throw new Error('regime date missing from the instrument registry');
  return d.date;
}
const ND45_EFFECTIVE = registryDate(INSTRUMENTS['ND-45-2012'].effective);
const ND235_EFFECTIVE = registryDate(INSTRUMENTS['ND-235-2025'].effective);

/**
 * The two versions of Decree 45/2012/NĐ-CP the library models: the 2012 text (in force 2012-07-05 to
 * 2025-10-14) and the text as amended by Decree 235/2025/NĐ-CP (from 2025-10-15).
 * @category Policy
 */
export type RegimeId = 'ND45-2012' | 'ND45-as-amended-ND235';

/**
 * A regime: its id, label, the days it covers and the citation of its start.
 * @category Policy
 */
export interface Regime {
  readonly id: RegimeId;
  readonly label: LocalizedText;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly citation: Citation;
  /** What is known to be incomplete about this regime's data; carried by every snapshot of it. */
  readonly caveats: readonly LocalizedText[];
}

/**
 * First day the library covers: Decree 45/2012 in force (Art. 18, verified from text), taken from the
 * instrument registry. @category Policy
 */
export const COVERAGE_START: IsoDate = ND45_EFFECTIVE;

/**
 * The regimes in date order, their periods derived from the instrument registry: the 2012 wording from
 * Decree 45/2012's entry into force to the day before Decree 235/2025's. Deeply frozen.
 * @category Policy
 * @example
 * REGIMES[1].validFrom; // '2025-10-15'
 */
export const REGIMES: readonly [Regime, Regime] = deepFreeze([
  {
    id: 'ND45-2012',
    label: { vi: 'Nghị định 45/2012/NĐ-CP (bản gốc 2012)', en: 'Decree 45/2012/ND-CP (2012 text)' },
    validFrom: ND45_EFFECTIVE,
    validTo: LEGAL_DATES.ND45_2012_LAST_DAY,
    citation: { instrument: 'ND-45-2012', article: 18, confidence: 'verified-from-text', sources: ['S59'] },
    caveats: [
      {
        vi: 'Các văn bản sửa đổi Thông tư 46/2012/TT-BCT (Thông tư 20/2017/TT-BCT), Thông tư 36/2013/TT-BCT (Thông tư 17/2018/TT-BCT) và Thông tư 28/2018/TT-BTC (Thông tư 64/2024/TT-BTC) chưa đọc được.',
        en: 'The amending circulars of Circular 46/2012/TT-BCT (20/2017/TT-BCT), Circular 36/2013/TT-BCT (17/2018/TT-BCT) and Circular 28/2018/TT-BTC (64/2024/TT-BTC) were not read.',
      },
    ],
  },
  {
    id: 'ND45-as-amended-ND235',
    label: {
      vi: 'Nghị định 45/2012/NĐ-CP được sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP',
      en: 'Decree 45/2012/ND-CP as amended by Decree 235/2025/ND-CP',
    },
    validFrom: ND235_EFFECTIVE,
    validTo: null,
    citation: { instrument: 'ND-235-2025', confidence: 'secondary', sources: ['S10', 'S11', 'S12'] },
    caveats: [
      {
        vi: 'Toàn văn tiếng Việt của Nghị định 235/2025/NĐ-CP chưa đọc được: nội dung hoạt động, danh mục ngành nghề và điểm c khoản 2 Điều 1 sửa đổi chỉ được mô hình hoá một phần.',
        en: 'The full Vietnamese text of Decree 235/2025/ND-CP was not read: the amended activity contents, industry list and Art. 1(2)(c) are modelled only in part.',
      },
      {
        vi: 'Chưa thấy thông tư thay thế Thông tư 28/2018/TT-BTC; mức hỗ trợ của thông tư này có thể đã lỗi thời.',
        en: 'No circular replacing Circular 28/2018/TT-BTC was found; its support levels may be stale.',
      },
    ],
  },
]);
