import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { loadAllIncidents, loadIncidentFile } from '@/lib/content/load';

const WARNINGS = path.resolve('tests/fixtures/warnings');
const UNASSIGNED = 'tests/fixtures/warnings/follow-ups-without-owner-or-due.mdx';
const DUE = 'tests/fixtures/warnings/follow-up-due.mdx';
const WITH_ERRORS = 'tests/fixtures/invalid/schema-errors-beside-placeholders-and-warnings.mdx';

const where = (diagnostics: { file: string; line: number; path: string; level: string; code: string }[]) =>
  diagnostics.map(({ file, line, path: field, level, code }) => `${file}:${line} ${field} ${level}[${code}]`);

describe('warnings of one file', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'postmortem-warnings-'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  /** Loads `text` as a file of its own, `name`, in a folder removed after these tests. */
  async function loadText(name: string, text: string) {
    const file = path.join(scratch, name);
    await writeFile(file, text);
    return loadIncidentFile(file);
  }

  it('flag each open follow-up (not an action taken during the incident) of a published sev1 incident without an owner or a due date, beside the loaded incident', async () => {
    const result = await loadIncidentFile(path.resolve(UNASSIGNED));
    if (!result.ok) throw new Error('expected the file to load');
    expect(result.incident.remediations).toHaveLength(5);
    expect(where(result.warnings)).toEqual([
      `${UNASSIGNED}:33 remediations[0] warning[follow-up-without-owner]`,
      `${UNASSIGNED}:33 remediations[0] warning[follow-up-without-due]`,
      `${UNASSIGNED}:39 remediations[1] warning[follow-up-without-due]`,
    ]);
  });

  it('are reported beside the errors of a file that does not load, each on a field the schema accepts', async () => {
    const result = await loadIncidentFile(path.resolve(WITH_ERRORS));
    if (result.ok) throw new Error('expected the file not to load');
    expect(where(result.errors)).toEqual([
      `${WITH_ERRORS}:3 summary error[placeholder-text]`,
      `${WITH_ERRORS}:6 status error[invalid-choice]`,
      `${WITH_ERRORS}:39 remediations[1].owner error[invalid-type]`,
    ]);
    // An owner that is not text is the schema's to report, not a follow-up without an owner.
    expect(where(result.warnings)).toEqual([
      `${WITH_ERRORS}:11 impactWindows[0].start warning[offset-not-in-zone]`,
      `${WITH_ERRORS}:28 remediations[0] warning[follow-up-without-owner]`,
      `${WITH_ERRORS}:28 remediations[0] warning[follow-up-without-due]`,
      `${WITH_ERRORS}:34 remediations[1] warning[follow-up-without-due]`,
    ]);
  });

  it('are not the echo of a misspelt field: "dueDate" is an unknown field (did you mean "due"?), not also a follow-up without a due date', async () => {
    const text = await readFile(path.resolve(UNASSIGNED), 'utf8');
    const result = await loadText('misspelt-due.mdx', text.replace('    status: planned\n    addresses: [bad-config]', '    status: planned\n    owner: Platform team\n    dueDate: "2025-01-31"\n    addresses: [bad-config]'));
    if (result.ok) throw new Error('expected the file not to load');
    expect(result.errors.map(({ path: field, code, message }) => `${field} ${code} ${message}`)).toEqual([
      'remediations[0].dueDate unknown-field unknown field "dueDate" (did you mean "due"?); expected one of id, title, description, category, status, timing, owner, due, priority, tracker, completed, addresses',
    ]);
    expect(result.warnings.map(({ path: field, code }) => `${field} ${code}`)).toEqual(['remediations[1] follow-up-without-due']);
  });

  it('that depend on whether a file is published wait for a draft field that is true or false', async () => {
    const result = await loadText('unclear-draft.mdx', (await readFile(path.resolve(WITH_ERRORS), 'utf8')).replace('status: resolvd\n', 'status: resolved\ndraft: "no"\n'));
    if (result.ok) throw new Error('expected the file not to load');
    expect(result.errors.map(({ path: field, code }) => `${field} ${code}`)).toEqual(['draft invalid-type', 'remediations[1].owner invalid-type']);
    expect(result.warnings.map(({ path: field, code }) => `${field} ${code}`)).toEqual(['impactWindows[0].start offset-not-in-zone']);
  });

  it('flag a clock time written in text without its zone, at the field, and not one whose range or text names it', async () => {
    const text = (await readFile(path.resolve(DUE), 'utf8'))
      .replace('    label: API unavailable\n', '    label: API unavailable until 16:00\n')
      .replace('    title: Config deployed\n', '    title: Config deployed\n    detail: The rollout ran from 14:51 to 15:20 PST, then paused at 15:25.\n')
      .replace('    title: Error-rate alert fires\n', '    title: Error-rate alert fires\n    detail: "Paged at 3:13 PM PT; the runbook was opened at 23:14 UTC."\n');
    const result = await loadText('clock-times.mdx', text);
    if (!result.ok) throw new Error('expected the file to load');
    expect(result.warnings.map(({ line, path: field, code, message }) => `${line} ${field} ${code} ${message}`)).toEqual([
      '13 impactWindows[0].label time-without-zone expected a zone beside "16:00", e.g. "16:00 PST": every time field follows the zone a reader picks, but text is shown as written',
      '20 timeline[0].detail time-without-zone expected a zone beside "15:25", e.g. "15:25 PST": every time field follows the zone a reader picks, but text is shown as written',
    ]);
  });

  it('flag a clock time in the body\'s prose without its zone, at its line and column, and not one in code, beside a zone or given by <EventRef>', async () => {
    const body = [
      '',
      '## What happened at 15:12',
      '',
      'The rollout ran from 14:51 to 15:20 PST and paused',
      'at 15:25; <EventRef id="config-deployed" /> said so at 23:14 <abbr title="Coordinated Universal Time">UTC</abbr>; `cron 0 12:00` stayed as written.',
      '',
      '<Callout title="Paging">',
      '',
      'The pager went off **at 15:13** and again *at 3:20 PM* Pacific.',
      '',
      '</Callout>',
      '',
      '| When | What |',
      '| --- | --- |',
      '| 16:00 | recovered |',
      '',
    ].join('\n');
    const result = await loadText('body-clock-times.mdx', `${await readFile(path.resolve(DUE), 'utf8')}${body}`);
    if (!result.ok) throw new Error(`expected the file to load: ${JSON.stringify(result.errors)}`);
    expect(result.warnings.map(({ line, column, path: field, code, message }) => `${line}:${column} ${field} ${code} ${message}`)).toEqual([
      '55:21 body time-without-zone expected a zone beside "15:12", e.g. "15:12 PST": every time field follows the zone a reader picks, but text is shown as written',
      '58:4 body time-without-zone expected a zone beside "15:25", e.g. "15:25 PST": every time field follows the zone a reader picks, but text is shown as written',
      '62:25 body time-without-zone expected a zone beside "15:13", e.g. "15:13 PST": every time field follows the zone a reader picks, but text is shown as written',
      '68:3 body time-without-zone expected a zone beside "16:00", e.g. "16:00 PST": every time field follows the zone a reader picks, but text is shown as written',
    ]);
  });

  it('leave a sev3 incident alone', async () => {
    const result = await loadIncidentFile(path.resolve(DUE));
    if (!result.ok) throw new Error('expected the file to load');
    expect(result.warnings).toEqual([]);
  });
});

