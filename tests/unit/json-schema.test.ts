import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, incidentJsonSchema, incidentJsonSchemaText } from '@/lib/content/json-schema';

describe('the JSON Schema for editors', () => {
  it('is checked in as generated from the zod schema (run npm run generate-schema after changing it)', async () => {
    expect(await readFile(JSON_SCHEMA_PATH, 'utf8')).toBe(incidentJsonSchemaText());
  });

  it('describes every top-level field and rejects unknown ones', () => {
    const schema = incidentJsonSchema() as { properties: Record<string, unknown>; additionalProperties: unknown; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'timeline', 'causes', 'remediations', 'timeZone']));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'timeline']));
  });

  it('carries the time pattern, so editors flag a time without offset', () => {
    const text = incidentJsonSchemaText();
    const pattern = new RegExp((JSON.parse(text) as { properties: { publishedAt: { pattern: string } } }).properties.publishedAt.pattern);
    expect(pattern.test('2024-12-11T15:16:00-08:00')).toBe(true);
    expect(pattern.test('2024-12-11T15:16:00')).toBe(false);
  });
});
