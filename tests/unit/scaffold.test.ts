import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScaffoldOptions, MAX_SLUG_LENGTH, scaffoldIncident } from '@/lib/content/scaffold';
import { ContributingFactorSchema, ImpactWindowSchema, IncidentFrontmatterSchema, RemediationSchema, TimelineEventSchema } from '@/lib/content/schema';
import { asKebabCase, slugify } from '@/lib/slug';
import { loadIncidentFile } from '@/lib/content/load';
import { formatDiagnostic } from '@/lib/content/diagnostic';

describe('the incident scaffold', () => {
  it('writes a file named after the date and the title', () => {
    const { fileName } = scaffoldIncident({ title: 'Payments API outage!', date: '2025-03-04', timeZone: 'Europe/Berlin' });
    expect(fileName).toBe('2025-03-04-payments-api-outage.mdx');
  });

  it('produces a draft that loads with no problems, in the zone asked for', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'scaffold-'));
    const { fileName, text } = scaffoldIncident({ title: 'Payments API outage', date: '2025-03-04', timeZone: 'Europe/Berlin' });
    await writeFile(path.join(dir, fileName), text);
    const result = await loadIncidentFile(path.join(dir, fileName));
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([]);
    if (!result.ok) return;
    expect(result.incident.draft).toBe(true);
    expect(result.incident.timeZone).toBe('Europe/Berlin');
    expect(result.incident.timeline[0]!.at).toBe('2025-03-04T09:00:00+01:00');
  });

  it('shows every field of the file, of an event, of a window, of a factor and of a remediation, set or in a comment', () => {
    const { text } = scaffoldIncident({ title: 'x', date: '2025-03-04', timeZone: 'Europe/Berlin' });
    const shown = (key: string, indent: string) => new RegExp(`^${indent}(?:- )?(?:# )?${key}:`, 'm').test(text);
    const missing = [
      ...Object.keys(IncidentFrontmatterSchema.shape).filter((key) => !shown(key, '')),
      ...Object.keys(ImpactWindowSchema.shape).filter((key) => !shown(key, ' {2,4}')),
      ...Object.keys(ContributingFactorSchema.shape).filter((key) => !['detail', 'tags'].includes(key) && !shown(key, ' {2,4}')),
      ...Object.keys(TimelineEventSchema.shape).filter((key) => !shown(key, ' {2,4}')),
      ...Object.keys(RemediationSchema.shape).filter((key) => key !== 'completed' && !shown(key, ' {2,4}')),
    ];
    expect(missing).toEqual([]);
  });

  it('uses the summer offset on a summer date', () => {
    const { text } = scaffoldIncident({ title: 'x', date: '2025-07-01', timeZone: 'Europe/Berlin' });
    expect(text).toContain('"2025-07-01T09:00:00+02:00"');
  });

  it('points editors at the JSON Schema', () => {
    const { text } = scaffoldIncident({ title: 'x', date: '2025-07-01', timeZone: 'UTC' });
    expect(text.split('\n')[1]).toBe('# yaml-language-server: $schema=../../public/schema/incident.schema.json');
  });

  it('rejects bad arguments with one message per problem', () => {
    expect(checkScaffoldOptions({ title: ' ', date: '2025-02-30', timeZone: 'PST', slug: 'Not Kebab' })).toEqual([
      '--title: expected the incident title, e.g. --title "Payments API outage"',
      '--date: expected a real date as YYYY-MM-DD, got "2025-02-30"',
      '--tz: expected an IANA time zone such as "Europe/Berlin", got "PST"',
      '--slug: expected kebab-case such as "payments-api-outage", got "Not Kebab"',
    ]);
    expect(checkScaffoldOptions({ title: 'Fine', date: '2025-02-28', timeZone: 'Asia/Kolkata' })).toEqual([]);
  });

  it('cuts a long title at a word boundary for the file name, and says so', () => {
    const title = 'Database failover left the payments API pointing at a read-only replica for an hour and then';
    const { fileName, shortened } = scaffoldIncident({ title, date: '2025-03-04', timeZone: 'UTC' });
    expect(fileName).toBe('2025-03-04-database-failover-left-the-payments-api-pointing.mdx');
    expect(fileName.length - '2025-03-04-'.length - '.mdx'.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(shortened).toBe(true);
    expect(scaffoldIncident({ title: 'Payments API outage', date: '2025-03-04', timeZone: 'UTC' }).shortened).toBe(false);
  });

  it('cuts between the words of the text, never inside one, and not after a word that leaves the phrase dangling', () => {
    expect(slugify('Switch to read-only mode', 18)).toBe('switch');
    expect(slugify('Switch to read-only mode', 19)).toBe('switch-to-read-only');
    expect(slugify('Change starts rolling out to all nodes', 36)).toBe('change-starts-rolling-out');
    expect(slugify('Rollback of the change', 15)).toBe('rollback');
    expect(slugify('The of to', 7)).toBe('the');
  });

  it('cuts one word longer than the limit at the limit', () => {
    expect(slugify('x'.repeat(70), 60)).toBe('x'.repeat(60));
    expect(slugify('abc defgh', 7)).toBe('abc');
    expect(slugify('abc def ghi', 7)).toBe('abc-def');
  });

  it('puts the date before the slug, and refuses a slug that repeats the date', () => {
    expect(scaffoldIncident({ title: 'Anything', date: '2025-03-04', timeZone: 'UTC', slug: 'payments-outage' }).fileName).toBe('2025-03-04-payments-outage.mdx');
    expect(checkScaffoldOptions({ title: 'x', date: '2025-03-04', timeZone: 'UTC', slug: '2025-03-04-payments-outage' })).toEqual([
      '--slug: expected the part of the file name after the date (the date comes from --date), got "2025-03-04-payments-outage"',
    ]);
  });

  it('cannot be published untouched: with draft: false every placeholder line is an error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'scaffold-'));
    const { fileName, text } = scaffoldIncident({ title: 'Payments API outage', date: '2025-03-04', timeZone: 'Europe/Berlin' });
    const published = text.replace(/^draft: true.*$/m, 'draft: false');
    await writeFile(path.join(dir, fileName), published);
    const result = await loadIncidentFile(path.join(dir, fileName));
    if (result.ok) throw new Error('expected the untouched scaffold to be refused');
    const lines = published.split('\n');
    // A folded block (`summary: >-`) is reported at its field's line.
    const placeholderLines = lines.flatMap((line, i) =>
      /Replace|Example service|Tell the story|Callouts hold|What will be done/.test(line) && !line.trimStart().startsWith('#')
        ? [lines[i - 1]!.endsWith('>-') ? i : i + 1]
        : [],
    );
    const exampleEventLines = lines.flatMap((line, i) => (/^ {2}- id: (change-deployed|first-alert|service-recovered)$/.test(line) ? [i + 1] : []));
    expect(result.errors.filter((error) => error.code === 'placeholder-text').map((error) => error.line)).toEqual(placeholderLines);
    expect(result.errors.filter((error) => error.code === 'scaffold-example-event').map((error) => error.line)).toEqual(exampleEventLines);
    const exampleIdLines = lines.flatMap((line, i) => (/^ +- id: example-/.test(line) ? [i + 1] : []));
    expect(exampleIdLines).toHaveLength(5);
    expect(result.errors.filter((error) => error.code === 'placeholder-id').map((error) => error.line)).toEqual(exampleIdLines);
    expect(result.errors).toHaveLength(placeholderLines.length + exampleEventLines.length + exampleIdLines.length);
  });

  it('gives examples in its comments that are right: each optional field, uncommented, still loads', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'scaffold-'));
    const { fileName, text } = scaffoldIncident({ title: 'Payments API outage', date: '2025-03-04', timeZone: 'Europe/Berlin' });
    // `# key: value # what it is for`, indented as the fields around it.
    const examples = [...text.matchAll(/^( *)# ([a-zA-Z]+: [^#\n]*?)(?: #.*)?$/gm)];
    expect(examples.length).toBeGreaterThan(5);
    for (const [line, indent, field] of examples) {
      // A list of choices, or a form to fill in, is not an example value; a day-only event needs its time at midnight.
      if (/[|…]|YYYY/.test(field!) || field!.startsWith('precision:')) continue;
      await writeFile(path.join(dir, fileName), text.replace(line, `${indent}${field}`));
      const result = await loadIncidentFile(path.join(dir, fileName));
      expect(result.ok ? [] : result.errors.map(formatDiagnostic), field).toEqual([]);
    }
  });

  it('makes file names from titles with accents and punctuation', () => {
    expect(slugify('Café DNS — ÉCHEC total')).toBe('cafe-dns-echec-total');
    expect(slugify('!!!')).toBe('');
  });

  it('makes a kebab-case id of an id written otherwise, camel case included', () => {
    expect(['First_Alert', 'firstAlert', 'API Gateway 2', 'Café-Down'].map(asKebabCase)).toEqual(['first-alert', 'first-alert', 'api-gateway-2', 'cafe-down']);
    expect(asKebabCase('___')).toBe('');
  });
});
