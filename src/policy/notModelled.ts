import type { LocalizedText } from '../internal/messages.js';
import type { IsoDate } from './isoDate.js';

/**
 * A catalogue id the library deliberately does not model for a period, with the reason (for example a
 * beneficiary group whose amended wording was not seen). An explicit "unknown", never "no".
 * @category Policy
 */
export interface NotModelledEntry<Id extends string = string> {
  readonly id: Id;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly reason: LocalizedText;
}
