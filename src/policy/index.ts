/**
 * The policy area: legal instruments, citations, catalogues of Decree 45/2012 (as amended) and dated
 * support levels.
 * @packageDocumentation
 */
export type { Citation, Confidence, InstrumentId } from './citation.js';
export { formatCitation, instrumentName, type FormatCitationOptions } from './formatCitation.js';
export {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  isInstrumentId,
  type Instrument,
  type InstrumentDate,
  type InstrumentRelation,
  type InstrumentType,
} from './instruments.js';
export { isIsoDate, type IsoDate } from './isoDate.js';
export { parseCitation, safeParseCitation } from './parseCitation.js';
