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

  it('are made on first read, once: the same deeply frozen document on every read, and the record is frozen', () => {
    // JSON_SCHEMAS' values are getters (generated lazily, for a cheaper import): the frozen-registry walk in
    // test/reliability does not invoke getters, so every document is walked here.
    expect(Object.isFrozen(JSON_SCHEMAS)).toBe(true);
    expect(Object.keys(JSON_SCHEMAS).sort()).toEqual([...names].sort());
    for (const name of names) {
      expect(JSON_SCHEMAS[name], name).toBe(JSON_SCHEMAS[name]);
      const stack: unknown[] = [JSON_SCHEMAS[name]];
      while (stack.length > 0) {
        const v = stack.pop();
        if (typeof v !== 'object' || v === null) continue;
        expect(Object.isFrozen(v), name).toBe(true);
        stack.push(...Object.values(v));
      }
    }
    expect(() => {
      (JSON_SCHEMAS as Record<string, unknown>)['deAn'] = {};
    }).toThrow(TypeError);
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
