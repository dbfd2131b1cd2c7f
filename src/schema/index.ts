/**
 * Boundary schemas: the zod-issue converter, shared primitives and the JSON Schema export.
 * @packageDocumentation
 */
export { issuesFromZod, type IssuesFromZodOptions } from './zodIssues.js';
export { parseWith, safeParseWith } from './parseWith.js';
export { IdSchema, IsoDateSchema, LocalizedTextSchema, MoneySchema, NameSchema, RatioSchema, YearSchema } from './primitives.js';
export { JSON_SCHEMA_BASE_ID, JSON_SCHEMA_FILES, JSON_SCHEMAS, type JsonSchema, type JsonSchemaName } from './jsonSchemas.js';
