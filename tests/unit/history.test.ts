import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileHistories, parseGitLog } from '../../lib/history/git-log';
import { describeHistories, historyOf, itemLastChanged, lastChanged, readLibraryHistory, uncommittedPaths } from '../../lib/history/read';

const HASH_A = 'a'.repeat(40);
const HASH_B = 'b'.repeat(40);
const HASH_C = 'c'.repeat(40);
const header = (hash: string, date: string, author: string, subject: string) => `\x1e${hash}\x1f${date}\x1f${author}\x1f${subject}\0\n`;
const NO_BLOB = '0'.repeat(40);
const blob = (n: number) => String(n).padStart(40, 'f');
/** One file's line of `--raw -z` output: modes, blobs before and after, status (and score), then the path(s). */
const raw = (before: string, after: string, status: string, ...paths: string[]) =>
  `:100644 100644 ${before} ${after} ${status}\0${paths.join('\0')}\0`;

/** `git log -z --format=… --raw --no-abbrev -M` output, newest first, as git prints it. */
const LOG =
  header(HASH_C, '2025-03-03T10:00:00+01:00', 'Ana Lima', 'Rename the outage; fix a typo') +
  raw(blob(2), blob(3), 'R093', 'content/old-name.mdx', 'content/new-name.mdx') +
  raw(blob(10), blob(11), 'M', 'content/other.mdx') +
  header(HASH_B, '2025-03-02T10:00:00+00:00', 'Bo', 'Edit: a subject with \x1f and: colons') +
  raw(blob(1), blob(2), 'M', 'content/old-name.mdx') +
  header(HASH_A, '2025-03-01T10:00:00-08:00', 'Cy', 'Add two incidents') +
  raw(NO_BLOB, blob(1), 'A', 'content/old-name.mdx') +
  raw(NO_BLOB, blob(10), 'A', 'content/other.mdx');

describe('parsing git log output', () => {
  it('reads each commit with its date, author, subject and files', () => {
    const commits = parseGitLog(LOG);
    expect(commits.map((commit) => commit.hash)).toEqual([HASH_C, HASH_B, HASH_A]);
    expect(commits[0]).toMatchObject({ date: '2025-03-03T10:00:00+01:00', author: 'Ana Lima', subject: 'Rename the outage; fix a typo' });
    expect(commits[0]!.files).toEqual([
      { status: 'R', from: 'content/old-name.mdx', path: 'content/new-name.mdx', before: blob(2), after: blob(3) },
      { status: 'M', path: 'content/other.mdx', before: blob(10), after: blob(11) },
    ]);
    expect(commits[2]!.files[0]).toEqual({ status: 'A', path: 'content/old-name.mdx', after: blob(1) });
    expect(commits[1]!.subject).toBe('Edit: a subject with \x1f and: colons');
  });

  it('follows a rename: the new name carries the changes made under the old one', () => {
    const histories = fileHistories(parseGitLog(LOG));
    expect(histories.get('content/new-name.mdx')?.map((change) => change.hash)).toEqual([HASH_C, HASH_B, HASH_A]);
    // Each change names the file's own blobs, whatever the file was called then.
    expect(histories.get('content/new-name.mdx')?.map(({ before, after }) => [before, after])).toEqual([
      [blob(2), blob(3)],
      [blob(1), blob(2)],
      [undefined, blob(1)],
    ]);
    expect(histories.get('content/other.mdx')?.map((change) => change.hash)).toEqual([HASH_C, HASH_A]);
    expect(histories.has('content/old-name.mdx')).toBe(false);
  });

  it('does not give a new file the history of an older file that had its name', () => {
    const log =
      header(HASH_C, '2025-03-03T00:00:00Z', 'A', 'New file under the old name') +
      raw(NO_BLOB, blob(3), 'A', 'content/x.mdx') +
      header(HASH_B, '2025-03-02T00:00:00Z', 'A', 'Rename x to y') +
      raw(blob(1), blob(2), 'R097', 'content/x.mdx', 'content/y.mdx') +
      header(HASH_A, '2025-03-01T00:00:00Z', 'A', 'Add x') +
      raw(NO_BLOB, blob(1), 'A', 'content/x.mdx');
    const histories = fileHistories(parseGitLog(log));
    expect(histories.get('content/x.mdx')?.map((change) => change.hash)).toEqual([HASH_C]);
    expect(histories.get('content/y.mdx')?.map((change) => change.hash)).toEqual([HASH_B, HASH_A]);
  });

  it('reads nothing from empty output', () => {
    expect(parseGitLog('')).toEqual([]);
    expect(fileHistories([]).size).toBe(0);
  });

  it('reads changed, untracked and renamed paths from git status', () => {
    expect([...uncommittedPaths(' M content/a.mdx\0?? content/b.mdx\0R  content/c.mdx\0content/old-c.mdx\0')]).toEqual([
      'content/a.mdx',
      'content/b.mdx',
      'content/c.mdx',
    ]);
  });
});

