import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';

/**
 * Folds a Vietnamese place name for matching: lower case, no diacritics (so "Hoà"/"Hòa" and "Đắk"/"Đăk"/"Dak"
 * meet), đ → d, every dash, dot, comma or underscore a space, spaces collapsed.
 * @param input - the text as written.
 * @returns space-separated folded tokens.
 * @throws {@link KhuyenCongError} `geo.text-invalid` for a value that is not a string.
 * @category Provinces
 * @example
 * foldProvinceName('Tỉnh Bà Rịa – Vũng Tàu'); // 'tinh ba ria vung tau'
 */
export function foldProvinceName(input: string): string {
  if (typeof input !== 'string') {
    fail('geo.text-invalid', text(`Tên tỉnh phải là văn bản, nhận được ${showValue(input, 40)}.`, `The province name must be text, got ${showValue(input, 40)}.`), ['input']);
  }
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The compact matching key of a folded name (spaces removed: "Dak Lak" = "Daklak"). @internal */
export const compactKey = (folded: string): string => folded.replace(/ /g, '');

const LEADING = [/^tinh /, /^thanh pho /, /^tp /, /^t p /];
const TRAILING = [/ province$/, / city$/];

/** The folded name without a province-level prefix ("Tỉnh", "Thành phố", "TP.") or suffix ("Province", "City"). @internal */
export function stripProvincePrefix(folded: string): string {
  let s = folded;
  for (const re of LEADING) s = s.replace(re, '');
  for (const re of TRAILING) s = s.replace(re, '');
  return s;
}

/**
 * Names of the bodies of a province that stand before its name in letterheads and reports: "UBND" (Ủy ban
 * nhân dân), "HĐND", "Sở Công Thương" (the provincial Department of Industry and Trade), "Trung tâm Khuyến
 * công". Stripped before matching ("UBND tỉnh Quảng Trị" names Quảng Trị). @internal
 */
const BODIES = /^(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|so cong thuong|so ct|trung tam khuyen cong) /;

/** The folded name without the names of provincial bodies before it. @internal */
export function stripBodies(folded: string): string {
  let s = folded;
  for (let i = 0; i < 3 && BODIES.test(s); i++) s = s.replace(BODIES, '');
  return s;
}

/** Whether a folded name is written as a city ("Thành phố …", "TP …", "T.P …"). @internal */
export const CITY_PREFIX = /^(?:thanh pho|tp|t p) /;

/** Prefixes of units below the provincial level, with their labels. @internal */
export const LOWER_LEVEL_PREFIXES: readonly { readonly re: RegExp; readonly vi: string; readonly en: string }[] = Object.freeze([
  { re: /^(tx|thi xa) /, vi: 'thị xã', en: 'town (thị xã)' },
  { re: /^(tt|thi tran) /, vi: 'thị trấn', en: 'township (thị trấn)' },
  { re: /^(h|huyen) /, vi: 'huyện', en: 'rural district (huyện)' },
  { re: /^(q|quan) /, vi: 'quận', en: 'urban district (quận)' },
  { re: /^(p|phuong) /, vi: 'phường', en: 'ward (phường)' },
  { re: /^xa /, vi: 'xã', en: 'commune (xã)' },
]);

/** Levenshtein distance, for suggestions. @internal */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
