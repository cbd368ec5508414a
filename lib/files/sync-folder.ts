import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type FolderSync = { written: number; unchanged: number; removed: number };

/** How many files are read or written at once: enough to keep the disk busy, few enough for open-file limits. */
const AT_ONCE = 64;

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += AT_ONCE) await Promise.all(items.slice(start, start + AT_ONCE).map(work));
}

/** Every file under `folder`, as paths relative to it with `/` between parts; none when it does not exist. */
async function filesUnder(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Makes `folder` hold exactly `files` (relative path → content): writes the
 * files that are missing or differ, leaves the others untouched and removes
 * whatever else is there. A library of a thousand incidents has tens of
 * thousands of generated files that rarely change between two builds, and on
 * some disks creating and deleting a file costs a millisecond.
 */
export async function syncFolder(folder: string, files: ReadonlyMap<string, string>): Promise<FolderSync> {
  const existing = await filesUnder(folder);
  const stale = existing.filter((file) => !files.has(file));
  await inBatches(stale, (file) => rm(path.join(folder, file)));
  await removeEmptyFolders(folder);

  const present = new Set(existing);
  const result: FolderSync = { written: 0, unchanged: 0, removed: stale.length };
  const folders = new Set([...files.keys()].map((file) => path.dirname(path.join(folder, file))));
  for (const parent of folders) await mkdir(parent, { recursive: true });
  await inBatches([...files], async ([file, content]) => {
    const target = path.join(folder, file);
    if (present.has(file) && (await readFile(target, 'utf8')) === content) {
      result.unchanged += 1;
      return;
    }
    await writeFile(target, content);
    result.written += 1;
  });
  return result;
}

async function removeEmptyFolders(folder: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) if (entry.isDirectory()) await removeEmptyFolders(path.join(folder, entry.name));
  if ((await readdir(folder)).length === 0) await rmdir(folder);
}
