/**
 * The citations of eligibility rules that the policy catalogue does not carry, with the confidence and
 * source keys of the project's legal research notes (docs/legal-sources.md). Everything else is cited from
 * the catalogue rows (src/policy).
 */
import type { Citation } from '../policy/citation.js';

const c = (citation: Citation & { readonly sources: readonly string[] }): Citation =>
  Object.freeze({ ...citation, sources: Object.freeze([...citation.sources]) });

/** Art. 1(2) of NĐ 45/2012, the beneficiary groups (2012 wording). */
export const ND45_SUBJECTS = c({ instrument: 'ND-45-2012', article: 1, clause: 2, confidence: 'verified-from-text', sources: ['S01', 'S02'] });
/** Art. 1(2) as amended by NĐ 235/2025 (points a and b read in the English translation, S10). */
export const ND235_SUBJECTS = c({ instrument: 'ND-45-2012', article: 1, clause: 2, asAmendedBy: 'ND-235-2025', confidence: 'verified-from-text', sources: ['S10'] });
/** The industry article: only subjects of Art. 1(2)(a) and (b) benefit from the list (S04). */
export const ND45_INDUSTRY_SCOPE = c({ instrument: 'ND-45-2012', article: 5, confidence: 'verified-from-text', sources: ['S04', 'S59'] });
/** NĐ 235/2025's updated industry list (press summaries; wording not retrieved). */
export const ND235_INDUSTRIES = c({ instrument: 'ND-235-2025', confidence: 'secondary', sources: ['S11', 'S12'] });
/** NĐ 235/2025's priority for women-owned and ethnic-minority-owned establishments (press summaries). */
export const ND235_PRIORITY = c({ instrument: 'ND-235-2025', confidence: 'secondary', sources: ['S11', 'S12', 'S13'] });
/** TT 26/2014/TT-BCT Art. 1: selection is for the establishments of Art. 1(2)(a) of NĐ 45/2012. */
export const TT26_SCOPE = c({ instrument: 'TT-26-2014-BCT', article: 1, confidence: 'verified-from-text', sources: ['S42'] });
/** TT 36/2013/TT-BCT Art. 8: đề án are appraised by a council (grassroots, then ministry level). */
export const TT36_APPRAISAL = c({ instrument: 'TT-36-2013-BCT', article: 8, confidence: 'secondary', sources: ['S31'] });
/**
 * TT 26/2014/TT-BCT Art. 12(2)(d), original wording (S59): "Trong trường hợp không tổ chức bình chọn cấp
 * huyện" the establishment files its entry for the provincial round through the district People's Committee.
 */
export const TT26_NO_DISTRICT_ROUND = c({ instrument: 'TT-26-2014-BCT', article: 12, clause: 2, point: 'd', confidence: 'verified-from-text', sources: ['S59'] });
/** TT 26/2014/TT-BCT Art. 12(2)(b): a provincial entry carries a valid district certificate (S59). */
export const TT26_DISTRICT_CERTIFICATE = c({ instrument: 'TT-26-2014-BCT', article: 12, clause: 2, point: 'b', confidence: 'verified-from-text', sources: ['S59'] });
/** NĐ 45/2012 Art. 6(1): the priority areas (S59). */
export const ND45_PRIORITY_AREAS = c({ instrument: 'ND-45-2012', article: 6, clause: 1, confidence: 'verified-from-text', sources: ['S59'] });
/** NĐ 45/2012 Art. 6(2)(a): priority industries, including agro-forestry-fishery processing (S59). */
export const ND45_PRIORITY_INDUSTRIES_A = c({ instrument: 'ND-45-2012', article: 6, clause: 2, point: 'a', confidence: 'verified-from-text', sources: ['S59'] });
/** TT 46/2012/TT-BCT Art. 6, clause and point: the definitions of the 2012 priorities (S59). */
export const tt46Priority = (clause: number, point: string) =>
  c({ instrument: 'TT-46-2012-BCT', article: 6, clause, point, confidence: 'verified-from-text', sources: ['S59'] });
/** TT 46/2012/TT-BCT Art. 5(1): no support for fired-clay brick kilns of the improved manual or ring kind (S59). */
export const TT46_CLAY_BRICK = c({ instrument: 'TT-46-2012-BCT', article: 5, clause: 1, confidence: 'verified-from-text', sources: ['S59'] });
