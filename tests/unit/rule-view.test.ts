import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSource } from '@/lib/content/frontmatter';
import { readRuleView } from '@/lib/content/frontmatter-rules';
import { IncidentFrontmatterSchema } from '@/lib/content/schema';

/** Every file that passes the schema: the library's own and the tests'. */
const VALID_FILES = ['content/incidents', 'tests/fixtures/valid', 'tests/fixtures/warnings', 'tests/fixtures/related', 'tests/fixtures/site', 'tests/fixtures/feed'].flatMap(
  (folder) => readdirSync(folder).filter((name) => name.endsWith('.mdx')).map((name) => path.join(folder, name)),
);

/**
 * The rules and warnings of a file that fails the schema read its fields as
 * written (readRuleView). On a file that passes, that reading must be what the
 * schema makes of it, its defaults included, or one run would judge the same
 * field two ways.
 */
describe('the lenient reading of a valid file', () => {
  it.each(VALID_FILES)('%s: reads what the schema validates', (file) => {
    const source = splitSource(file, readFileSync(file, 'utf8'));
    const view = readRuleView(source.data);
    expect(view).toEqual(sameFieldsOf(IncidentFrontmatterSchema.parse(source.data), view));
  });

  it('covers files with the defaults left out and given', () => {
    const views = VALID_FILES.map((file) => splitSource(file, readFileSync(file, 'utf8')).data as Record<string, unknown>);
    expect(views.some((data) => data.draft === undefined)).toBe(true);
    expect(views.some((data) => data.draft !== undefined)).toBe(true);
    const timings = views.flatMap((data) => ((data.remediations ?? []) as Record<string, unknown>[]).map((remediation) => remediation.timing));
    expect(timings).toContain(undefined);
    expect(timings).toContain('during');
  });
});

/** The fields of `value` that `shape` has, at every depth: a validated incident as the rules would read it. */
function sameFieldsOf(value: unknown, shape: unknown): unknown {
  if (Array.isArray(shape)) return Array.isArray(value) ? value.map((item, i) => sameFieldsOf(item, shape[i])) : value;
  if (typeof shape === 'object' && shape !== null && typeof value === 'object' && value !== null) {
    const fields = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(shape).map(([key, inner]) => [key, sameFieldsOf(fields[key], inner)]));
  }
  return value;
}
