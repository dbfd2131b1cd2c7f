/**
 * Branded province codes. The same two digits can name different territories before and after the 2025
 * reorganisation ("96" is Cà Mau without Bạc Liêu until 2025-06-30, with it from 2025-07-01), so a code of the
 * 63-unit map and a code of the 34-unit map are distinct types that the compiler will not mix.
 */

declare const legacyBrand: unique symbol;
declare const currentBrand: unique symbol;

/**
 * A two-digit code of one of the 63 units valid until 2025-06-30 (Quyết định 124/2004/QĐ-TTg). Obtain one
 * with `parseProvinceCode(text, { era: 'legacy' })` or from a `LegacyProvince`.
 * @category Provinces
 */
export type LegacyProvinceCode = string & { readonly [legacyBrand]: 'LegacyProvinceCode' };

/**
 * A two-digit code of one of the 34 units valid from 2025-07-01 (Công văn 915/CTK-CSCL). Obtain one with
 * `parseProvinceCode(text, { era: 'current' })` or from a `CurrentProvince`.
 * @category Provinces
 */
export type CurrentProvinceCode = string & { readonly [currentBrand]: 'CurrentProvinceCode' };

/**
 * Which map a code belongs to: `legacy`, the 63 units of 2008-08-01 … 2025-06-30; `current`, the 34 units
 * from 2025-07-01.
 * @category Provinces
 */
export type ProvinceEra = 'legacy' | 'current';

/**
 * The code type of an era.
 * @category Provinces
 */
export type ProvinceCodeOf<E extends ProvinceEra> = E extends 'legacy' ? LegacyProvinceCode : CurrentProvinceCode;

/** Brands a code already checked against the registry. @internal */
export const asLegacyCode = (code: string): LegacyProvinceCode => code as LegacyProvinceCode;
/** Brands a code already checked against the registry. @internal */
export const asCurrentCode = (code: string): CurrentProvinceCode => code as CurrentProvinceCode;

/** A province code of either map: a pre-2025 code or a current one. @category Provinces */
export type ProvinceCode = LegacyProvinceCode | CurrentProvinceCode;
