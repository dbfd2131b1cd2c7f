import { checkDate } from '../internal/date.js';
import { fail } from '../internal/errors.js';
import { text, type LocalizedText } from '../internal/messages.js';
import { readOption } from '../internal/plain.js';
import { showValue, valueKind } from '../internal/showValue.js';
import type { Citation } from './citation.js';
import { inPeriod, type IsoDate } from './isoDate.js';

/**
 * The common shape of a catalogue row: a stable id, a bilingual label, the citation it rests on and the
 * days it is valid (`validTo: null` = open-ended). An id may have several rows for different periods
 * (for example the 2012 wording and the wording as amended in 2025); on any one day at most one row of an
 * id is valid.
 * @category Policy
 */
export interface CatalogueEntry<Id extends string = string> {
  readonly id: Id;
  readonly label: LocalizedText;
  readonly citation: Citation;
  /** First day of validity. */
  readonly validFrom: IsoDate;
  /** Last day of validity, or `null` while valid. */
  readonly validTo: IsoDate | null;
  /** A remark on what is and is not known. */
  readonly note?: LocalizedText;
}

/**
 * The rows of a catalogue valid on a day.
 * @param entries - a catalogue.
 * @param date - the day, `YYYY-MM-DD`.
 * @returns the rows whose [validFrom, validTo] contains the day, in catalogue order.
 * @throws {@link KhuyenCongError} `date.invalid` (path `date`) for a day that is not a real `YYYY-MM-DD` date;
 *   `policy.bad-catalogue` (path `entries` and the row) when `entries` is not an array of rows whose `validFrom`
 *   is a string and `validTo` a string or `null`, or cannot be read.
 * @category Policy
 * @example
 * entriesValidOn(LEGAL_FORMS, '2025-10-15').map((f) => f.id);
 * // ['SME', 'COOPERATIVE_GROUP', 'COOPERATIVE', 'BUSINESS_HOUSEHOLD', 'UNION_OF_COOPERATIVES']
 */
export function entriesValidOn<E extends { readonly validFrom: IsoDate; readonly validTo: IsoDate | null }>(
  entries: readonly E[],
  date: IsoDate,
): readonly E[] {
  const day = checkDate(date, ['date']);
  // Each row's dates read once, inside a guard, in the pass that filters them (linear, no copy of the catalogue).
  const rows = valueKind(entries) === 'array' ? (entries as readonly unknown[]) : badCatalogue(entries, ['entries']);
  const out: E[] = [];
  for (let i = 0; i < rows.length; i++) {
    let row: unknown;
    let from: unknown;
    let to: unknown;
    try {
      row = rows[i];
      from = readOption(row, 'validFrom');
      to = readOption(row, 'validTo');
    } catch {
      badCatalogue(row, ['entries', i]);
    }
    if (typeof from !== 'string' || (to !== null && typeof to !== 'string')) badCatalogue(row, ['entries', i]);
    if (inPeriod(day, from, to)) out.push(row as E);
  }
  return Object.freeze(out);
}

function badCatalogue(value: unknown, path: readonly (string | number)[]): never {
  return fail(
    'policy.bad-catalogue',
    text(
      `Cần một danh mục: mảng các dòng có validFrom (ngày) và validTo (ngày hoặc null); nhận được ${showValue(value, 60)}.`,
      `Expected a catalogue: an array of rows with validFrom (a date) and validTo (a date or null); received ${showValue(value, 60)}.`,
    ),
    path,
  );
}
