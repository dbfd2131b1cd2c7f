/**
 * Catalogue facts of the 2012 regime read in the texts (the Pháp điển reproduction, S59) that are data, not
 * levels: the conditions for support and the advance ceiling of Joint Circular 26/2014, the provinces'
 * power over local levels, the priority areas and industries of Decree 45/2012 Art. 6 with Circular
 * 46/2012's definitions and order, and Circular 46/2012's limits (clay-brick kilns, fairs abroad).
 */
import type { LocalizedText } from '../internal/messages.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { percent, type Percent } from '../quantity/Percent.js';
import type { CatalogueEntry } from './catalogueEntry.js';
import { fromText } from './cite.js';
import { LEGAL_DATES as D } from './legalDates.js';

const TTLT = { validFrom: D.TTLT26_EFFECTIVE, validTo: D.TTLT26_LAST_DAY } as const;
const ND45_2012 = { validFrom: D.ND45_EFFECTIVE, validTo: D.ND45_2012_LAST_DAY } as const;
const TT46 = { validFrom: D.TT46_EFFECTIVE, validTo: D.ND45_2012_LAST_DAY } as const;

/**
 * The ids of the conditions for national or local khuyến công support (Joint Circular 26/2014 Art. 7).
 * @category Policy
 */
export type SupportConditionRuleId = 'CONTENT_AND_INDUSTRY_FIT' | 'APPROVED_BY_COMPETENT_BODY' | 'COUNTERPART_FUNDING' | 'NO_DOUBLE_FUNDING';

/**
 * The conditions for support, Joint Circular 26/2014 Art. 7(1)–(4), 2014-04-08 → 2018-05-10: the ministry
 * (national funds) and the province (local funds) set the conditions, within these principles. Deeply frozen.
 * @category Policy
 * @example
 * SUPPORT_CONDITIONS_TTLT26.map((c) => c.citation.clause); // [1, 2, 3, 4]
 */
export const SUPPORT_CONDITIONS_TTLT26: readonly CatalogueEntry<SupportConditionRuleId>[] = deepFreeze([
  {
    id: 'CONTENT_AND_INDUSTRY_FIT',
    label: {
      vi: 'Nội dung phù hợp Điều 4 và ngành nghề phù hợp danh mục Điều 5 Nghị định 45/2012/NĐ-CP',
      en: 'The content fits Decree 45/2012 Art. 4 and the industry fits the list of Art. 5',
    },
    citation: fromText('TTLT-26-2014-BTC-BCT', 7, 1),
    ...TTLT,
  },
  {
    id: 'APPROVED_BY_COMPETENT_BODY',
    label: {
      vi: 'Nhiệm vụ, đề án được cơ quan có thẩm quyền phê duyệt (Bộ Công Thương; UBND cấp tỉnh, huyện, xã)',
      en: 'The task or đề án is approved by the competent body (the Ministry; the provincial, district or commune People\'s Committee)',
    },
    citation: fromText('TTLT-26-2014-BTC-BCT', 7, 2),
    ...TTLT,
  },
  {
    id: 'COUNTERPART_FUNDING',
    label: {
      vi: 'Đã đầu tư hoặc cam kết đầu tư đủ kinh phí thực hiện đề án (sau khi trừ phần ngân sách hỗ trợ)',
      en: 'The applicant has invested or committed the đề án\'s full cost net of the State support',
    },
    citation: fromText('TTLT-26-2014-BTC-BCT', 7, 3),
    ...TTLT,
  },
  {
    id: 'NO_DOUBLE_FUNDING',
    label: {
      vi: 'Cam kết chưa được hỗ trợ từ nguồn kinh phí nhà nước nào khác cho cùng nội dung chi',
      en: 'A commitment that no other State funds supported the same spending item',
    },
    citation: fromText('TTLT-26-2014-BTC-BCT', 7, 4),
    ...TTLT,
  },
]);

/**
 * A ceiling on advances: the advance for a đề án or task is at most `maxShare` of the khuyến công support,
 * on the basis of the implementation contract.
 * @category Policy
 */
