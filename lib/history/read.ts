import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { readBlobs } from './blobs';
import { fileHistories, LOG_FORMAT, parseGitLog, type FileVersionChange } from './git-log';
import { diffWriteups, type WriteupDiff } from './writeup-diff';

/** Why a history cannot be told. The page says so instead of showing a date that may be wrong. */
export type HistoryUnavailable = 'no-git' | 'not-a-repository' | 'shallow-clone' | 'git-failed';

export type LibraryHistory =
  | { available: true; root: string; files: Map<string, FileVersionChange[]>; uncommitted: Set<string> }
  | { available: false; reason: HistoryUnavailable };

export type FileHistory<C extends FileVersionChange = FileVersionChange> =
  | {
      available: true;
      /** Newest first; empty for a file never committed. */
      changes: C[];
      /** The file differs from its last commit (or was never committed), so no commit date is its last change. */
      uncommitted: boolean;
    }
  | { available: false; reason: HistoryUnavailable };

const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'log.showSignature=false', '-c', 'core.quotePath=false', ...args],
      { cwd, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

const toPosix = (relative: string) => relative.split(path.sep).join('/');

/**
 * The history of every file under `directory`, from one `git log` pass (and
 * one `git status` for files changed since their last commit). Unavailable
 * without git, outside a repository and in a shallow clone, whose oldest
 * commit would claim to have added every file.
 */
export async function readLibraryHistory(directory: string): Promise<LibraryHistory> {
  let realDirectory: string;
  try {
    realDirectory = realpathSync(/*turbopackIgnore: true*/ directory);
  } catch {
    return { available: false, reason: 'not-a-repository' };
  }
  let root: string;
  try {
    const [shallow, top] = (await git(realDirectory, ['rev-parse', '--is-shallow-repository', '--show-toplevel'])).split('\n');
    if (shallow === 'true') return { available: false, reason: 'shallow-clone' };
    root = top!;
  } catch (error) {
    return { available: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no-git' : 'not-a-repository' };
  }
  const pathspec = toPosix(path.relative(root, realDirectory)) || '.';
  try {
    const [log, status] = await Promise.all([
      git(root, ['log', '-z', `--format=${LOG_FORMAT}`, '--raw', '--no-abbrev', '-M', '--no-color', '--', pathspec]),
      git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', pathspec]),
    ]);
    return { available: true, root, files: fileHistories(parseGitLog(log)), uncommitted: uncommittedPaths(status) };
  } catch {
    return { available: false, reason: 'git-failed' };
  }
}

/** Paths in `git status --porcelain -z` output: `XY path`, renames followed by their old path. */
export function uncommittedPaths(status: string): Set<string> {
  const paths = new Set<string>();
  const tokens = status.split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.length < 4) continue;
    paths.add(token.slice(3));
    if (token[0] === 'R' || token[0] === 'C') i += 1;
  }
  return paths;
}

/** One file's history out of the library's; `file` is absolute or relative to the working directory. */
export function historyOf(library: LibraryHistory, file: string): FileHistory {
  if (!library.available) return library;
  let real: string;
  try {
    real = realpathSync(/*turbopackIgnore: true*/ path.resolve(file));
  } catch {
    real = path.resolve(file);
  }
  const key = toPosix(path.relative(library.root, real));
  return { available: true, changes: library.files.get(key) ?? [], uncommitted: library.uncommitted.has(key) || !library.files.has(key) };
}

/** The date a file last changed, or undefined when that cannot be told truthfully. */
export function lastChanged(history: FileHistory): string | undefined {
  return history.available && !history.uncommitted ? history.changes[0]?.date : undefined;
}

/** A change with what it did to the writeup, where both versions could be read. */
export type DescribedChange = FileVersionChange & { diff?: WriteupDiff };

/**
 * Each history with what each of its changes did, every version of every file
 * read by one `git cat-file --batch`; in the order given.
 */
export async function describeHistories(library: LibraryHistory, histories: readonly FileHistory[]): Promise<FileHistory<DescribedChange>[]> {
  const changes = histories.flatMap((history) => (history.available ? history.changes : []));
  let blobs = new Map<string, string>();
  try {
    if (library.available) blobs = await readBlobs(library.root, changes.flatMap((change) => [change.before, change.after].filter((id) => id !== undefined)));
  } catch {
    // Unread versions stay undescribed, and so may have changed anything.
  }
  const describe = (change: FileVersionChange): DescribedChange => {
    const after = change.after === undefined ? undefined : blobs.get(change.after);
    const before = change.before === undefined ? undefined : blobs.get(change.before);
    const readable = after !== undefined && (change.before === undefined || before !== undefined);
    return readable ? { ...change, diff: diffWriteups(before, after) } : change;
  };
  return histories.map((history) => (history.available ? { ...history, changes: history.changes.map(describe) } : history));
}

/**
 * When one item of a writeup's list (a remediation, an event) last changed:
 * the newest change that added or edited it, or that could not be read and so
 * may have. Undefined where git cannot tell truthfully, as for `lastChanged`.
 */
export function itemLastChanged(history: FileHistory<DescribedChange>, field: string, id: string): string | undefined {
  if (!history.available || history.uncommitted) return undefined;
  const touches = (diff: WriteupDiff) =>
    diff.kind !== 'changed' ||
    diff.fields.some((change) => change.field === field && (change.change !== 'items' || change.added.includes(id) || change.changed.some((item) => item.id === id)));
  return history.changes.find((change) => change.diff === undefined || touches(change.diff))?.date;
}