describe('a follow-up past its due date', () => {
  it('is a warning from the day after the due date, while it is open', async () => {
    const onTheDay = await loadAllIncidents(WARNINGS, { today: '2025-01-31' });
    expect(onTheDay.warnings.filter((warning) => warning.code === 'follow-up-overdue')).toEqual([]);

    const dayAfter = await loadAllIncidents(WARNINGS, { today: '2025-02-01' });
    expect(where(dayAfter.warnings.filter((warning) => warning.code === 'follow-up-overdue'))).toEqual([
      `${DUE}:39 remediations[0].due warning[follow-up-overdue]`,
    ]);
  });

  it('never stops the incident from loading', async () => {
    const { incidents, errors } = await loadAllIncidents(WARNINGS, { today: '2030-01-01' });
    expect(errors).toEqual([]);
    expect(incidents.map((incident) => incident.file).sort()).toEqual([DUE, UNASSIGNED]);
  });
});

describe('npm run check', () => {
  let clean: string;
  beforeAll(async () => {
    clean = await mkdtemp(path.join(os.tmpdir(), 'postmortem-check-'));
    await cp(path.resolve('tests/fixtures/valid/minimal.mdx'), path.join(clean, 'minimal.mdx'));
  });
  afterAll(() => rm(clean, { recursive: true, force: true }));

  it('passes with warnings, printing each as warning[code] and counting them', async () => {
    const report = await checkContent({ directory: WARNINGS, today: '2025-02-01' });
    expect(report.ok).toBe(true);
    expect(report.warnings.map((warning) => warning.code)).toEqual([
      'follow-up-overdue',
      'follow-up-without-owner',
      'follow-up-without-due',
      'follow-up-without-due',
    ]);
    expect(report.text.split('\n').at(-1)).toBe('4 warnings in 2 files');
    expect(report.text).toContain(`${DUE}:39:10  warning[follow-up-overdue]  remediations[0].due  `);
  });

  it('fails on warnings with --strict', async () => {
    const report = await checkContent({ directory: WARNINGS, today: '2025-02-01', strict: true });
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([]);
  });

  it('passes with --strict when there is nothing to warn about', async () => {
    const report = await checkContent({ directory: clean, today: '2025-02-01', strict: true });
    expect(report).toMatchObject({ ok: true, count: 1, errors: [], warnings: [] });
  });
});
