import type { LocalizedText } from '../internal/messages.js';
import { count, type Count } from '../quantity/Count.js';
import type { CountUnit } from '../quantity/units.js';
import type { Citation, Confidence } from './citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { IsoDate } from './isoDate.js';
import { LEGAL_DATES as D } from './legalDates.js';

/**
 * The national khuyến công programmes.
 * @category Policy
 */
export type ProgrammeId = 'KC-TO-2012' | 'KC-TO-2020' | 'KC-2021-2025' | 'KC-2026-2030';

/**
 * A quantified programme target, with its own confidence.
 * @category Policy
 */
export interface ProgrammeTarget {
  readonly id: string;
  readonly label: LocalizedText;
  readonly value: Count<CountUnit>;
  readonly confidence: Confidence;
  readonly sources: readonly string[];
}

/**
 * A national programme: its period, who approved it, the instrument, and the targets known from sources.
 * @category Policy
 */
export interface Programme {
  readonly id: ProgrammeId;
  readonly label: LocalizedText;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly approvedBy: 'PRIME_MINISTER' | 'MOIT_MINISTER';
  readonly citation: Citation;
  /** The approval date (or `null` when unknown). */
  readonly approvedOn: IsoDate | null;
  readonly targets: readonly ProgrammeTarget[];
  readonly note?: LocalizedText;
}

const vna = (id: string, vi: string, en: string, value: Count<CountUnit>): ProgrammeTarget => ({
  id,
  label: { vi, en },
  value,
  confidence: 'secondary',
  sources: ['S37'],
});

/**
 * The national programmes by period. Deeply frozen. QĐ 1881/QĐ-TTg targets are the four VNA figures
 * (secondary); the 2026–2030 programme's targets were not retrieved, so none are listed.
 * @category Policy
 * @example
 * PROGRAMMES.find((p) => p.id === 'KC-2026-2030')?.approvedBy; // 'MOIT_MINISTER'
 */
export const PROGRAMMES: readonly Programme[] = deepFreeze([
  {
    id: 'KC-TO-2012',
    label: { vi: 'Chương trình khuyến công quốc gia đến năm 2012', en: 'National industrial-promotion programme up to 2012' },
    firstYear: 2007,
    lastYear: 2012,
    approvedBy: 'PRIME_MINISTER',
    citation: { instrument: 'QD-136-2007-TTg', confidence: 'secondary', sources: ['S54', 'S56'] },
    approvedOn: D.QD136_SIGNED,
    targets: [],
    note: { vi: 'Gồm 7 chương trình con.', en: 'Seven sub-programmes.' },
  },
  {
    id: 'KC-TO-2020',
    label: { vi: 'Chương trình khuyến công quốc gia đến năm 2020', en: 'National industrial-promotion programme up to 2020' },
    firstYear: 2014,
    lastYear: 2020,
    approvedBy: 'PRIME_MINISTER',
    citation: { instrument: 'QD-1288-2014-TTg', confidence: 'verified-from-text', sources: ['S40'] },
    approvedOn: D.QD1288_SIGNED,
    targets: [],
    note: { vi: 'Nội dung mục tiêu bị cắt trong nguồn.', en: 'The target text is truncated in the source.' },
  },
  {
    id: 'KC-2021-2025',
    label: { vi: 'Chương trình khuyến công quốc gia giai đoạn 2021–2025', en: 'National industrial-promotion programme 2021–2025' },
    firstYear: 2021,
    lastYear: 2025,
    approvedBy: 'PRIME_MINISTER',
    citation: { instrument: 'QD-1881-2020-TTg', confidence: 'verified-from-text', sources: ['S36'] },
    approvedOn: D.QD1881_SIGNED,
    targets: [
      vna('DEMO_MODELS', 'Xây dựng mô hình trình diễn kỹ thuật', 'Technical demonstration models built', count(340, 'model')),
      vna(
        'POLLUTION_SYSTEMS',
        'Hỗ trợ sửa chữa, nâng cấp hệ thống xử lý ô nhiễm cho cơ sở CNNT',
        'Establishments supported to repair or upgrade pollution-treatment systems',
        count(50, 'establishment'),
      ),
      vna('FAIRS_DOMESTIC', 'Hội chợ, triển lãm trong nước', 'Fairs and exhibitions in Vietnam', count(15, 'fair')),
      vna('FAIRS_ABROAD', 'Hội chợ, triển lãm ở nước ngoài', 'Fairs and exhibitions abroad', count(5, 'fair')),
      vna('TRAINEES', 'Đào tạo nghề cho lao động nông thôn', 'Rural workers given vocational training', count(10_000, 'trainee')),
    ],
  },
  {
    id: 'KC-2026-2030',
    label: { vi: 'Chương trình khuyến công quốc gia giai đoạn 2026–2030', en: 'National industrial-promotion programme 2026–2030' },
    firstYear: 2026,
    lastYear: 2030,
    approvedBy: 'MOIT_MINISTER',
    citation: { instrument: 'QD-2646-2025-BCT', confidence: 'verified-from-text', sources: ['S18'] },
    approvedOn: D.QD2646_SIGNED,
    targets: [],
    note: { vi: 'Chưa thu thập được mục tiêu.', en: 'Targets not retrieved.' },
  },
]);
