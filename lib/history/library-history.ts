import { contentDirectory, isWritingMode } from '../content/load';
import { describeHistories, historyOf, itemLastChanged, lastChanged, readLibraryHistory, type DescribedChange, type FileHistory, type LibraryHistory } from './read';

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
  const [history] = await describeHistories(library, [historyOf(library, file)]);
  return history!;
}

/** When each incident's file last changed, by its path; undefined where git cannot tell truthfully. */
export async function getLastChanged(): Promise<(incident: { file: string }) => string | undefined> {
  const library = await getLibraryHistory();
  return (incident) => lastChanged(historyOf(library, incident.file));
}

/** When each remediation last changed, by its incident's path and its id; undefined where git cannot tell truthfully. */
export async function getRemediationLastChanged(files: readonly string[]): Promise<(incident: { file: string }, remediationId: string) => string | undefined> {
  const library = await getLibraryHistory();
  const histories = await describeHistories(library, files.map((file) => historyOf(library, file)));
  const historyByFile = new Map(files.map((file, i) => [file, histories[i]!]));
  return (incident, remediationId) => {
    const history = historyByFile.get(incident.file);
    return history && itemLastChanged(history, 'remediations', remediationId);
  };
}
