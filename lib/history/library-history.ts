import { contentDirectory, isWritingMode } from '../content/load';
import { historyOf, lastChanged, readLibraryHistory, type FileHistory, type LibraryHistory } from './read';

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

/** When each incident's file last changed, by its path; undefined where git cannot tell truthfully. */
export async function getLastChanged(): Promise<(incident: { file: string }) => string | undefined> {
  const library = await getLibraryHistory();
  return (incident) => lastChanged(historyOf(library, incident.file));
}
