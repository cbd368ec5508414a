import { describe, expect, it } from 'vitest';
import { splitSource } from '@/lib/content/frontmatter';
import { formatDiagnostic } from '@/lib/content/diagnostic';
import { offsetAdvice, offsetSlip } from '@/lib/content/offset-slip';
import { validateFrontmatter } from '@/lib/content/validate';
import { readFile } from 'node:fs/promises';
import { readmeBlocks } from '../readme-blocks';

describe('an offset the incident zone does not have at that time', () => {
  it('is found in a Los Angeles December written with summer time, with the time it reads as and the text meant', () => {
    expect(offsetSlip('2024-12-11T15:16:00-07:00', 'America/Los_Angeles')).toEqual({
      written: '-07:00',
      expected: '-08:00',
      reads: 'Dec 11, 14:16 PST',
      advice: 'for 15:16 in America/Los_Angeles, write "2024-12-11T15:16:00-08:00"',
    });
    expect(offsetSlip('2024-04-01T15:12:00-08:00', 'America/Los_Angeles')).toMatchObject({
      expected: '-07:00',
      reads: 'Apr 1, 16:12 PDT',
      advice: 'for 15:12 in America/Los_Angeles, write "2024-04-01T15:12:00-07:00"',
    });
  });

  it('keeps seconds and fractions of the clock time in the text meant', () => {
    expect(offsetSlip('2024-12-11T15:16:42.5-07:00', 'America/Los_Angeles')?.advice).toContain('write "2024-12-11T15:16:42.5-08:00"');
  });

  it('takes the offset in force on either side of a change of clocks', () => {
    // Los Angeles went from -08:00 to -07:00 at 02:00 on 10 March 2024.
    expect(offsetSlip('2024-03-10T01:30:00-08:00', 'America/Los_Angeles')).toBeUndefined();
    expect(offsetSlip('2024-03-10T03:30:00-07:00', 'America/Los_Angeles')).toBeUndefined();
    expect(offsetSlip('2024-03-10T03:30:00-08:00', 'America/Los_Angeles')).toMatchObject({
      expected: '-07:00',
      advice: 'for 03:30 in America/Los_Angeles, write "2024-03-10T03:30:00-07:00"',
    });
  });

  it('offers no offset for a clock time the clocks went forward over, and both for one they went back over', () => {
    // Berlin went from +01:00 to +02:00 at 02:00 on 30 March 2025, and back at 03:00 on 26 October 2025.
    expect(offsetSlip('2025-03-30T02:30:00+02:00', 'Europe/Berlin')).toMatchObject({
      expected: '+01:00',
      advice: '02:30 did not happen on 2025-03-30 in Europe/Berlin, as the clocks went forward over it: check the time and its zone',
    });
    expect(offsetAdvice('2025-10-26T02:30:00', 'Europe/Berlin')).toBe(
      '02:30 happened twice on 2025-10-26 in Europe/Berlin, as the clocks went back: write "2025-10-26T02:30:00+02:00" for the first, "2025-10-26T02:30:00+01:00" for the second',
    );
  });

  it('is not found in UTC, in the zone offset of the day, or in a zone of half hours', () => {
    expect(offsetSlip('2024-12-11T23:16:00Z', 'America/Los_Angeles')).toBeUndefined();
    expect(offsetSlip('2024-12-11T23:16:00+00:00', 'America/Los_Angeles')).toBeUndefined();
    expect(offsetSlip('2024-08-16T11:38:00-07:00', 'America/Los_Angeles')).toBeUndefined();
    expect(offsetSlip('2024-12-12T04:46:00+05:30', 'Asia/Kolkata')).toBeUndefined();
    expect(offsetSlip('2024-12-12T04:46:00+05:00', 'Asia/Kolkata')).toMatchObject({ expected: '+05:30' });
  });

  it('is a warning at the field, in a file that is otherwise right, as the content guide shows it', async () => {
    const file = 'content/incidents/x.mdx';
    const raw = (await readFile('tests/fixtures/valid/minimal.mdx', 'utf8')).replace(
      'at: "2024-12-11T16:00:00-08:00"',
      'at: "2024-12-11T17:00:00-07:00"',
    );
    const result = validateFrontmatter(file, splitSource(file, raw));
    if (!result.frontmatter) throw new Error(`expected the file to validate, got ${result.errors.map(formatDiagnostic).join('\n')}`);
    const printed = result.warnings.map(formatDiagnostic);
    expect(printed).toEqual([
      'content/incidents/x.mdx:25:9  warning[offset-not-in-zone]  timeline[2].at  expected the offset America/Los_Angeles has at that time (-08:00) or UTC, got -07:00: as written it is Dec 11, 16:00 PST; for 17:00 in America/Los_Angeles, write "2024-12-11T17:00:00-08:00"',
    ]);
    const guideExample = readmeBlocks('text', 'content/README.md').find((block) => block.includes('warning[offset-not-in-zone]'));
    expect(guideExample?.trimEnd()).toBe(printed[0]);
  });
});