describe('reading the history of a real repository', () => {
  let base: string;
  let repo: string;
  const run = (cwd: string, args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Ana Lima',
        GIT_AUTHOR_EMAIL: 'ana@example.com',
        GIT_COMMITTER_NAME: 'Ana Lima',
        GIT_COMMITTER_EMAIL: 'ana@example.com',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
    });
  const commit = (message: string, date: string) => {
    run(repo, ['add', '-A']);
    run(repo, ['commit', '-q', '-m', message], date);
  };

  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'history-'));
    // Keep git from finding a repository above the temporary folder.
    process.env.GIT_CEILING_DIRECTORIES = base;
    repo = path.join(base, 'repo');
    const content = path.join(repo, 'content', 'incidents');
    mkdirSync(content, { recursive: true });
    run(repo, ['init', '-q', '-b', 'main']);
    writeFileSync(path.join(content, 'first.mdx'), 'first\n'.repeat(20));
    writeFileSync(path.join(content, 'second.mdx'), 'second\n'.repeat(20));
    writeFileSync(path.join(repo, 'README.md'), 'outside the content folder\n');
    commit('Add two incidents', '2025-01-02T10:00:00+00:00');
    writeFileSync(path.join(content, 'second.mdx'), `${'second\n'.repeat(20)}more\n`);
    commit('Edit the second', '2025-01-05T12:30:00+01:00');
    renameSync(path.join(content, 'first.mdx'), path.join(content, 'first-renamed.mdx'));
    commit('Rename the first', '2025-02-01T08:00:00-05:00');
    writeFileSync(path.join(repo, 'README.md'), 'changed\n');
    commit('Only the README', '2025-03-01T00:00:00+00:00');
  });

  afterAll(() => {
    delete process.env.GIT_CEILING_DIRECTORIES;
    rmSync(base, { recursive: true, force: true });
  });

  const contentOf = (root: string) => path.join(root, 'content', 'incidents');

  it('lists each file’s commits, newest first, following the rename', async () => {
    const library = await readLibraryHistory(contentOf(repo));
    const renamed = historyOf(library, path.join(contentOf(repo), 'first-renamed.mdx'));
    expect(renamed.available && renamed.changes.map((change) => [change.date, change.author, change.subject])).toEqual([
      ['2025-02-01T08:00:00-05:00', 'Ana Lima', 'Rename the first'],
      ['2025-01-02T10:00:00+00:00', 'Ana Lima', 'Add two incidents'],
    ]);
    const second = historyOf(library, path.join(contentOf(repo), 'second.mdx'));
    expect(lastChanged(second)).toBe('2025-01-05T12:30:00+01:00');
  });

  it('gives no date to a file changed since its last commit', async () => {
    const file = path.join(contentOf(repo), 'second.mdx');
    writeFileSync(file, 'edited, not committed\n');
    try {
      const history = historyOf(await readLibraryHistory(contentOf(repo)), file);
      expect(history.available && history.uncommitted).toBe(true);
      expect(lastChanged(history)).toBeUndefined();
    } finally {
      run(repo, ['checkout', '--', file]);
    }
  });

  it('tells what each commit changed in a writeup, reading both versions from git', async () => {
    const file = path.join(contentOf(repo), 'described.mdx');
    writeFileSync(file, '---\ntitle: First\nstatus: investigating\n---\n\nBody.\n');
    commit('Add a writeup', '2025-04-01T00:00:00+00:00');
    writeFileSync(file, '---\ntitle: First\nstatus: resolved\n---\n\nBody, longer.\n');
    commit('Resolve it', '2025-04-02T00:00:00+00:00');
    const library = await readLibraryHistory(contentOf(repo));
    const history = historyOf(library, file);
    if (!history.available) throw new Error('expected a history');
    const [described] = await describeHistories(library, [history]);
    if (!described?.available) throw new Error('expected a described history');
    expect(described.changes.map(({ subject, diff }) => [subject, diff])).toEqual([
      ['Resolve it', { kind: 'changed', fields: [{ field: 'status', change: 'value', from: 'investigating', to: 'resolved' }], narrative: true }],
      ['Add a writeup', { kind: 'added' }],
    ]);
  });

  it('dates each remediation by the last commit that added or edited it, not by edits to the rest of the writeup', async () => {
    const file = path.join(contentOf(repo), 'remediated.mdx');
    const writeup = (title: string, bStatus: string) =>
      `---\ntitle: ${title}\nremediations:\n  - id: a\n    title: Alert on it\n  - id: b\n    title: Fix it\n    status: ${bStatus}\n---\n\nBody.\n`;
    writeFileSync(file, writeup('First', 'planned'));
    commit('Add a writeup with two follow-ups', '2025-05-01T00:00:00+00:00');
    writeFileSync(file, writeup('First', 'done'));
    commit('Fix it: done', '2025-05-02T00:00:00+00:00');
    writeFileSync(file, writeup('Retitled', 'done'));
    commit('Retitle', '2025-05-03T00:00:00+00:00');
    const library = await readLibraryHistory(contentOf(repo));
    const history = historyOf(library, file);
    if (!history.available) throw new Error('expected a history');
    const [described] = await describeHistories(library, [history]);
    if (!described?.available) throw new Error('expected a described history');
    expect(itemLastChanged(described, 'remediations', 'a')).toBe('2025-05-01T00:00:00+00:00');
    expect(itemLastChanged(described, 'remediations', 'b')).toBe('2025-05-02T00:00:00+00:00');
    // A version git cannot read may have changed anything.
    expect(itemLastChanged({ ...described, changes: history.changes }, 'remediations', 'a')).toBe('2025-05-03T00:00:00+00:00');
    expect(itemLastChanged({ ...described, uncommitted: true }, 'remediations', 'a')).toBeUndefined();
    expect(itemLastChanged({ available: false, reason: 'shallow-clone' }, 'remediations', 'a')).toBeUndefined();
  });

  it('says a shallow clone has no history', async () => {
    const clone = path.join(base, 'shallow');
    run(base, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const library = await readLibraryHistory(contentOf(clone));
    expect(library).toEqual({ available: false, reason: 'shallow-clone' });
    expect(lastChanged(historyOf(library, path.join(contentOf(clone), 'second.mdx')))).toBeUndefined();
  });

  it('says a folder outside any repository has no history', async () => {
    const loose = path.join(base, 'loose');
    mkdirSync(loose);
    expect(await readLibraryHistory(loose)).toEqual({ available: false, reason: 'not-a-repository' });
  });

  it('says there is no history when git is not installed', async () => {
    const path_ = process.env.PATH;
    process.env.PATH = path.join(base, 'no-programs-here');
    try {
      expect(await readLibraryHistory(contentOf(repo))).toEqual({ available: false, reason: 'no-git' });
    } finally {
      process.env.PATH = path_;
    }
  });
});
