import type { LocalizedText } from '../internal/messages.js';
import type { Citation } from './citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { IsoDate } from './isoDate.js';

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

/** First day the library covers: Decree 45/2012 in force (S03, secondary). @category Policy */
export const COVERAGE_START: IsoDate = '2012-07-05';

/**
 * The regimes in date order. Deeply frozen.
 * @category Policy
 * @example
 * REGIMES[1].validFrom; // '2025-10-15'
 */
export const REGIMES: readonly [Regime, Regime] = deepFreeze([
  {
    id: 'ND45-2012',
    label: { vi: 'Nghị định 45/2012/NĐ-CP (bản gốc 2012)', en: 'Decree 45/2012/ND-CP (2012 text)' },
    validFrom: '2012-07-05',
    validTo: '2025-10-14',
    citation: { instrument: 'ND-45-2012', confidence: 'secondary', sources: ['S03'] },
    caveats: [
      {
        vi: 'Số điều, khoản của nội dung hoạt động (Điều 4) và ngành nghề chưa được xác minh từ văn bản.',
        en: 'The article numbering of the activity contents (Art. 4) and of the industry list is not confirmed from the text.',
      },
    ],
  },
  {
    id: 'ND45-as-amended-ND235',
    label: {
      vi: 'Nghị định 45/2012/NĐ-CP được sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP',
      en: 'Decree 45/2012/ND-CP as amended by Decree 235/2025/ND-CP',
    },
    validFrom: '2025-10-15',
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