export interface AdvanceCeiling {
  readonly maxShare: Percent;
  readonly citation: CatalogueEntry['citation'];
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly note: LocalizedText;
}

/**
 * Joint Circular 26/2014 Art. 8(2)(b): "mức tạm ứng … không quá 70% tổng kinh phí khuyến công hỗ trợ trên cơ
 * sở hợp đồng thực hiện", 2014-04-08 → 2018-05-10 (TT 28/2018's equivalent clause was not read). Deeply frozen.
 * @category Policy
 * @example
 * ADVANCE_CEILING_TTLT26.maxShare.ratio.toString(); // '0.7'
 */
export const ADVANCE_CEILING_TTLT26: AdvanceCeiling = deepFreeze({
  maxShare: percent(70),
  citation: fromText('TTLT-26-2014-BTC-BCT', 8, 2, 'b'),
  ...TTLT,
  note: {
    vi: 'Trên tổng kinh phí khuyến công hỗ trợ theo hợp đồng thực hiện; điều khoản tương ứng của Thông tư 28/2018/TT-BTC chưa đọc được.',
    en: 'Of the total khuyến công support under the implementation contract; the matching clause of Circular 28/2018/TT-BTC was not read.',
  },
});

/**
 * The ids of the facts about local levels (Joint Circular 26/2014 Art. 6(3)).
 * @category Policy
 */
export type LocalLevelFactId = 'PROVINCE_SETS_LOCAL_LEVELS' | 'COUNCIL_MAY_ADD_CONTENTS';

/**
 * Joint Circular 26/2014 Art. 6(3): (a) the provincial People's Committee sets the local levels, guided by
 * Art. 6; (b) the provincial People's Council may add contents and forms of support. Deeply frozen.
 * @category Policy
 * @example
 * LOCAL_LEVEL_FACTS_TTLT26[0]?.citation.point; // 'a'
 */
export const LOCAL_LEVEL_FACTS_TTLT26: readonly CatalogueEntry<LocalLevelFactId>[] = deepFreeze([
  {
    id: 'PROVINCE_SETS_LOCAL_LEVELS',
    label: {
      vi: 'UBND cấp tỉnh ban hành quy chế quản lý kinh phí khuyến công địa phương và quy định mức hỗ trợ địa phương',
      en: 'The provincial People\'s Committee issues the local fund rules and sets the local support levels',
    },
    citation: fromText('TTLT-26-2014-BTC-BCT', 6, 3, 'a'),
    ...TTLT,
  },
  {
    id: 'COUNCIL_MAY_ADD_CONTENTS',
    label: {
      vi: 'HĐND cấp tỉnh có thể quy định nội dung, hình thức hỗ trợ khác ngoài Điều 6',
      en: 'The provincial People\'s Council may add contents and forms of support beyond Art. 6',
    },
    citation: fromText('TTLT-26-2014-BTC-BCT', 6, 3, 'b'),
    ...TTLT,
  },
]);

/**
 * The priority flags of the 2012 regime (Decree 45/2012 Art. 6(1) areas, Art. 6(2) industries).
 * @category Policy
 */
export type PriorityFlag2012Id =
  | 'DIFFICULT_OR_EXTREMELY_DIFFICULT_AREA'
  | 'NEW_RURAL_COMMUNE'
  | 'HIGHLAND_ISLAND_BORDER_DISTRICT'
  | 'ETHNIC_MINORITY_AREA'
  | 'POOR_DISTRICT'
  | 'MECHANICAL_AGRI_CHEMICALS_PROCESSING_SUPPORTING_CLEANER'
  | 'TYPICAL_KEY_EXPORT_LOCAL_MATERIALS_LABOUR';

/**
 * A priority flag: an area (Art. 6(1)) or an industry group (Art. 6(2)(a) or (b)), with its rank in the
 * order of Circular 46/2012 Art. 6(3)(a) where the circular gives one (areas before industries; areas a→d
 * of Art. 6(1) of the circular; industries 6(2)(b) before 6(2)(a), cleaner production outside the order).
 * @category Policy
 */
