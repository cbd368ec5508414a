import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSource } from '../../lib/content/frontmatter';
import { validateFrontmatter } from '../../lib/content/validate';
import { impossibleTimePart, isIsoDate, isIsoTimeWithOffset, isKnownTimeZone } from '../../lib/time/iso';

const FILE = 'tests/fixtures/invalid/time-without-offset.mdx';
const read = (relative: string) => readFile(path.resolve(relative), 'utf8');

function timelineAt(data: unknown, index: number): unknown {
  const timeline = (data as { timeline: { at: unknown }[] }).timeline;
  return timeline[index]?.at;
}

describe('frontmatter is read as YAML 1.2', () => {
  it('keeps an unquoted time without offset as the text written, not a Date', async () => {
    const split = splitSource(FILE, await read(FILE));
    expect(split.errors).toEqual([]);
    const at = timelineAt(split.data, 1);
    expect(at).not.toBeInstanceOf(Date);
    expect(at).toBe('2024-12-11T15:13:00');
  });

  it('rejects that time in validation instead of assuming UTC', async () => {
    const { frontmatter, errors } = validateFrontmatter(FILE, splitSource(FILE, await read(FILE)));
    expect(frontmatter).toBeUndefined();
    expect(errors.map((error) => error.path)).toEqual(['timeline[1].at']);
  });

  it('accepts an unquoted time with an offset, still as text', async () => {
    const raw = (await read('tests/fixtures/valid/minimal.mdx')).replace(
      'at: "2024-12-11T15:13:00-08:00"',
      'at: 2024-12-11T15:13:00-08:00',
    );
    const { frontmatter, errors } = validateFrontmatter('x.mdx', splitSource('x.mdx', raw));
    expect(errors).toEqual([]);
    expect(frontmatter?.timeline[1]?.at).toBe('2024-12-11T15:13:00-08:00');
  });

  it('blanks the frontmatter lines of the body so that body lines keep their file line numbers', async () => {
    const raw = await read('tests/fixtures/valid/minimal.mdx');
    const { body } = splitSource('x.mdx', raw);
    expect(body.split('\n').indexOf('The config went out at <EventRef id="config-deployed" />.')).toBe(
      raw.split('\n').indexOf('The config went out at <EventRef id="config-deployed" />.'),
    );
  });
});

describe('a field given twice', () => {
  it('is named by its path, at the second one, with the line of the first, however deep it is', async () => {
    const raw = (await read('tests/fixtures/valid/minimal.mdx')).replace(
      'at: "2024-12-11T15:13:00-08:00"',
      'at: "2024-12-11T15:13:00-08:00"\n    at: "2024-12-11T15:14:00-08:00"',
    );
    const lines = raw.split('\n');
    const first = lines.indexOf('    at: "2024-12-11T15:13:00-08:00"') + 1;
    const { errors } = splitSource('x.mdx', raw);
    expect(errors.map(({ line, path, code, message }) => ({ line, path, code, message }))).toEqual([
      { line: first + 1, path: 'timeline[1].at', code: 'duplicate-field', message: `expected each field once, got "at" again (first at line ${first})` },
    ]);
  });
});

describe('ISO 8601 checks', () => {
  it.each(['2024-12-11T15:16:00-08:00', '2024-12-11T23:16:00Z', '2024-12-11T15:16-08:00', '2024-12-12T04:46:00.250+05:30'])(
    'accepts %s',
    (text) => {
      expect(isIsoTimeWithOffset(text)).toBe(true);
    },
  );

  it.each([
    '2024-12-11T15:16:00',
    '2024-12-11 15:16:00-08:00',
    '2024-02-30T10:00:00Z',
    '2023-02-29T10:00:00Z',
    '2024-12-11T24:00:00Z',
    '2024-12-11T15:60:00Z',
    '2024-12-11T15:16:00+15:00',
    '3pm',
  ])('rejects %s', (text) => {
    expect(isIsoTimeWithOffset(text)).toBe(false);
  });

  it.each([
    ['2024-02-30T10:00:00Z', 'there is no 2024-02-30'],
    ['2024-12-11T24:00:00Z', 'hours run from 00 to 23'],
    ['2024-12-11T15:60:00Z', 'minutes and seconds run from 00 to 59'],
    ['2024-12-11T15:16:00+15:00', 'offsets run from -12:00 to +14:00'],
    ['2024-12-11T15:16:00-08:00', undefined],
  ])('says what makes %s impossible', (text, reason) => {
    expect(impossibleTimePart(text)).toBe(reason);
  });

  it('accepts 29 February only in a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  it('knows IANA zones and rejects made-up ones', () => {
    expect(isKnownTimeZone('America/Los_Angeles')).toBe(true);
    expect(isKnownTimeZone('Asia/Kolkata')).toBe(true);
    expect(isKnownTimeZone('Pacific/Atlantis')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});
