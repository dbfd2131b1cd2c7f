import { defineMessages, type LocalizedText } from '../internal/messages.js';
import type { FundingSource } from './ProgrammeReport.js';

/** Funding-source names. */
export const SOURCE_NAMES: Readonly<Record<FundingSource, LocalizedText>> = Object.freeze({
  national: Object.freeze({ vi: 'khuyến công quốc gia', en: 'national khuyến công' }),
  local: Object.freeze({ vi: 'khuyến công địa phương', en: 'local khuyến công' }),
  counterpart: Object.freeze({ vi: 'vốn đối ứng', en: 'counterpart funds' }),
  other: Object.freeze({ vi: 'nguồn khác', en: 'other sources' }),
});

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

type P = { period: LocalizedText };
type S = { source: LocalizedText };
type V = { value: LocalizedText; range: LocalizedText };

/** The audit area's message catalogue. */
export const auditMessages = defineMessages({
  'funding-sum': {
    vi: () => 'Tổng kinh phí các nguồn so với tổng công bố',
    en: () => 'Funding by source against the stated total',
  },
  'projects-sum': {
    vi: () => 'Số đề án các nguồn so với tổng số đề án',
    en: () => 'Đề án by source against the stated number of đề án',
  },
  change: {
    vi: (p: P) => `Mức tăng, giảm so với ${p.period.vi}`,
    en: (p: P) => `Change against ${p.period.en}`,
  },
  'average-per-member': {
    vi: () => 'Bình quân mỗi tỉnh, thành phố',
    en: () => 'Average per province',
  },
  'average-per-year': {
    vi: () => 'Bình quân mỗi năm của giai đoạn',
    en: () => 'Yearly average over the period',
  },
  share: {
    vi: (p: S) => `Tỷ trọng kinh phí ${p.source.vi}`,
    en: (p: S) => `Share of ${p.source.en} funding`,
  },
  'implied-count-unique': {
    vi: (p: { n: string; quotient: LocalizedText }) =>
      `số tỉnh, thành phố không được nêu; ${p.n} là số nguyên duy nhất phù hợp với tổng và bình quân đã công bố (tổng / bình quân = ${p.quotient.vi})`,
    en: (p: { n: string; quotient: LocalizedText }) =>
      `the number of provinces is not stated; ${p.n} is the only whole number that fits the published total and average (total / average = ${p.quotient.en})`,
  },
  'implied-count-several': {
    vi: (p: { n: string; from: string; to: string; quotient: LocalizedText }) =>
      `số tỉnh, thành phố không được nêu; các số nguyên từ ${p.from} đến ${p.to} đều phù hợp, phép kiểm tra dùng số gần nhất ${p.n} (tổng / bình quân = ${p.quotient.vi})`,
    en: (p: { n: string; from: string; to: string; quotient: LocalizedText }) =>
      `the number of provinces is not stated; every whole number from ${p.from} to ${p.to} fits, the check uses the nearest, ${p.n} (total / average = ${p.quotient.en})`,
  },
  'implied-count-none': {
    vi: (p: { n: string; quotient: LocalizedText }) =>
      `số tỉnh, thành phố không được nêu và không số nguyên nào phù hợp; phép kiểm tra dùng số gần nhất ${p.n} (tổng / bình quân = ${p.quotient.vi})`,
    en: (p: { n: string; quotient: LocalizedText }) =>
      `the number of provinces is not stated and no whole number fits; the check uses the nearest, ${p.n} (total / average = ${p.quotient.en})`,
  },
  'implied-base': {
    vi: (p: V & P) => `Giá trị ${p.period.vi} suy ra từ mức tăng, giảm đã công bố: ${p.value.vi} (${p.range.vi})`,
    en: (p: V & P) => `Value for ${p.period.en} implied by the stated change: ${p.value.en} (${p.range.en})`,
  },
  'implied-count': {
    vi: (p: V) => `Số tỉnh, thành phố suy ra từ tổng và bình quân: ${p.value.vi} (${p.range.vi})`,
    en: (p: V) => `Number of provinces implied by the total and the average: ${p.value.en} (${p.range.en})`,
  },
  'implied-total': {
    vi: (p: V) => `Tổng của giai đoạn suy ra từ bình quân mỗi năm: ${p.value.vi} (${p.range.vi})`,
    en: (p: V) => `Total of the period implied by the yearly average: ${p.value.en} (${p.range.en})`,
  },
  'source-share': {
    vi: (p: V & S) => `Tỷ trọng kinh phí ${p.source.vi}: ${p.value.vi} (${p.range.vi})`,
    en: (p: V & S) => `Share of ${p.source.en} funding: ${p.value.en} (${p.range.en})`,
  },
  'source-change': {
    vi: (p: V & S & P) => `Kinh phí ${p.source.vi} so với ${p.period.vi}: ${p.value.vi} (${p.range.vi})`,
    en: (p: V & S & P) => `${capital(p.source.en)} funding against ${p.period.en}: ${p.value.en} (${p.range.en})`,
  },
  'projects-change': {
    vi: (p: V & P & { from: string; to: string }) => `Số đề án ${p.from} → ${p.to} so với ${p.period.vi}: ${p.value.vi} (${p.range.vi})`,
    en: (p: V & P & { from: string; to: string }) => `Đề án ${p.from} → ${p.to} against ${p.period.en}: ${p.value.en} (${p.range.en})`,
  },
  'total-change': {
    vi: (p: V & P) => `Tổng kinh phí so với ${p.period.vi}: ${p.value.vi} (${p.range.vi})`,
    en: (p: V & P) => `Total funding against ${p.period.en}: ${p.value.en} (${p.range.en})`,
  },
  'average-per-year-estimate': {
    vi: (p: V) => `Bình quân mỗi năm của giai đoạn: ${p.value.vi} (${p.range.vi})`,
    en: (p: V) => `Yearly average over the period: ${p.value.en} (${p.range.en})`,
  },
  'average-per-class': {
    vi: (p: V & { topic: string }) => `Số người bình quân mỗi lớp (${p.topic}): ${p.value.vi} (${p.range.vi})`,
    en: (p: V & { topic: string }) => `Average people per class (${p.topic}): ${p.value.en} (${p.range.en})`,
  },
  'versus-period-average': {
    vi: (p: V & S & P) => `Kinh phí ${p.source.vi} so với bình quân mỗi năm ${p.period.vi}: ${p.value.vi} (${p.range.vi}; gốc so sánh là số ước)`,
    en: (p: V & S & P) => `${capital(p.source.en)} funding against the yearly average of ${p.period.en}: ${p.value.en} (${p.range.en}; an approximate base)`,
  },
});
