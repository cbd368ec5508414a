import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type FolderSync = { written: number; unchanged: number; removed: number };

/** How many files are read or written at once: enough to keep the disk busy, few enough for open-file limits. */
const AT_ONCE = 64;

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += AT_ONCE) await Promise.all(items.slice(start, start + AT_ONCE).map(work));
}

/** The files (relative paths, `/` between parts) and the folders (deepest first) under `folder`; none when it does not exist. */
async function contentsOf(folder: string, prefix = ''): Promise<{ files: string[]; folders: string[] }> {
  let entries;
  try {
    entries = await readdir(path.join(folder, prefix), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], folders: [] };
    throw error;
  }
  const found = { files: [] as string[], folders: [] as string[] };
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      const inner = await contentsOf(folder, relative);
      found.files.push(...inner.files);
      found.folders.push(...inner.folders, relative);
    } else if (entry.isFile()) {
      found.files.push(relative);
    }
  }
  return found;
}

/**
 * Makes `folder` hold exactly `files` (relative path → content): writes the
 * files that are missing or differ, leaves the others untouched and removes
 * whatever else is there. A library of a thousand incidents has tens of
 * thousands of generated files that rarely change between two builds, and on
 * some disks creating and deleting a file costs a millisecond.
 */
export async function syncFolder(folder: string, files: ReadonlyMap<string, string>): Promise<FolderSync> {
  const { files: existing, folders } = await contentsOf(folder);
  const stale = existing.filter((file) => !files.has(file));
  await inBatches(stale, (file) => rm(path.join(folder, file)));
  // Deepest first (the folder itself last), so a folder emptied of folders goes too; one still holding files stays.
  for (const emptied of [...folders, '']) {
    await rmdir(path.join(folder, emptied)).catch((error: NodeJS.ErrnoException) => {
      if (!['ENOTEMPTY', 'EEXIST', 'ENOENT'].includes(error.code ?? '')) throw error;
    });
  }

  const present = new Set(existing);
  const result: FolderSync = { written: 0, unchanged: 0, removed: stale.length };
  const parents = new Set([...files.keys()].map((file) => path.dirname(path.join(folder, file))));
  for (const parent of parents) await mkdir(parent, { recursive: true });
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
