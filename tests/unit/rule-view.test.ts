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
    const validated = IncidentFrontmatterSchema.parse(source.data);
    expect(readRuleView(source.data)).toEqual(readRuleView(validated));
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
