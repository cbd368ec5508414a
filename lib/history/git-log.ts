/**
 * Reading `git log` output into per-file histories. One pass over the whole
 * library: `git log -z --format=<LOG_FORMAT> --raw --no-abbrev -M -- <dir>`.
 * With -z every field is NUL-separated and paths are never quoted; --raw
 * names each file's blob before and after the commit.
 */
export const LOG_FORMAT = '%x1e%H%x1f%aI%x1f%an%x1f%s';

/** One commit that changed a file. */
export type Change = {
  hash: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  author: string;
  subject: string;
};

/** A commit's change to one file, with the file's blobs before and after it (absent when the commit added or deleted it). */
export type FileVersionChange = Change & { before?: string; after?: string };

export type FileChange = { status: string; path: string; from?: string; before?: string; after?: string };
export type LoggedCommit = Change & { files: FileChange[] };

const HEADER = /^\n?\x1e([0-9a-f]{40,64})\x1f([^\x1f]*)\x1f([^\x1f]*)\x1f([\s\S]*)$/;
/** `:<mode> <mode> <blob> <blob> <status><score>`, as --raw prints it before the path(s). */
const RAW = /^:\d+ \d+ ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])\d*$/;
const blob = (id: string) => (/^0+$/.test(id) ? undefined : id);

export function parseGitLog(output: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  const tokens = output.split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const header = HEADER.exec(token);
    if (header) {
      commits.push({ hash: header[1]!, date: header[2]!, author: header[3]!, subject: header[4]!, files: [] });
      continue;
    }
    const raw = RAW.exec(token.replace(/^\n/, ''));
    const commit = commits.at(-1);
    if (!raw || !commit) continue;
    const status = raw[3]!;
    const before = blob(raw[1]!);
    const after = blob(raw[2]!);
    const blobs = { ...(before && { before }), ...(after && { after }) };
    // Renames and copies name two paths, old then new; every other status one.
    if (status === 'R' || status === 'C') {
      commit.files.push({ status, from: tokens[i + 1]!, path: tokens[i + 2]!, ...blobs });
      i += 2;
    } else {
      commit.files.push({ status, path: tokens[i + 1]!, ...blobs });
      i += 1;
    }
  }
  return commits;
}

/**
 * The changes of each file, newest first, keyed by the file's newest name:
 * a rename carries the older history over to the new name, and a name that
 * was added, deleted or renamed away starts afresh further back (an older
 * file of the same name is another file). Commits are given newest first, as
 * `git log` prints them.
 */
export function fileHistories(commits: readonly LoggedCommit[]): Map<string, FileVersionChange[]> {
  const histories = new Map<string, FileVersionChange[]>();
  // A path as it was at this point of the walk → the name it has now.
  const nameNow = new Map<string, string>();
  const retired = new Set<string>();
  let unnamed = 0;
  const keyOf = (path: string) => nameNow.get(path) ?? (retired.has(path) ? `\0retired:${unnamed++}:${path}` : path);

  for (const { files, ...change } of commits) {
    for (const file of files) {
      const key = keyOf(file.path);
      if (!nameNow.has(file.path)) nameNow.set(file.path, key);
      const list = histories.get(key) ?? [];
      if (list.at(-1)?.hash !== change.hash) {
        list.push({ ...change, ...(file.before && { before: file.before }), ...(file.after && { after: file.after }) });
      }
      histories.set(key, list);

      if (file.status === 'A' || file.status === 'R') {
        nameNow.delete(file.path);
        retired.add(file.path);
      }
      if (file.status === 'R' && file.from !== undefined) {
        nameNow.set(file.from, key);
        retired.delete(file.from);
      }
    }
  }
  for (const key of histories.keys()) if (key.startsWith('\0')) histories.delete(key);
  return histories;
}