export interface PriorityFlag2012 extends CatalogueEntry<PriorityFlag2012Id> {
  readonly kind: 'area' | 'industry';
  /** 1 = considered first; `null` where Circular 46/2012 gives no rank. */
  readonly rank: number | null;
}

const nd45Art6 = (clause: number, point?: string) => fromText('ND-45-2012', 6, clause, point);

/**
 * The 2012 regime's priority areas and industries (Decree 45/2012 Art. 6(1)–(2), read from the text), with
 * the definitions and order of Circular 46/2012 Art. 6 in the notes and ranks (from 2013-02-10). Art. 6(3):
 * priority funding levels ensure investment is attracted; Joint Circular 26/2014 Art. 6(2)(t) caps them at
 * 1.5 times the normal level (`PRIORITY_UPLIFTS`). Deeply frozen.
 * @category Policy
 * @example
 * PRIORITY_FLAGS_2012.filter((f) => f.kind === 'area').length; // 5
 */
export const PRIORITY_FLAGS_2012: readonly PriorityFlag2012[] = deepFreeze([
  {
    id: 'HIGHLAND_ISLAND_BORDER_DISTRICT',
    kind: 'area',
    rank: 1,
    label: { vi: 'Huyện vùng cao, hải đảo, biên giới đất liền', en: 'Highland, island and land-border districts' },
    citation: nd45Art6(1),
    ...ND45_2012,
    note: { vi: 'Thứ tự 1 (điểm a khoản 1 Điều 6 Thông tư 46/2012/TT-BCT, cùng vùng đồng bào dân tộc thiểu số).', en: 'Rank 1 (Circular 46/2012 Art. 6(1)(a), with ethnic-minority areas).' },
  },
  {
    id: 'ETHNIC_MINORITY_AREA',
    kind: 'area',
    rank: 1,
    label: { vi: 'Vùng đồng bào dân tộc thiểu số', en: 'Ethnic-minority areas' },
    citation: nd45Art6(1),
    ...ND45_2012,
  },
  {
    id: 'POOR_DISTRICT',
    kind: 'area',
    rank: 2,
    label: { vi: 'Các huyện nghèo', en: 'Poor districts' },
    citation: nd45Art6(1),
    ...ND45_2012,
    note: { vi: 'Theo Nghị quyết 30a/2008/NQ-CP (61 huyện nghèo), điểm b khoản 1 Điều 6 Thông tư 46/2012/TT-BCT.', en: 'Per Resolution 30a/2008/NQ-CP (61 poor districts), Circular 46/2012 Art. 6(1)(b).' },
  },
  {
    id: 'NEW_RURAL_COMMUNE',
    kind: 'area',
    rank: 3,
    label: { vi: 'Xã trong kế hoạch Chương trình MTQG xây dựng nông thôn mới', en: 'Communes in the new-rural-area national programme plan' },
    citation: nd45Art6(1),
    ...ND45_2012,
  },
  {
    id: 'DIFFICULT_OR_EXTREMELY_DIFFICULT_AREA',
    kind: 'area',
    rank: 4,
    label: { vi: 'Địa bàn có điều kiện kinh tế – xã hội khó khăn, đặc biệt khó khăn', en: 'Areas with difficult or extremely difficult socio-economic conditions' },
    citation: nd45Art6(1),
    ...ND45_2012,
    note: { vi: 'Xác định theo Nghị định 108/2006/NĐ-CP (điểm d khoản 1 Điều 6 Thông tư 46/2012/TT-BCT).', en: 'As defined by Decree 108/2006/ND-CP (Circular 46/2012 Art. 6(1)(d)).' },
  },
  {
    id: 'TYPICAL_KEY_EXPORT_LOCAL_MATERIALS_LABOUR',
    kind: 'industry',
    rank: 5,
    label: {
      vi: 'Sản phẩm CNNT tiêu biểu; sản phẩm công nghiệp chủ lực, mũi nhọn, trọng điểm; có thị trường xuất khẩu; dùng nguyên liệu tại chỗ, nhiều lao động',
      en: 'Typical rural products; key, spearhead and focal industries; export products; local raw materials; labour-intensive',
    },
    citation: nd45Art6(2, 'b'),
    ...ND45_2012,
    note: {
      vi: 'Định nghĩa (khoản 2 Điều 6 Thông tư 46/2012/TT-BCT): có hợp đồng xuất khẩu; nguyên liệu chính từ trong tỉnh trên 50%; từ 50 lao động trở lên; sản phẩm có giấy chứng nhận.',
      en: 'Definitions (Circular 46/2012 Art. 6(2)): an export contract; over 50% of main materials from the province; 50 or more workers; a certified product.',
    },
  },
  {
    id: 'MECHANICAL_AGRI_CHEMICALS_PROCESSING_SUPPORTING_CLEANER',
    kind: 'industry',
    rank: 6,
    label: {
      vi: 'Cơ khí, hóa chất phục vụ nông nghiệp, nông thôn; chế biến nông – lâm – thủy sản; công nghiệp hỗ trợ; sản xuất sạch hơn',
      en: 'Mechanical engineering and chemicals for agriculture; agro-forestry-fishery processing; supporting industry; cleaner production',
    },
    citation: nd45Art6(2, 'a'),
    ...ND45_2012,
    note: {
      vi: 'Công nghiệp hỗ trợ theo Quyết định 1483/QĐ-TTg; sản xuất sạch hơn không xếp thứ tự (điểm b khoản 3 Điều 6 Thông tư 46/2012/TT-BCT).',
      en: 'Supporting industry per Decision 1483/QD-TTg; cleaner production has no rank (Circular 46/2012 Art. 6(3)(b)).',
    },
  },
]);

