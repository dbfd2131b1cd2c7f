/**
 * The JSON Schemas the command prints (`schema NAME`), the parsers it validates with (`validate NAME FILE`),
 * and the OpenAPI 3.1 document of `serve`, all generated from the library's own schemas.
 */
import * as z from 'zod';
import {
  ApplicantSchema,
  JSON_SCHEMAS,
  parseApplicant,
  parseDeAn,
  parseDeAnEvent,
  parseEstablishment,
  parsePlan,
  parseProgrammeReport,
  parseProgrammeTargets,
  parseTrace,
  PROGRAMME_REPORT_JSON_SCHEMA,
  traceJsonSchema,
} from '../index.js';

type Schema = { readonly [key: string]: unknown };

const applicantSchema = (): Schema => ({
  ...z.toJSONSchema(ApplicantSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
  $id: 'https://khuyen-cong.invalid/schemas/applicant.json',
  title: 'Applicant',
});

/** Every schema by its command-line name, with the parser that checks a value against it. */
export const SCHEMAS: Readonly<Record<string, { readonly schema: () => Schema; readonly parse: (v: unknown) => unknown }>> = {
  applicant: { schema: applicantSchema, parse: parseApplicant },
  'de-an': { schema: () => JSON_SCHEMAS.deAn, parse: parseDeAn },
  'de-an-event': { schema: () => JSON_SCHEMAS.deAnEvent, parse: parseDeAnEvent },
  'eligibility-trace': { schema: () => traceJsonSchema(), parse: parseTrace },
  establishment: { schema: () => JSON_SCHEMAS.establishment, parse: parseEstablishment },
  plan: { schema: () => JSON_SCHEMAS.plan, parse: parsePlan },
  'programme-report': { schema: () => PROGRAMME_REPORT_JSON_SCHEMA, parse: parseProgrammeReport },
  'programme-targets': { schema: () => JSON_SCHEMAS.programmeTargets, parse: parseProgrammeTargets },
};

/** The schema names, sorted. */
export const SCHEMA_NAMES: readonly string[] = Object.keys(SCHEMAS).sort();

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const;
const ERROR = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'issues'],
      properties: {
        code: { type: 'string' },
        message: { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } } },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            properties: { code: { type: 'string' }, path: { type: 'array', items: { type: ['string', 'integer'] } }, message: { type: 'object' } },
          },
        },
      },
    },
  },
} as const;

/** The request bodies of `serve`, as JSON Schemas (the applicant's generated from the library's zod schema). */
export function requestSchemas(): Readonly<Record<string, Schema>> {
  return {
    eligibility: { type: 'object', required: ['applicant', 'at'], properties: { applicant: applicantSchema(), at: DATE } },
    support: {
      type: 'object',
      required: ['item', 'cost', 'at'],
      properties: {
        item: { type: 'string', description: 'A support item id (SUPPORT_ITEMS).' },
        cost: { type: ['integer', 'string'], description: 'Eligible cost: whole đồng, or Vietnamese text ("1,5 tỷ").' },
        at: DATE,
      },
    },
    'claims/check': { description: 'One claim (the parseClaim JSON) or an array of claims.', oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' }, maxItems: 10000 }] },
    parse: { type: 'object', required: ['texts'], properties: { texts: { type: 'array', items: { type: 'string', maxLength: 1000 }, maxItems: 10000 } } },
    province: { type: 'object', required: ['names'], properties: { names: { type: 'array', items: { type: 'string' }, maxItems: 1000 }, at: DATE } },
    restate: {
      type: 'object',
      required: ['rows'],
      properties: {
        to: { enum: ['current', 'legacy'] },
        rows: {
          type: 'array',
          maxItems: 10000,
          items: {
            type: 'object',
            required: ['province', 'period', 'amount'],
            properties: { province: { type: 'string' }, period: { type: 'string' }, amount: { type: ['integer', 'string'] } },
          },
        },
      },
    },
  };
}

/** The OpenAPI 3.1 document of `serve`. */
export function openApiDocument(version: string): Schema {
  const bodies = requestSchemas();
  const post = (name: string, summary: string, ok: string) => ({
    post: {
      summary,
      operationId: name.replace('/', '-'),
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name.replace('/', '-')}-request` } } } },
      responses: {
        '200': { description: ok, content: { 'application/json': { schema: { type: 'object' } } } },
        '400': { description: 'Invalid input: the library\'s error codes, with paths and messages in Vietnamese and English.', content: { 'application/json': { schema: { $ref: '#/components/schemas/error' } } } },
        '413': { description: 'Body over the cap.', content: { 'application/json': { schema: { $ref: '#/components/schemas/error' } } } },
      },
    },
  });
  const schemas: Record<string, unknown> = { error: ERROR };
  for (const [name, schema] of Object.entries(bodies)) schemas[`${name.replace('/', '-')}-request`] = schema;
  for (const name of SCHEMA_NAMES) schemas[name] = (SCHEMAS[name] as { schema: () => Schema }).schema();
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: { title: 'khuyen-cong', version, description: 'Vietnam\'s industrial-promotion policy (khuyến công) as a stateless JSON API.' },
    servers: [{ url: 'http://127.0.0.1:8080' }],
    paths: {
      '/eligibility': post('eligibility', 'Eligibility of an applicant on a date, with the cited explanation.', 'The decision: outcome, trace and explanation.'),
      '/support': post('support', 'The support for an item and an eligible cost on a date, with the bound that applied.', 'The computation, a Result: { ok: true, value: { support, binding, level, citation, explanation, warnings, … } } or, when the level is not modelled, { ok: false, reason: { code, message: { vi, en } }, item, at }.'),
      '/claims/check': post('claims/check', 'Check one published claim or an array.', 'The result of each claim.'),
      '/parse': post('parse', 'Read Vietnamese figures: value, unit, qualifier, interval.', 'Each quantity.'),
      '/province': post('province', 'Find provinces by name or code as of a date, with their successor today.', 'Each unit.'),
      '/restate': post('restate', 'Rows of province × period × amount onto the other map.', 'Each row with the new code and name.'),
      '/schemas/{name}': {
        get: {
          summary: 'A JSON Schema of the library.',
          parameters: [{ name: 'name', in: 'path', required: true, schema: { enum: [...SCHEMA_NAMES] } }],
          responses: { '200': { description: 'The JSON Schema.' }, '404': { description: 'No such schema.', content: { 'application/json': { schema: { $ref: '#/components/schemas/error' } } } } },
        },
      },
      '/openapi.json': { get: { summary: 'This document.', responses: { '200': { description: 'OpenAPI 3.1.' } } } },
    },
    components: { schemas },
  };
}
