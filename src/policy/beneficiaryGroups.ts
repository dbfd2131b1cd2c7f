import type { CatalogueEntry } from './catalogueEntry.js';
import { nd45Art1Clause2 } from './cite.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { NotModelledEntry } from './notModelled.js';
import { LEGAL_DATES as D } from './legalDates.js';

/**
 * The groups of subjects (đối tượng áp dụng) of Decree 45/2012 Art. 1(2).
 * @category Policy
 */
export type BeneficiaryGroupId =
  | 'RURAL_INDUSTRIAL_ESTABLISHMENT'
  | 'CLEANER_PRODUCTION_ESTABLISHMENT'
  | 'CCN_INFRA_INVESTOR'
  | 'KC_MANAGER_OR_SERVICE_PROVIDER'
  | 'ARTISAN';

/**
 * A beneficiary group.
 * @category Policy
 */
export interface BeneficiaryGroup extends CatalogueEntry<BeneficiaryGroupId> {
  /** Whether a location rule (the location kinds of the period) applies to the group. */
  readonly locationRestricted: boolean;
  /**
   * Whether the eligible-industry list applies to the group (`true` for points a and b of the 2012 text
   * per S04); `null` when not known for the period.
   */
  readonly industryListApplies: boolean | null;
}

const pin = nd45Art1Clause2;

/**
 * The beneficiary groups by period. Deeply frozen. Under the 2025 wording, cluster-infrastructure
 * investors join point b (verified from the English translation, S10); artisans are beneficiaries per press
 * summaries (secondary, clause unknown).
 * @category Policy
 * @example
 * BENEFICIARY_GROUPS.find((g) => g.id === 'CCN_INFRA_INVESTOR')?.citation.point; // 'b'
 */
export const BENEFICIARY_GROUPS: readonly BeneficiaryGroup[] = deepFreeze([
  {
    id: 'RURAL_INDUSTRIAL_ESTABLISHMENT',
    label: { vi: 'Cơ sở công nghiệp nông thôn', en: 'Rural industrial establishment' },
    citation: pin('a', false, ['S01', 'S02', 'S03']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: D.ND45_2012_LAST_DAY,
    locationRestricted: true,
    industryListApplies: true,
  },
  {
    id: 'CLEANER_PRODUCTION_ESTABLISHMENT',
    label: { vi: 'Cơ sở sản xuất công nghiệp áp dụng sản xuất sạch hơn', en: 'Industrial establishment applying cleaner production' },
    citation: pin('b', false, ['S01']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: D.ND45_2012_LAST_DAY,
    locationRestricted: false,
    industryListApplies: true,
  },
  {
    id: 'KC_MANAGER_OR_SERVICE_PROVIDER',
    label: {
      vi: 'Tổ chức, cá nhân trong nước và nước ngoài tham gia quản lý, thực hiện dịch vụ khuyến công',
      en: 'Domestic and foreign organisations and individuals managing or providing industrial-promotion services',
    },
    citation: pin('c', false, ['S01']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: D.ND45_2012_LAST_DAY,
    locationRestricted: false,
    industryListApplies: false,
  },
  {
    id: 'RURAL_INDUSTRIAL_ESTABLISHMENT',
    label: { vi: 'Cơ sở công nghiệp nông thôn', en: 'Rural industrial establishment' },
    citation: pin('a', true, ['S10']),
    validFrom: D.ND235_EFFECTIVE,
    validTo: null,
    locationRestricted: true,
    industryListApplies: null,
  },
  {
    id: 'CLEANER_PRODUCTION_ESTABLISHMENT',
    label: {
      vi: 'Cơ sở sản xuất công nghiệp áp dụng sản xuất sạch hơn, sản xuất và tiêu dùng bền vững',
      en: 'Industrial establishment applying cleaner production or sustainable production and consumption',
    },
    citation: pin('b', true, ['S10']),
    validFrom: D.ND235_EFFECTIVE,
    validTo: null,
    locationRestricted: false,
    industryListApplies: null,
  },
  {
    id: 'CCN_INFRA_INVESTOR',
    label: {
      vi: 'Doanh nghiệp, hợp tác xã đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp',
      en: 'Enterprise or cooperative investing in industrial-cluster infrastructure',
    },
    citation: pin('b', true, ['S10']),
    validFrom: D.ND235_EFFECTIVE,
    validTo: null,
    locationRestricted: false,
    industryListApplies: null,
  },
  {
    id: 'ARTISAN',
    label: { vi: 'Nghệ nhân nhân dân, nghệ nhân ưu tú', en: "People's Artisan or Meritorious Artisan" },
    citation: { instrument: 'ND-235-2025', confidence: 'secondary', sources: ['S11', 'S12'] },
    validFrom: D.ND235_EFFECTIVE,
    validTo: null,
    locationRestricted: false,
    industryListApplies: null,
    note: { vi: 'Điểm, khoản quy định chưa xác định.', en: 'Clause and point not identified.' },
  },
]);

/**
 * Beneficiary groups deliberately not modelled for a period. Deeply frozen.
 * @category Policy
 * @example
 * UNRESOLVED_BENEFICIARY_GROUPS[0]?.id; // 'KC_MANAGER_OR_SERVICE_PROVIDER'
 */
export const UNRESOLVED_BENEFICIARY_GROUPS: readonly NotModelledEntry<BeneficiaryGroupId>[] = deepFreeze([
  {
    id: 'KC_MANAGER_OR_SERVICE_PROVIDER',
    validFrom: D.ND235_EFFECTIVE,
    validTo: null,
    reason: {
      vi: 'Điểm c khoản 2 Điều 1 theo Nghị định 235/2025/NĐ-CP chưa đọc được (trang nguồn bị cắt).',
      en: 'Point c of Art. 1(2) as amended by Decree 235/2025/ND-CP was not seen (source page truncated).',
    },
  },
]);
