import type { LocalizedText } from '../internal/messages.js';
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
 * @category Policy
 * @example
 * entriesValidOn(LEGAL_FORMS, '2025-10-15').map((f) => f.id);
 * // ['SME', 'COOPERATIVE_GROUP', 'COOPERATIVE', 'BUSINESS_HOUSEHOLD', 'UNION_OF_COOPERATIVES']
 */
export function entriesValidOn<E extends { readonly validFrom: IsoDate; readonly validTo: IsoDate | null }>(
  entries: readonly E[],
  date: IsoDate,
): readonly E[] {
  return Object.freeze(entries.filter((e) => inPeriod(date, e.validFrom, e.validTo)));
}
