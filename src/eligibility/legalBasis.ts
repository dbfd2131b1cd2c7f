/**
 * The citations of the eligibility rules, with the confidence and source keys of the project's legal
 * research notes (docs/legal-sources.md). The facts themselves are stated once, in the decision tables.
 */
import type { Citation } from '../policy/citation.js';

const c = (citation: Citation): Citation => Object.freeze({ ...citation, ...(citation.sources ? { sources: Object.freeze([...citation.sources]) } : {}) });

/** NĐ 45/2012, in force 2012-07-05 (effective date: S03, secondary). */
export const ND45_IN_FORCE = c({ instrument: 'ND-45-2012', confidence: 'secondary', sources: ['S01', 'S03'] });
/** NĐ 235/2025, in force 2025-10-15 (effective date: S11, S12, secondary). */
export const ND235_IN_FORCE = c({ instrument: 'ND-235-2025', confidence: 'secondary', sources: ['S10', 'S11', 'S12'] });

/** Art. 1(2) of NĐ 45/2012, the beneficiary groups (2012 wording). */
export const ND45_SUBJECTS = c({ instrument: 'ND-45-2012', article: 1, clause: 2, confidence: 'verified-from-text', sources: ['S01', 'S02'] });
/** Art. 1(2)(a), 2012: legal forms and places of rural industrial establishments. */
export const ND45_A = c({ instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a', confidence: 'verified-from-text', sources: ['S01', 'S02', 'S03'] });
/** Art. 1(2)(b), 2012: industrial establishments applying cleaner production, no place limit. */
export const ND45_B = c({ instrument: 'ND-45-2012', article: 1, clause: 2, point: 'b', confidence: 'verified-from-text', sources: ['S01'] });
/** Art. 1(2)(c), 2012: khuyến công managers and service providers. */
export const ND45_C = c({ instrument: 'ND-45-2012', article: 1, clause: 2, point: 'c', confidence: 'verified-from-text', sources: ['S01'] });

/** Art. 1(2) as amended by NĐ 235/2025 (points a and b read in the English translation, S10). */
export const ND235_SUBJECTS = c({ instrument: 'ND-235-2025', confidence: 'verified-from-text', sources: ['S10'] });
/** Amended Art. 1(2)(a): unions of cooperatives added; places are communes, wards, special zones, craft villages. */
export const ND235_A = c({ instrument: 'ND-235-2025', confidence: 'verified-from-text', sources: ['S10'] });
/** Amended Art. 1(2)(b): cleaner production and sustainable production; CCN-infrastructure investors. */
export const ND235_B = c({ instrument: 'ND-235-2025', confidence: 'verified-from-text', sources: ['S10'] });
/** Amended Art. 1(2)(c): not read (the page was truncated). */
export const ND235_C_UNREAD = c({ instrument: 'ND-235-2025', confidence: 'secondary', sources: ['S10'] });

/** The eligible-industry list of NĐ 45/2012 (points a–g of clause 1; article number not confirmed). */
export function nd45Industry(point: string): Citation {
  return c({ instrument: 'ND-45-2012', clause: 1, point, confidence: 'secondary', articleConfirmed: false, sources: ['S04'] });
}
/** The same article: only subjects of Art. 1(2)(a) and (b) benefit from the industry list. */
export const ND45_INDUSTRY_SCOPE = c({ instrument: 'ND-45-2012', confidence: 'secondary', articleConfirmed: false, sources: ['S04'] });
/** NĐ 235/2025's updated industry list (press summaries; wording not retrieved). */
export const ND235_INDUSTRIES = c({ instrument: 'ND-235-2025', confidence: 'secondary', sources: ['S11', 'S12'] });
/** NĐ 235/2025's priority for women-owned and ethnic-minority-owned establishments (press summaries). */
export const ND235_PRIORITY = c({ instrument: 'ND-235-2025', confidence: 'secondary', sources: ['S11', 'S12', 'S13'] });

/** Enterprise-founding support, difficult areas only, TTLT 26/2014 (2014-04-08 – 2018-05-10). */
export const TTLT26_FOUNDING = c({ instrument: 'TTLT-26-2014-BTC-BCT', confidence: 'secondary', sources: ['S25', 'S26'] });
/** Enterprise-founding support, difficult areas only, TT 28/2018 Art. 8 (clause not seen), from 2018-05-11. */
export const TT28_FOUNDING = c({ instrument: 'TT-28-2018-BTC', article: 8, confidence: 'secondary', sources: ['S19'] });

/** TT 26/2014/TT-BCT Art. 1: selection is for the establishments of Art. 1(2)(a) of NĐ 45/2012. */
export const TT26_SCOPE = c({ instrument: 'TT-26-2014-BCT', article: 1, confidence: 'verified-from-text', sources: ['S42'] });
/** TT 26/2014/TT-BCT, in force 2014-10-21: four levels from district; entrants hold the level-below certificate. */
export const TT26_LEVELS = c({ instrument: 'TT-26-2014-BCT', confidence: 'secondary', sources: ['S41', 'S43', 'S44', 'S47', 'S48', 'S53'] });
/** TT 38/2025/TT-BCT, in force 2025-07-01: the entry level becomes the commune. */
export const TT38_LEVELS = c({ instrument: 'TT-38-2025-BCT', confidence: 'secondary', sources: ['S41'] });
/** TT 26/2014/TT-BCT Annex 4: the selection council scores each product (100-point sheet). */
export const TT26_SCORING = c({ instrument: 'TT-26-2014-BCT', confidence: 'verified-from-text', sources: ['S45'] });
/** TT 36/2013/TT-BCT Art. 8: đề án are appraised by a council (grassroots, then ministry level). */
export const TT36_APPRAISAL = c({ instrument: 'TT-36-2013-BCT', article: 8, confidence: 'secondary', sources: ['S31'] });
