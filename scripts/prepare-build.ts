/**
 * Runs before every production build and dev server (next.config.ts starts it):
 * checks all content, then writes the event share pages and the data file
 * (`/incidents/<slug>.json`) of each incident that loads into public/incidents/
 * (only the files that changed), and the search index (public/pagefind/): all
 * go into public/ before Next reads it. Exits 1 on any content problem, with
 * every problem listed.
 */
import path from 'node:path';
import { runContentCheck } from '../lib/content/check';
import { siteLibrary } from '../lib/content/load';
import { syncFolder } from '../lib/files/sync-folder';
import { incidentDataFiles } from '../lib/incident/data';
import { writeSearchIndex, SEARCH_INDEX_DIRECTORY } from '../lib/search/write-search-index';
import { sharePageFiles, SHARE_PAGES_DIR } from '../lib/share/share-page-files';

const { ok, library } = await runContentCheck();
if (ok || process.env.NODE_ENV !== 'production') {
  // The library the check loaded: loading it again would run every library-wide check twice.
  const { incidents } = siteLibrary(library);
  const sharePages = sharePageFiles(incidents);
  const dataFiles = incidentDataFiles(incidents);
  // At once: Pagefind indexes in a process of its own while this one writes the files.
  const [files, indexed] = await Promise.all([
    syncFolder(path.join(process.cwd(), SHARE_PAGES_DIR), new Map([...sharePages, ...dataFiles])),
    writeSearchIndex(incidents),
  ]);
  console.log(
    `${sharePages.size} event share pages and ${dataFiles.size} incident data files (<slug>.json) in ${SHARE_PAGES_DIR}/: ${files.written} written, ${files.unchanged} unchanged, ${files.removed} removed`,
  );
  console.log(`${indexed} incidents indexed for search in ${SEARCH_INDEX_DIRECTORY}/`);
}
process.exitCode = ok ? 0 : 1;