/**
 * The ids of Circular 46/2012's limits.
 * @category Policy
 */
export type Tt46LimitId = 'NO_CLAY_BRICK_KILNS' | 'FAIRS_ABROAD_TWICE_A_YEAR';

/**
 * A limit of Circular 46/2012 (original wording; TT 20/2017's amendments not read), with its number where
 * it is one.
 * @category Policy
 */
export interface Tt46Limit extends CatalogueEntry<Tt46LimitId> {
  /** Fairs abroad: at most this many supported times per establishment per year. */
  readonly maxPerYear?: number;
}

/**
 * Circular 46/2012's limits: no support for clay-brick making with improved hand-fired or ring kilns
 * (Art. 5(1)); fairs, forums and workshops abroad supported at most twice a year per establishment
 * (Art. 4(1)(b): "không quá 2 lần/năm"). Valid from 2013-02-10 to the end of the 2012 regime. Deeply frozen.
 * @category Policy
 * @example
 * TT46_LIMITS.find((l) => l.id === 'FAIRS_ABROAD_TWICE_A_YEAR')?.maxPerYear; // 2
 */
export const TT46_LIMITS: readonly Tt46Limit[] = deepFreeze([
  {
    id: 'NO_CLAY_BRICK_KILNS',
    label: {
      vi: 'Không hỗ trợ cơ sở sản xuất gạch đất sét nung bằng lò thủ công cải tiến, lò vòng',
      en: 'No support for clay-brick making in improved hand-fired or ring kilns',
    },
    citation: fromText('TT-46-2012-BCT', 5, 1),
    ...TT46,
  },
  {
    id: 'FAIRS_ABROAD_TWICE_A_YEAR',
    label: {
      vi: 'Hỗ trợ tham dự diễn đàn, hội thảo, hội chợ triển lãm ở nước ngoài không quá 2 lần/năm mỗi cơ sở',
      en: 'Forums, workshops and fairs abroad: at most twice a year per establishment',
    },
    citation: fromText('TT-46-2012-BCT', 4, 1, 'b'),
    maxPerYear: 2,
    ...TT46,
  },
]);
