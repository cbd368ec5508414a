import { contentDirectory, isWritingMode } from '../content/load';
import { describeChanges, historyOf, itemLastChanged, lastChanged, readLibraryHistory, type DescribedChange, type FileHistory, type LibraryHistory } from './read';

let memo: Promise<LibraryHistory> | undefined;

/**
 * The history of the content folder: read once per production build, and
 * afresh on each request while writing (files are being committed meanwhile).
 */
export function getLibraryHistory(): Promise<LibraryHistory> {
  if (isWritingMode()) return readLibraryHistory(contentDirectory());
  return (memo ??= readLibraryHistory(contentDirectory()));
}

export async function getFileHistory(file: string): Promise<FileHistory> {
  return historyOf(await getLibraryHistory(), file);
}

/** A file's history with what each change did to it, for its history page. */
export async function getDescribedFileHistory(file: string): Promise<FileHistory<DescribedChange>> {
  const library = await getLibraryHistory();
  const history = historyOf(library, file);
  return history.available ? { ...history, changes: await describeChanges(library, history.changes) } : history;
}

/** When each incident's file last changed, by its path; undefined where git cannot tell truthfully. */
export async function getLastChanged(): Promise<(incident: { file: string }) => string | undefined> {
  const library = await getLibraryHistory();
  return (incident) => lastChanged(historyOf(library, incident.file));
}

/** When each remediation last changed, by its incident's path and its id; undefined where git cannot tell truthfully. */
export async function getRemediationLastChanged(files: readonly string[]): Promise<(incident: { file: string }, remediationId: string) => string | undefined> {
  const library = await getLibraryHistory();
  const histories = new Map(files.map((file) => [file, historyOf(library, file)]));
  // Every version of every file read in one pass, then handed back to its file.
  const changes = [...histories.values()].flatMap((history) => (history.available ? history.changes : []));
  const described = new Map((await describeChanges(library, changes)).map((change, index) => [changes[index]!, change]));
  const describedHistories = new Map(
    [...histories].map(([file, history]): [string, FileHistory<DescribedChange>] => [
      file,
      history.available ? { ...history, changes: history.changes.map((change) => described.get(change)!) } : history,
    ]),
  );
  return (incident, remediationId) => {
    const history = describedHistories.get(incident.file);
    return history && itemLastChanged(history, 'remediations', remediationId);
  };
}
