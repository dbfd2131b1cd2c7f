/**
 * Boundary schemas: the zod-issue converter and the shared primitives. A leaf under the domain areas: the
 * JSON Schema registry of the project documents lives in src/project/jsonSchemas.ts.
 * @packageDocumentation
 */
export { issuesFromZod, type IssuesFromZodOptions } from './zodIssues.js';
export { encodeWith, parseWith, safeParseOwn, safeParseWith } from './parseWith.js';
export { IdSchema, IsoDateSchema, LocalizedTextSchema, MoneySchema, NameSchema, RatioSchema, YearSchema } from './primitives.js';
