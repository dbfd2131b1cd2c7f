import * as z from 'zod';
import { deepFreeze } from '../internal/deepFreeze.js';
import { DeAnSchema } from './DeAn.js';
import { DeAnEventSchema } from './DeAnEvent.js';
import { EstablishmentSchema } from './Establishment.js';
import { PlanSchema } from './Plan.js';
import { ProgrammeTargetsSchema } from './ProgrammeTargets.js';
import { PolicyPackSchema } from '../policy/packs/PolicyPack.js';
import { IsoDateSchema } from '../schema/index.js';

/** A JSON Schema document (draft 2020-12) as a plain frozen object. @category Projects */
export type JsonSchema = { readonly [key: string]: unknown };

/** The base of the schemas' `$id`s. @category Projects */
export const JSON_SCHEMA_BASE_ID = 'https://khuyen-cong.invalid/schemas/';

function toJson(schema: z.ZodType, name: string, title: string, description: string): JsonSchema {
  const doc = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    // `.readonly()` makes zod emit `readOnly: true`, which in JSON Schema means "server-managed": drop it.
    override: (ctx) => {
      delete (ctx.jsonSchema as { readOnly?: unknown }).readOnly;
      // The date's year-range pattern makes zod drop `format: "date"`; keep it for form generators and ajv-formats.
      if (ctx.zodSchema === IsoDateSchema) (ctx.jsonSchema as { format?: string }).format = 'date';
    },
  });
  return deepFreeze({ ...doc, $id: `${JSON_SCHEMA_BASE_ID}${name}.json`, title, description });
}

/**
 * A frozen record whose values are made on first read and then kept: generating a JSON Schema walks the whole
 * zod schema, which at import would cost every user of the project area, most of whom never read one
 * (docs/performance.md, "Cold start"). Each property is an enumerable getter, so `Object.keys`,
 * `JSON.stringify` and reading `JSON_SCHEMAS.deAn` behave as with plain values.
 */
function lazyRecord<T extends Record<string, () => JsonSchema>>(makers: T): { readonly [K in keyof T]: JsonSchema } {
  const out: Record<string, JsonSchema> = {};
  for (const [name, make] of Object.entries(makers)) {
    let made: JsonSchema | undefined;
    Object.defineProperty(out, name, { enumerable: true, get: () => (made ??= make()) });
  }
  return Object.freeze(out) as { readonly [K in keyof T]: JsonSchema };
}

/**
 * JSON Schemas (draft 2020-12) of every boundary value, generated from the zod schemas' serialised (input)
 * side, so that portals in any language validate the same shapes: money as whole-đồng integers, dates as
 * `YYYY-MM-DD`, ratios as decimal or fraction strings, no unknown keys. Cross-field rules (tax-code check
 * digit, history order and path, budget invariants, plan consistency) are not expressible in JSON Schema:
 * `parseX` checks them. The same documents are checked in under docs/schemas/. Deeply frozen.
 * @category Projects
 * @example
 * JSON_SCHEMAS.deAn.additionalProperties; // false
 */
export const JSON_SCHEMAS = lazyRecord({
  establishment: () => toJson(EstablishmentSchema, 'establishment', 'Establishment', 'A beneficiary of a khuyến công đề án (cơ sở CNNT or other).'),
  deAn: () => toJson(DeAnSchema, 'de-an', 'DeAn', 'A khuyến công đề án with its funding and dated lifecycle history.'),
  deAnEvent: () => toJson(DeAnEventSchema, 'de-an-event', 'DeAnEvent', 'A lifecycle event (command) for a đề án.'),
  plan: () => toJson(PlanSchema, 'plan', 'Plan', 'A national or provincial khuyến công plan for a year.'),
  programmeTargets: () => toJson(ProgrammeTargetsSchema, 'programme-targets', 'ProgrammeTargets', 'Targets of a khuyến công programme for a period.'),
  policyPack: () => toJson(PolicyPackSchema, 'policy-pack', 'PolicyPack', "A provincial instrument's levels of local khuyến công funds (a policy pack)."),
});

/** The names of the JSON Schemas, as in {@link JSON_SCHEMAS}. @category Projects */
export type JsonSchemaName = keyof typeof JSON_SCHEMAS;

/** The file name of each schema under docs/schemas/. @category Projects */
export const JSON_SCHEMA_FILES: { readonly [K in JsonSchemaName]: string } = Object.freeze({
  establishment: 'establishment.json',
  deAn: 'de-an.json',
  deAnEvent: 'de-an-event.json',
  plan: 'plan.json',
  programmeTargets: 'programme-targets.json',
  policyPack: 'policy-pack.json',
});
