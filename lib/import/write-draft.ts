import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export type WriteResult = { ok: true; file: string } | { ok: false; message: string };

/** Writes a new incident file into `directory`; never overwrites one that exists. */
export async function writeNewIncidentFile(directory: string, fileName: string, text: string): Promise<WriteResult> {
  const target = path.join(directory, fileName);
  const shown = path.relative(process.cwd(), target) || target;
  try {
    await writeFile(target, text, { flag: 'wx' });
    return { ok: true, file: shown };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { ok: false, message: `${shown} already exists; not overwriting it (choose another name with --slug)` };
    return { ok: false, message: `expected to write ${shown}, got ${code ?? String(error)}` };
  }
}
