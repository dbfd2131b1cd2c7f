import { fail, toSafe, type SafeParseResult } from '../internal/errors.js';
import { readOption } from '../internal/plain.js';
import { showValue } from '../internal/showValue.js';
import { geoMessages } from './messages.js';
import { asCurrentCode, asLegacyCode, type ProvinceCodeOf, type ProvinceEra } from './ProvinceCode.js';
import { currentViewOf, lastLegacyView, type CurrentProvince } from './registry.js';

/**
 * Options of {@link parseProvinceCode}.
 * @category Provinces
 */
export interface ParseProvinceCodeOptions<E extends ProvinceEra> {
  /** Which map the code must belong to: `legacy` (63 units, until 2025-06-30) or `current` (34, from 2025-07-01). */
  readonly era: E;
}

/**
 * Reads a province code at a boundary (a form, a CSV column) and brands it for its map. Accepts two digits,
 * or one digit that is zero-padded ("1" → "01"), with surrounding spaces; a number is read as its digits.
 * @param input - the code as received.
 * @param options - the map the code must belong to.
 * @returns the branded code.
 * @throws {@link KhuyenCongError} `geo.era-invalid` unless `era` is `legacy` or `current`; `geo.code-format`
 *   unless one or two digits; `geo.code-unknown` when no unit
 *   of that map has the code; `geo.code-not-current` for an old code that ended on 2025-06-30 (the message
 *   names the successor).
 * @category Provinces
 * @example
 * parseProvinceCode('95', { era: 'legacy' }); // '95' as LegacyProvinceCode (Bạc Liêu)
 * parseProvinceCode('95', { era: 'current' }); // throws geo.code-not-current: successor 96 (Tỉnh Cà Mau)
 */
export function parseProvinceCode<E extends ProvinceEra>(
  input: unknown,
  options: ParseProvinceCodeOptions<E>,
): ProvinceCodeOf<E> {
  const era: unknown = readOption(options, 'era');
  if (era !== 'legacy' && era !== 'current') fail('geo.era-invalid', geoMessages.eraInvalid({ input: showValue(era) }), ['era']);
  const raw = typeof input === 'string' ? input.trim() : typeof input === 'number' ? String(input) : '';
  if (!/^\d{1,2}$/.test(raw)) {
    fail('geo.code-format', geoMessages.codeFormat({ input: showValue(input) }), ['code']);
  }
  const code = raw.padStart(2, '0');
  const legacy = lastLegacyView(code);
  if (era === 'legacy') {
    if (legacy === undefined) fail('geo.code-unknown', geoMessages.codeUnknown({ code }), ['code']);
    return asLegacyCode(code) as ProvinceCodeOf<E>;
  }
  if (currentViewOf(code) !== undefined) return asCurrentCode(code) as ProvinceCodeOf<E>;
  if (legacy === undefined) return fail('geo.code-unknown', geoMessages.codeUnknown({ code }), ['code']);
  const successor = currentViewOf(legacy.successor) as CurrentProvince;
  return fail(
    'geo.code-not-current',
    geoMessages.codeNotCurrent({
      code,
      name: legacy.officialName,
      successorCode: legacy.successor,
      successorName: successor.officialName,
    }),
    ['code'],
  );
}

/**
 * Like {@link parseProvinceCode}, but never throws.
 * @param input - the code as received.
 * @param options - the map the code must belong to.
 * @returns `{ success: true, data }` or `{ success: false, error }` with bilingual issues.
 * @category Provinces
 * @example
 * safeParseProvinceCode('28', { era: 'legacy' }).success; // false: Hà Tây (28) ended before 2008-08-01
 */
export function safeParseProvinceCode<E extends ProvinceEra>(
  input: unknown,
  options: ParseProvinceCodeOptions<E>,
): SafeParseResult<ProvinceCodeOf<E>> {
  return toSafe(parseProvinceCode<E>)(input, options);
}
