import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Incident } from '../content/load';
import { searchDocument } from './search-document';

/** Where the index goes: public/, so `next build` serves and exports it at `/pagefind/`. */
export const SEARCH_INDEX_DIRECTORY = path.join('public', 'pagefind');

const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** Builds the Pagefind index of these incidents into `directory`, replacing what was there. */
export async function writeSearchIndex(incidents: readonly Incident[], directory = SEARCH_INDEX_DIRECTORY): Promise<number> {
  const output = path.resolve(/*turbopackIgnore: true*/ directory);
  await rm(/*turbopackIgnore: true*/ output, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const incident of incidents) {
      const added = await index.addHTMLFile(searchDocument(incident));
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${incident.slug}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${output}: ${written.errors.join('; ')}`);
    // Pagefind also writes its ready-made UIs; the index page has its own small result list.
    const unused = (await readdir(/*turbopackIgnore: true*/ output)).filter((name) => UNUSED_UI.test(name));
    await Promise.all(unused.map((name) => rm(/*turbopackIgnore: true*/ path.join(output, name))));
    return incidents.length;
  } finally {
    await pagefind.close();
  }
}
