/** The report's fixed texts in both languages. */
import type { LocalizedText } from '../index.js';

const t = (vi: string, en: string): LocalizedText => Object.freeze({ vi, en });

export const L = Object.freeze({
  supportHeading: t(
    'Mức hỗ trợ tối đa từ kinh phí khuyến công quốc gia (computeSupport)',
    'Maximum support from national khuyến công funds (computeSupport)',
  ),
  provincesHeading: t(
    'Tỉnh, thành phố theo bản đồ hành chính hiện hành (restateToCurrentMap)',
    'Provinces restated to the current map (restateToCurrentMap)',
  ),
  seed: t('Bài', 'Seed'),
  publishedName: t('Tên trong bài', 'Name in the article'),
  legacyCode: t('Mã cũ', 'Old code'),
  currentUnit: t('Đơn vị từ 01/07/2025', 'Unit from 2025-07-01'),
  currentCode: t('Mã mới', 'New code'),
  merged: t('Sáp nhập', 'Merged'),
  yes: t('có', 'yes'),
  no: t('không', 'no'),
  restatedIntro: t(
    'Kinh phí khuyến công trong các bài, cộng dồn theo đơn vị hành chính hiện hành (mỗi kỳ riêng):',
    'Khuyến công funding in the articles, added up by current unit (each period separately):',
  ),
  period: t('Kỳ', 'Period'),
  amount: t('Kinh phí', 'Funding'),
  fromCodes: t('Từ mã cũ', 'From old codes'),
  item: t('Nội dung', 'Item'),
  date: t('Ngày', 'Date'),
  eligibleCost: t('Chi phí hợp lệ', 'Eligible cost'),
  support: t('Hỗ trợ tối đa', 'Maximum support'),
  binding: t('Giới hạn áp dụng', 'Bound that applied'),
  citation: t('Căn cứ', 'Legal basis'),
  confidence: t('Độ tin cậy', 'Confidence'),
  bindingValue: Object.freeze({
    'percent-cap': t('tỷ lệ tối đa', 'percentage cap'),
    'absolute-cap': t('mức trần', 'absolute cap'),
    cost: t('chi phí', 'the cost'),
  }) as Readonly<Record<string, LocalizedText>>,
  confidenceValue: Object.freeze({
    'verified-from-text': t('đã đối chiếu văn bản', 'verified from the text'),
    secondary: t('nguồn thứ cấp', 'secondary source'),
  }) as Readonly<Record<string, LocalizedText>>,
});
