import { defineMessages, quote } from '../internal/messages.js';

/** The project area's message catalogue. @internal */
export const projectMessages = defineMessages({
  taxCode: {
    vi: (p: { input: string; reason: string }) =>
      p.reason === 'checksum'
        ? `Mã số thuế ${quote(p.input)} sai chữ số kiểm tra (chữ số thứ 10).`
        : p.reason === 'format'
          ? `Mã số thuế ${quote(p.input)} phải gồm 10 chữ số, hoặc 10 chữ số, dấu '-' và 3 chữ số của đơn vị phụ thuộc.`
          : `Mã số thuế ${quote(p.input)} có phần số thứ tự hoặc số đơn vị phụ thuộc toàn số 0.`,
    en: (p: { input: string; reason: string }) =>
      p.reason === 'checksum'
        ? `Tax code ${quote(p.input)} has a wrong check digit (10th digit).`
        : p.reason === 'format'
          ? `Tax code ${quote(p.input)} must be 10 digits, or 10 digits, '-' and a 3-digit branch number.`
          : `Tax code ${quote(p.input)} has an all-zero sequence or branch number.`,
  },
  province: {
    vi: (p: { code: string; asOf: string }) => `Mã tỉnh ${quote(p.code)} không có trong danh mục tỉnh, thành phố tại ngày ${p.asOf}.`,
    en: (p: { code: string; asOf: string }) => `Province code ${quote(p.code)} is not in the province register on ${p.asOf}.`,
  },
  periodOrder: {
    vi: (p: { start: number; end: number }) => `Năm kết thúc ${String(p.end)} trước năm bắt đầu ${String(p.start)}.`,
    en: (p: { start: number; end: number }) => `The end year ${String(p.end)} is before the start year ${String(p.start)}.`,
  },
  duplicate: {
    vi: (p: { what: string; value: string }) => `${p.what} ${quote(p.value)} bị lặp lại.`,
    en: (p: { what: string; value: string }) => `${p.what} ${quote(p.value)} appears more than once.`,
  },
  amountOrder: {
    vi: (p: { small: string; big: string; smallDong: number; bigDong: number }) =>
      `Số ${p.small} (${String(p.smallDong)} đồng) vượt quá số ${p.big} (${String(p.bigDong)} đồng).`,
    en: (p: { small: string; big: string; smallDong: number; bigDong: number }) =>
      `The ${p.small} amount (${String(p.smallDong)} đồng) exceeds the ${p.big} amount (${String(p.bigDong)} đồng).`,
  },
  historyOrder: {
    vi: (p: { at: string; previous: string }) => `Ngày ${p.at} trước ngày của bước trước (${p.previous}): lịch sử phải theo thứ tự thời gian.`,
    en: (p: { at: string; previous: string }) => `Date ${p.at} is before the previous step's date (${p.previous}): the history must be in date order.`,
  },
  historyStart: {
    vi: () => 'Lịch sử phải bắt đầu bằng bước CREATE ở trạng thái DRAFTED.',
    en: () => 'The history must start with a CREATE step in state DRAFTED.',
  },
  historyStep: {
    vi: (p: { event: string; from: string; to: string }) => `Bước ${p.event} không thể đưa đề án từ trạng thái ${p.from} sang ${p.to}.`,
    en: (p: { event: string; from: string; to: string }) => `Step ${p.event} cannot take a đề án from state ${p.from} to ${p.to}.`,
  },
  planProvince: {
    vi: () => 'Kế hoạch cấp tỉnh phải có tỉnh; kế hoạch quốc gia không có tỉnh.',
    en: () => 'A provincial plan needs a province; a national plan has none.',
  },
  planScope: {
    vi: (p: { id: string }) => `Đề án ${quote(p.id)} là đề án khuyến công địa phương, không thuộc kế hoạch khuyến công quốc gia.`,
    en: (p: { id: string }) => `Đề án ${quote(p.id)} is a local đề án and cannot be in the national plan.`,
  },
  planOtherProvince: {
    vi: (p: { id: string; code: string }) => `Đề án ${quote(p.id)} thuộc tỉnh ${p.code}, không phải tỉnh của kế hoạch.`,
    en: (p: { id: string; code: string }) => `Đề án ${quote(p.id)} belongs to province ${p.code}, not the plan's province.`,
  },
  planYear: {
    vi: (p: { id: string; year: number }) => `Đề án ${quote(p.id)} không thực hiện trong năm ${String(p.year)} của kế hoạch.`,
    en: (p: { id: string; year: number }) => `Đề án ${quote(p.id)} does not run in the plan year ${String(p.year)}.`,
  },
  programmePeriod: {
    vi: (p: { programme: string; first: number; last: number }) => `Giai đoạn phải nằm trong giai đoạn ${String(p.first)}–${String(p.last)} của chương trình ${p.programme}.`,
    en: (p: { programme: string; first: number; last: number }) => `The period must lie within the ${String(p.first)}–${String(p.last)} period of programme ${p.programme}.`,
  },
});
