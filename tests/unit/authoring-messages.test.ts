import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '@/lib/content/diagnostic';
import { loadAllIncidents, loadIncidentFile } from '@/lib/content/load';

/** The slips an author makes most, each in a copy of the minimal fixture, and what the checker says. */
let dir: string;
let minimal: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'authoring-messages-'));
  minimal = await readFile(path.resolve('tests/fixtures/valid/minimal.mdx'), 'utf8');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Loads the minimal fixture with one edit, saved under `name`; returns every problem as printed, with the file's name alone. */
async function problemsOf(edit: (text: string) => string, name = '2024-12-11-slip.mdx'): Promise<string[]> {
  const file = path.join(dir, name);
  const text = edit(minimal);
  await writeFile(file, text);
  const result = await loadIncidentFile(file);
  return [...(result.ok ? [] : result.errors), ...result.warnings].map((problem) => formatDiagnostic({ ...problem, file: path.basename(problem.file) }));
}

describe('what the checker says about common slips', () => {
  it('a # in unquoted text: the text YAML kept, and to quote it', async () => {
    expect(await problemsOf((text) => text.replace('    title: Error-rate alert fires\n', '    title: Error-rate alert fires in #payments-oncall\n'))).toEqual([
      '2024-12-11-slip.mdx:23:12  warning[text-cut-by-comment]  timeline[1].title  expected the whole text, got "Error-rate alert fires in": YAML reads " #payments-oncall" after it as a comment; if that is part of the text, put the whole text in quotes',
    ]);
    // A comment after a choice is the scaffold's way of listing the others: not a slip.
    expect(await problemsOf((text) => text.replace('severity: sev2\n', 'severity: sev2 # sev1 … sev4\n'))).toEqual([]);
  });

  it('a file name whose date is not the day impact began, in the incident zone', async () => {
    expect(await problemsOf((text) => text, '2024-12-12-slip.mdx')).toEqual([
      "2024-12-12-slip.mdx:11:12  warning[file-date-not-impact-start]  impactWindows[0].start  expected customer impact to begin on 2024-12-12, the date the file name gives, got 2024-12-11 in America/Los_Angeles: the name is the page's URL, so rename the file before it is published (or correct this time)",
    ]);
    // 23:50 in Los Angeles is the next day in UTC: the incident's zone decides.
    const lateEvening = (text: string) =>
      text.replace('"2024-12-11T15:12:00-08:00"', '"2024-12-11T23:40:00-08:00"').replace('"2024-12-11T15:13:00-08:00"', '"2024-12-11T23:45:00-08:00"').replace('start: "2024-12-11T15:16:00-08:00"', 'start: "2024-12-11T23:50:00-08:00"').replaceAll('"2024-12-11T16:00:00-08:00"', '"2024-12-12T00:30:00-08:00"');
    expect(await problemsOf(lateEvening)).toEqual([]);
  });

  it('an event a year after customer impact: the year to check', async () => {
    expect(await problemsOf((text) => text.replace('    at: "2024-12-11T16:00:00-08:00"\n    kind: recovery', '    at: "2025-12-11T16:00:00-08:00"\n    kind: recovery'))).toEqual([
      '2024-12-11-slip.mdx:25:9  warning[event-far-from-impact]  timeline[2].at  expected an event within 30 days of customer impact, got one 365 days after it ended; check the year and the month',
    ]);
  });

  it('an event known only to the day, at a time of day: the midnight to write', async () => {
    expect(await problemsOf((text) => text.replace('    kind: alert\n', '    kind: alert\n    precision: day\n'))).toEqual([
      '2024-12-11-slip.mdx:21:9  warning[day-only-not-midnight]  timeline[1].at  expected midnight in America/Los_Angeles for an event known only to the day (precision: day), got 15:13 on 2024-12-11; for 00:00 in America/Los_Angeles, write "2024-12-11T00:00:00-08:00"',
    ]);
  });

  it('an event known only to the day, at midnight with the summer offset in winter: one fix, keeping its day', async () => {
    const problems = await problemsOf((text) =>
      text.replace('timeline:\n', 'timeline:\n  - id: config-reviewed\n    at: "2024-12-11T00:00:00-07:00"\n    precision: day\n    kind: change\n    title: Config reviewed\n'),
    );
    expect(problems).toEqual([
      '2024-12-11-slip.mdx:16:9  warning[offset-not-in-zone]  timeline[0].at  expected the offset America/Los_Angeles has at that time (-08:00) or UTC, got -07:00: as written it is Dec 10, 23:00 PST; for 00:00 in America/Los_Angeles, write "2024-12-11T00:00:00-08:00"',
    ]);
  });

  it('a component closed under another case: the closing tag to write, not how to escape "<"', async () => {
    const [problem] = await problemsOf((text) => `${text}\n<Callout>\n\nA note.\n\n</callout>\n`);
    expect(problem).toMatch(/error\[invalid-mdx\]  body  invalid MDX: Unexpected closing tag `<\/callout>`, expected corresponding closing tag for `<Callout>` \(\d+:1-\d+:10\); close <Callout> with <\/Callout> \(names are case-sensitive\)$/);
  });

  it('a timeline not yet written: its own error, and no error for each event the body refers to', async () => {
    const problems = await problemsOf((text) => text.replace(/\ntimeline:\n[\s\S]*?\ncauses:/, '\ntimeline: TODO\ncauses:'));
    expect(problems.some((problem) => problem.includes('error[invalid-type]  timeline  '))).toBe(true);
    expect(problems.filter((problem) => /unknown-event-ref|unknown-anchor/.test(problem))).toEqual([]);
  });

  it('an event whose "- " is missing: once, with the dash to write, not once for each of its fields', async () => {
    expect(await problemsOf((text) => text.replace('  - id: error-alert\n', '    id: error-alert\n'))).toEqual([
      '2024-12-11-slip.mdx:20:5  error[duplicate-field]  timeline[0].id  expected each field once, got "id" again (first at line 15); if a new item starts here, begin its line with "- " ("- id: …")',
    ]);
  });

  it('a time with its offset but a space for the T: the same time with the T', async () => {
    expect(await problemsOf((text) => text.replace('at: "2024-12-11T15:13:00-08:00"', 'at: "2024-12-11 15:13:00-08:00"'))).toEqual([
      '2024-12-11-slip.mdx:21:9  error[invalid-format]  timeline[1].at  expected a T between date and time, got "2024-12-11 15:13:00-08:00": write "2024-12-11T15:13:00-08:00"',
    ]);
  });

  it('a field indented with a tab: the tab, and not also the field as given twice', async () => {
    expect(await problemsOf((text) => text.replace('    title: Error-rate alert fires\n', '\ttitle: Error-rate alert fires\n'))).toEqual([
      '2024-12-11-slip.mdx:23:1  error[invalid-yaml]  frontmatter  invalid YAML: expected spaces before the text, got a tab: YAML indents with spaces only',
    ]);
  });

  it('a misspelt required field: unknown, with its right name, and not also missing', async () => {
    expect(await problemsOf((text) => text.replace('timeZone: America/Los_Angeles', 'timezone: America/Los_Angeles'))).toEqual([
      '2024-12-11-slip.mdx:7:1  error[unknown-field]  timezone  unknown field "timezone" (did you mean "timeZone"?); expected one of title, summary, organization, severity, status, timeZone, publishedAt, draft, services, tags, related, impactWindows, timeline, causes, contributingFactors, remediations, lessons, sources',
    ]);
  });

  it('a zone abbreviation: a place to write instead', async () => {
    const [problem] = await problemsOf((text) => text.replace('timeZone: America/Los_Angeles', 'timeZone: CET'));
    expect(problem).toContain('error[unknown-time-zone]  timeZone  expected an IANA time zone such as "America/Los_Angeles", got "CET"; "CET" is an abbreviation');
    expect(problem).toContain('for CET write e.g. "Europe/Berlin"');
  });

  it('an ill-formed id: the id it is meant to be, and references to that id are not reported with it', async () => {
    expect(
      await problemsOf((text) =>
        text.replace('  - id: bad-config\n', '  - id: Bad_Config\n').replace('    label: API unavailable\n', '    label: API unavailable\n    causedBy: [bad-config]\n'),
      ),
    ).toEqual(['2024-12-11-slip.mdx:31:9  error[invalid-format]  causes[0].id  expected a kebab-case id such as "bad-config", got "Bad_Config"']);
  });

  it('a brace or a less-than sign in prose: how to write it as text, at its column', async () => {
    const [brace] = await problemsOf((text) => `${text}\nThe config had {"endpoint": "old"} in it.\n`);
    expect(brace).toMatch(/^2024-12-11-slip\.mdx:36:16 {2}error\[invalid-mdx\] {2}body {2}invalid MDX: .*; a "\{" in text opens an expression: to write a brace as text, write \\\{ \(or put it in `code`\)$/);
    const [less] = await problemsOf((text) => `${text}\nLatency stayed <200ms for most users.\n`);
    expect(less).toMatch(/^2024-12-11-slip\.mdx:36:16 {2}error\[invalid-mdx\] {2}body {2}invalid MDX: .*; a "<" in text opens a tag: to write it as text, write \\< or &lt; \(or put it in `code`\)$/);
  });
});

describe('what the checker says about a library', () => {
  it('a follow-up completed on a day still to come: most often the year', async () => {
    const library = await mkdtemp(path.join(tmpdir(), 'authoring-library-'));
    try {
      const remediation = ['remediations:', '  - id: guard-configs', '    title: Guard configs', '    description: Check configs before they ship.', '    category: prevent', '    status: done', '    completed: 2035-03-10', '    addresses: [bad-config]', ''].join('\n');
      await writeFile(path.join(library, '2024-12-11-done.mdx'), minimal.replace('---\n\n', `${remediation}---\n\n`));
      const { errors, warnings } = await loadAllIncidents(library, { today: '2025-03-12' });
      expect(errors).toEqual([]);
      expect(warnings.map((warning) => `${warning.line} ${warning.path} ${warning.code} ${warning.message}`)).toEqual([
        '38 remediations[0].completed completed-in-future expected a day that has come (today is 2025-03-12), got 2035-03-10; write the day it was done',
      ]);
    } finally {
      await rm(library, { recursive: true, force: true });
    }
  });

  it('a related incident misspelt: the file it most likely means', async () => {
    const library = await mkdtemp(path.join(tmpdir(), 'authoring-library-'));
    try {
      await writeFile(path.join(library, '2024-12-11-first-outage.mdx'), minimal);
      await writeFile(path.join(library, '2024-12-11-second-outage.mdx'), minimal.replace('services: [API, Dashboard]\n', 'services: [API, Dashboard]\nrelated: [2024-12-11-first-outag]\n'));
      const { errors } = await loadAllIncidents(library);
      expect(errors.map((error) => error.message)).toEqual(['expected the file name (without .mdx) of an incident in the library, got "2024-12-11-first-outag" (did you mean "2024-12-11-first-outage"?)']);
    } finally {
      await rm(library, { recursive: true, force: true });
    }
  });
});
