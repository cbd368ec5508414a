/**
 * Runs before every production build and dev server (next.config.ts starts it):
 * checks all content, then writes the event share pages, the data file
 * (`/incidents/<slug>.json`) of each incident that loads and the search index
 * (public/pagefind/): all go into public/ before Next reads it. Exits 1 on any
 * content problem, with every problem listed.
 */
import { runContentCheck } from '../lib/content/check';
import { getLibrary } from '../lib/content/load';
import { writeIncidentData } from '../lib/incident/data';
import { writeSearchIndex, SEARCH_INDEX_DIRECTORY } from '../lib/search/write-search-index';
import { writeSharePages } from '../lib/share/write-share-pages';

const ok = await runContentCheck();
if (ok || process.env.NODE_ENV !== 'production') {
  const { incidents } = await getLibrary();
  // At once: Pagefind indexes in a process of its own while this one writes the files.
  const [written, indexed] = await Promise.all([writeSharePages(incidents), writeSearchIndex(incidents)]);
  console.log(`${written} event share pages written to public/incidents/`);
  console.log(`${indexed} incidents indexed for search in ${SEARCH_INDEX_DIRECTORY}/`);
  // After the share pages, which clear the folder first.
  console.log(`${await writeIncidentData(incidents)} incident data files written to public/incidents/<slug>.json`);
}
process.exitCode = ok ? 0 : 1;
