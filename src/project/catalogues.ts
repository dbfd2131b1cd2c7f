/**
 * The ids this area takes from the policy and geo catalogues, as zod enums. The catalogues themselves live
 * in `src/policy` and `src/geo`; nothing is duplicated here but the id lists zod needs.
 * @internal
 */
// BRIDGE: replaced by imports from ../policy and ../geo once those branches land.
export const FUND_SOURCE_IDS = ['NATIONAL', 'LOCAL', 'COUNTERPART', 'OTHER_LAWFUL'] as const;
export type FundSourceId = (typeof FUND_SOURCE_IDS)[number];
export const PROJECT_SCOPE_IDS = ['NATIONAL', 'NATIONAL_FLAGSHIP', 'LOCAL'] as const;
export type ProjectScopeId = (typeof PROJECT_SCOPE_IDS)[number];
export const LEGAL_FORM_IDS = ['SME', 'COOPERATIVE_GROUP', 'COOPERATIVE', 'UNION_OF_COOPERATIVES', 'BUSINESS_HOUSEHOLD'] as const;
export type LegalFormId = (typeof LEGAL_FORM_IDS)[number];
export const ACTIVITY_CATEGORY_IDS = [
  'VOCATIONAL_TRAINING',
  'MANAGEMENT_CAPACITY',
  'TECH_DEMO_AND_TRANSFER',
  'CLEANER_PRODUCTION',
  'TYPICAL_PRODUCT_DEVELOPMENT',
  'CONSULTING_AND_INFORMATION',
  'LINKAGE_CLUSTER_RELOCATION',
  'INTERNATIONAL_COOPERATION',
  'PROGRAM_MANAGEMENT_CAPACITY',
  'DIGITAL_TRANSFORMATION',
  'ARTISAN_CRAFT_PRESERVATION',
] as const;
export type ActivityCategoryId = (typeof ACTIVITY_CATEGORY_IDS)[number];
export const SUPPORT_ITEM_IDS = [
  'VOCATIONAL_TRAINING_COURSE',
  'TRAINING_COURSE',
  'CONSULTING',
  'ENTERPRISE_FOUNDING',
  'STUDY_TOUR_ABROAD_AIRFARE',
  'DEMO_MODEL_NEW_TECH',
  'DEMO_MODEL_EFFICIENT_ESTABLISHMENT',
  'MACHINERY_APPLICATION',
  'TECH_LINE_APPLICATION',
  'CLEANER_PRODUCTION_ASSESSMENT',
  'CLEANER_PRODUCTION_PILOT_MODEL',
  'FAIR_DOMESTIC',
  'FAIR_ABROAD',
  'SHOWROOM',
  'BRAND_REGISTRATION',
  'TYPICAL_PRODUCT_SELECTION_DISTRICT',
  'TYPICAL_PRODUCT_SELECTION_COMMUNE',
  'TYPICAL_PRODUCT_SELECTION_PROVINCIAL',
  'TYPICAL_PRODUCT_SELECTION_REGIONAL',
  'TYPICAL_PRODUCT_SELECTION_NATIONAL',
  'COMMUNICATION_AND_INFORMATION',
  'CCN_DETAILED_PLANNING',
  'CCN_INFRASTRUCTURE',
  'CCN_ENVIRONMENT_SYSTEM',
  'POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT',
  'RELOCATION_INTEREST_SUPPORT',
  'DIGITAL_TRANSFORMATION_SUPPORT',
  'ARTISAN_CRAFT_PRESERVATION_SUPPORT',
] as const;
export type SupportItemId = (typeof SUPPORT_ITEM_IDS)[number];

/** The day the 34-unit province map replaced the 63-unit one (geo). */
export const CURRENT_MAP_FROM = '2025-07-01';

/** Whether a code is a province code of the map in force on a day. */
export function isProvinceCodeOn(code: string, _asOf: string): boolean {
  return /^\d{2}$/.test(code);
}

/** Industry ids (NĐ 45/2012 ngành nghề list, S04; 2025 additions secondary, S11/S12). */
export const INDUSTRY_IDS = [
  'AGRO_FOREST_FISHERY_FOOD_PROCESSING',
  'CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS',
  'AGRI_CHEMICALS',
  'BUILDING_MATERIALS',
  'MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY',
  'HANDICRAFT',
  'MINING_IN_DIFFICULT_AREAS',
  'CLEANER_PRODUCTION_AND_POLLUTION_TREATMENT',
  'HIGH_TECH',
  'CLEAN_INDUSTRY',
  'ENERGY_SAVING',
  'ENVIRONMENTAL_INDUSTRY',
  'GREEN_ENERGY',
  'OTHER',
] as const;
export type IndustryId = (typeof INDUSTRY_IDS)[number];
