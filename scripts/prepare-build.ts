/**
 * Runs before every production build and dev server (next.config.ts starts it):
 * checks all content, then writes the event share pages of the incidents that
 * load. Exits 1 on any content problem, with every problem listed.
 */
import { runContentCheck } from '../lib/content/check';
import { getLibrary } from '../lib/content/load';
import { writeSharePages } from '../lib/share/write-share-pages';

const ok = await runContentCheck();
if (ok || process.env.NODE_ENV !== 'production') {
  const written = await writeSharePages((await getLibrary()).incidents);
  console.log(`${written} event share pages written to public/incidents/`);
}
process.exitCode = ok ? 0 : 1;
