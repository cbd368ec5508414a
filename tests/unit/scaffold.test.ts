import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScaffoldOptions, scaffoldIncident } from '@/lib/content/scaffold';
import { slugify } from '@/lib/slug';
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

  it('makes file names from titles with accents and punctuation', () => {
    expect(slugify('Café DNS — ÉCHEC total')).toBe('cafe-dns-echec-total');
    expect(slugify('!!!')).toBe('');
  });
});
