import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES, JSON_SCHEMAS, type JsonSchemaName } from '../../src/project/jsonSchemas.js';

const dir = fileURLToPath(new URL('../../docs/schemas/', import.meta.url));
const names = Object.keys(JSON_SCHEMA_FILES) as JsonSchemaName[];

describe('JSON Schemas of the boundary values', () => {
  // Run with UPDATE_SCHEMAS=1 to rewrite docs/schemas/*.json after a deliberate change.
  it.each(names)('docs/schemas holds the generated %s schema', (name) => {
    const file = `${dir}${JSON_SCHEMA_FILES[name]}`;
    const text = `${JSON.stringify(JSON_SCHEMAS[name], null, 2)}\n`;
    if (process.env['UPDATE_SCHEMAS'] === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('are frozen, draft 2020-12, strict and describe money as whole-đồng integers', () => {
    expect(Object.isFrozen(JSON_SCHEMAS.deAn) && Object.isFrozen(JSON_SCHEMAS.deAn['properties'])).toBe(true);
    expect(JSON_SCHEMAS.deAn['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON_SCHEMAS.deAn['additionalProperties']).toBe(false);
    expect(JSON_SCHEMAS.deAn['$id']).toBe('https://khuyen-cong.invalid/schemas/de-an.json');
    const budget = (JSON_SCHEMAS.deAn['properties'] as Record<string, { items: { properties: Record<string, unknown> } }>)['budget'];
    expect(budget?.items.properties['approved']).toEqual({
      type: 'integer',
      minimum: 0,
      maximum: 9007199254740991,
      description: 'Whole đồng (VND), a non-negative safe integer.',
    });
    expect(JSON.stringify(JSON_SCHEMAS)).not.toContain('readOnly');
  });
});
