/**
 * npm run new-incident -- --title "Payments API outage" --date 2025-03-04 --tz Europe/Berlin [--slug payments-outage]
 */
import { checkScaffoldOptions, MAX_SLUG_LENGTH, scaffoldIncident } from '../lib/content/scaffold';
import { contentDirectory } from '../lib/content/load';
import { writeNewIncidentFile } from '../lib/import/write-draft';
import { parseCommandLine, usageError } from './command-line';

const usage = `usage: npm run new-incident -- --title "Payments API outage" --date 2025-03-04 --tz Europe/Berlin [--slug payments-outage]

Writes a draft incident with every section to fill in, into CONTENT_DIR (content/incidents).
  --title  the incident's title
  --date   the day customer impact began, YYYY-MM-DD; the file name starts with it
  --tz     the IANA time zone the incident is told in, e.g. Europe/Berlin or UTC
  --slug   the part of the file name after the date (kebab-case); by default made from the
           title, cut at a word boundary after at most ${MAX_SLUG_LENGTH} characters
The file is <date>-<slug>.mdx, e.g. 2025-03-04-payments-outage.mdx; an existing file is never overwritten.`;

const { values } = parseCommandLine(
  process.argv.slice(2),
  { title: { type: 'string' }, date: { type: 'string' }, tz: { type: 'string' }, slug: { type: 'string' } },
  usage,
);

const { title = '', date = '', tz: timeZone = '', slug } = values;
const problems = checkScaffoldOptions({ title, date, timeZone, slug });
if (problems.length > 0) usageError(problems, usage);

const { fileName, text, shortened } = scaffoldIncident({ title, date, timeZone, slug });
const written = await writeNewIncidentFile(contentDirectory(), fileName, text);
if (!written.ok) {
  console.error(written.message);
  process.exit(1);
}
console.log(`wrote ${written.file} (a draft: visible in npm run dev; set draft: false to publish)`);
console.log(
  slug !== undefined
    ? `file name: ${fileName}, from --date and --slug`
    : `file name: ${fileName}, from --date and the title${shortened ? `, cut at a word boundary to ${MAX_SLUG_LENGTH} characters at most` : ''}; --slug chooses another`,
);
