import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllIncidents } from '@/lib/content/load';
import { csvField, followUpsCsv, toCsv } from '@/lib/follow-ups/csv';
import { isOverdue } from '@/lib/follow-ups/open';
import { followUpRows } from '@/lib/follow-ups/rows';
import { applyFollowUpView, parseFollowUpView, serializeFollowUpView, type FollowUpKeys } from '@/lib/follow-ups/view';
import { localDate, utcDate } from '@/lib/time/calendar-date';

const TODAY = '2025-02-01';

describe('overdue', () => {
  it('is an open follow-up due before today', () => {
    expect(isOverdue({ status: 'planned', due: '2025-01-31' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'in-progress', due: '2024-12-01' }, TODAY)).toBe(true);
  });

  it('is not a follow-up due today or later', () => {
    expect(isOverdue({ status: 'planned', due: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'planned', due: '2025-02-02' }, TODAY)).toBe(false);
  });

  it('is not a follow-up that is done, dropped, or has no due date', () => {
    expect(isOverdue({ status: 'done', due: '2025-01-01' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'wont-do', due: '2025-01-01' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'planned' }, TODAY)).toBe(false);
  });

  it('counts days on the clock it is given, whatever the machine zone', () => {
    const lateEveningInTokyoIsMorningUtc = new Date('2025-01-31T23:30:00Z');
    expect(utcDate(lateEveningInTokyoIsMorningUtc)).toBe('2025-01-31');
    expect(localDate(new Date(2025, 0, 31, 23, 30))).toBe('2025-01-31');
  });
});

const row = (fields: Partial<FollowUpKeys> & { name: string }): FollowUpKeys & { name: string } => ({
  timing: 'after',
  status: 'planned',
  category: 'prevent',
  services: [{ slug: 'api' }],
  ...fields,
});

const ROWS = [
  row({ name: 'a', due: '2025-03-01', priority: 'p2', owner: 'Platform' }),
  row({ name: 'b', due: '2025-01-10', status: 'done', category: 'detect' }),
  row({ name: 'c', priority: 'p1', services: [{ slug: 'billing' }] }),
  row({ name: 'd', due: '2025-01-20', priority: 'p3', owner: 'Platform' }),
  row({ name: 'e', due: '2025-01-20', status: 'wont-do' }),
  row({ name: 'f', status: 'done', timing: 'during' }),
];
const names = (rows: { name: string }[]) => rows.map((candidate) => candidate.name);

describe('the backlog view', () => {
  it('keeps the given order and every row by default', () => {
    expect(names(applyFollowUpView(ROWS, parseFollowUpView(''), TODAY))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('sorts by due date, soonest first, rows without one last, ties by priority', () => {
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?sort=due'), TODAY))).toEqual(['b', 'd', 'e', 'a', 'c', 'f']);
  });

  it('sorts by priority, p1 first, rows without one last, ties by due date', () => {
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?sort=priority'), TODAY))).toEqual(['c', 'a', 'd', 'b', 'e', 'f']);
  });

  it('filters by every field at once', () => {
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?owner=Platform&status=planned'), TODAY))).toEqual(['a', 'd']);
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?category=detect'), TODAY))).toEqual(['b']);
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?service=billing'), TODAY))).toEqual(['c']);
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?priority=p3'), TODAY))).toEqual(['d']);
  });

  it('tells follow-ups from what was done during the incident, and open ones from the rest', () => {
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?timing=during'), TODAY))).toEqual(['f']);
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?timing=after'), TODAY))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?status=open'), TODAY))).toEqual(['a', 'c', 'd']);
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?timing=after&status=open&sort=due'), TODAY))).toEqual(['d', 'a', 'c']);
  });

  it('shows only the rows that name no owner, with the other filters', () => {
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?unowned=1'), TODAY))).toEqual(['b', 'c', 'e', 'f']);
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?unowned=1&timing=during'), TODAY))).toEqual(['f']);
  });

  it('shows only the overdue ones against the day given', () => {
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?overdue=1'), TODAY))).toEqual(['d']);
    expect(names(applyFollowUpView(ROWS, parseFollowUpView('?overdue=1'), '2025-03-02'))).toEqual(['a', 'd']);
  });

  it('reads back what it writes, and drops values it does not know', () => {
    const view = parseFollowUpView('?timing=after&status=in-progress&owner=A%20%26%20B&overdue=1&sort=priority');
    expect(parseFollowUpView(serializeFollowUpView(view))).toEqual(view);
    const unowned = parseFollowUpView('?unowned=1&sort=due');
    expect(unowned.unowned).toBe(true);
    expect(parseFollowUpView(serializeFollowUpView(unowned))).toEqual(unowned);
    expect(parseFollowUpView('?status=finished&sort=owner&priority=p9&timing=before')).toEqual(parseFollowUpView(''));
    expect(serializeFollowUpView(parseFollowUpView(''))).toBe('');
  });
});

describe('CSV', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField('')).toBe('');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c,d', 'é']])).toBe('a,b\r\n"c,d",é\r\n');
  });

  it('has a header and one record per remediation of the library, linking to the remediation', async () => {
    const { incidents } = await loadAllIncidents(path.resolve('tests/fixtures/warnings'));
    const rows = followUpRows(incidents);
    expect(rows.map((candidate) => candidate.href)).toEqual([
      '/incidents/follow-up-due#validate-config',
      '/incidents/follow-up-due#config-linter',
      '/incidents/follow-ups-without-owner-or-due#validate-config',
      '/incidents/follow-ups-without-owner-or-due#config-canary',
      '/incidents/follow-ups-without-owner-or-due#config-linter',
      '/incidents/follow-ups-without-owner-or-due#config-rewrite',
      '/incidents/follow-ups-without-owner-or-due#config-rolled-back',
    ]);
    const records = followUpsCsv(rows).split('\r\n');
    expect(records.at(-1)).toBe('');
    expect(records[0]).toBe('incident,incident_title,severity,services,id,title,category,status,timing,owner,priority,due,tracker,completed,url');
    expect(records).toHaveLength(rows.length + 2);
    expect(records).toContain(
      'follow-up-due,Minimal incident,sev3,API; Dashboard,validate-config,Validate configs before deploying,prevent,planned,after,Platform team,p1,2025-01-31,https://tracker.example.com/PLAT-101,,http://localhost:3000/incidents/follow-up-due#validate-config',
    );
  });
});
