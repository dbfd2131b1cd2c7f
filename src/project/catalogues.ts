/**
 * The ids this area takes from the policy and geo catalogues, as zod enums and predicates. The catalogues
 * themselves live in `src/policy` and `src/geo`; nothing is duplicated here.
 * @internal
 */
import { PROVINCE_COVERAGE_START, CUTOVER_DAY } from '../geo/provinceData.js';
import { isCurrentProvinceCode, listProvinces } from '../geo/registry.js';
import { ACTIVITY_CATEGORIES, type ActivityCategoryId } from '../policy/activityCategories.js';
import { FUND_SOURCES, type FundSourceId } from '../policy/fundSources.js';
import { INDUSTRIES, type IndustryId } from '../policy/industries.js';
import { PROJECT_SCOPES, type ProjectScopeId } from '../policy/projectScopes.js';
import { SUPPORT_ITEMS, type SupportItemId } from '../policy/supportItems.js';

export type { ActivityCategoryId, FundSourceId, IndustryId, ProjectScopeId, SupportItemId };

function ids<Id extends string>(entries: readonly { readonly id: Id }[]): readonly [Id, ...Id[]] {
  return Object.freeze([...new Set(entries.map((e) => e.id))]) as unknown as readonly [Id, ...Id[]];
}

/** Funding-source ids (policy `FUND_SOURCES`). */
export const FUND_SOURCE_IDS = ids(FUND_SOURCES);
/** Đề án scope ids (policy `PROJECT_SCOPES`). */
export const PROJECT_SCOPE_IDS = ids(PROJECT_SCOPES);
/** Activity-category ids (policy `ACTIVITY_CATEGORIES`). */
export const ACTIVITY_CATEGORY_IDS = ids(ACTIVITY_CATEGORIES);
/** Support-item ids (policy `SUPPORT_ITEMS`). */
export const SUPPORT_ITEM_IDS = ids(SUPPORT_ITEMS);
/** Industry ids (policy `INDUSTRIES`). */
export const INDUSTRY_IDS = ids(INDUSTRIES);

/** Whether a two-digit code is a province of the map valid on a day (geo registry). */
export function isProvinceCodeOn(code: string, asOf: string): boolean {
  if (asOf >= CUTOVER_DAY) return isCurrentProvinceCode(code);
  if (asOf < PROVINCE_COVERAGE_START) return false;
  return listProvinces(asOf).some((p) => p.code === code);
}
