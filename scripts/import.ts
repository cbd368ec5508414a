/**
 * npm run import -- statuspage <file.json | URL> [--incident <id>] [--tz <zone>] [--slug <slug>]
 * npm run import -- notes <file.txt> --date <yyyy-mm-dd> --tz <zone> [--title "…"] [--slug <slug>]
 */
import { contentDirectory } from '../lib/content/load';
import { checkSlugOption, checkTimeZoneOption } from '../lib/content/scaffold';
import { importNotes, SKIPPED } from '../lib/import/notes';
import type { Outcome } from '../lib/import/outcome';
import { importStatuspage } from '../lib/import/statuspage';
import { isIsoDate } from '../lib/time/iso';
import { parseCommandLine, usageError } from './command-line';

const statuspageUsage = `usage: npm run import -- statuspage <file.json | URL> [--incident <id>] [--tz <zone>] [--slug <slug>]

Writes a draft incident from Atlassian Statuspage's public API v2 JSON: incidents.json (then
--incident picks one), {"incident": …} or one incident object, read from a file or fetched from
an http(s) address such as https://status.example.com/api/v2/incidents.json.
  --incident  the id of the incident to import, when the JSON holds several
  --tz        the IANA zone the times are written in (default UTC), e.g. America/Los_Angeles
  --slug      the part of the file name after the date; by default made from the incident's name
The draft goes into CONTENT_DIR (content/incidents) as <date>-<slug>.mdx, never over an existing file.`;

const notesUsage = `usage: npm run import -- notes <file.txt> --date <yyyy-mm-dd> --tz <zone> [--title "…"] [--slug <slug>]

Writes a draft incident from notes, one event per line:
  15:16 customer impact begins          a time, then what happened
  2024-12-12 00:05 still degraded       a date before the time (the notes passed midnight)
  ~15:40 impact peaks                   ~ or ≈ marks an approximate time
  15:13 alert: error-rate alert fires   a leading kind word: change, alert, impact,
                                        investigation, mitigation, recovery, communication
    indented lines continue the note above as its detail
A line it cannot read is reported with its line number and skipped.
  --date   the day of the first note, YYYY-MM-DD; the file name starts with it
  --tz     the IANA zone the notes were written in, e.g. Europe/Berlin
  --title  the incident's title (default: a placeholder)
  --slug   the part of the file name after the date; by default from --title, else the notes file's name`;

const usage = `usage: npm run import -- <statuspage | notes> <source> [options]

Starts a draft incident from what was said during the incident.
  statuspage  from a status page's JSON (Atlassian Statuspage API v2)
  notes       from lines of notes such as "15:16 customer impact begins"
npm run import -- statuspage --help and npm run import -- notes --help say more.

${statuspageUsage}

${notesUsage}`;

function report(outcome: Outcome<{ file: string; notes: string[] }>): void {
  if (!outcome.ok) {
    console.error(outcome.message);
    process.exit(1);
  }
  console.log(`wrote ${outcome.value.file} (a draft: visible in npm run dev; replace every "Replace …" placeholder, then set draft: false)`);
  const skipped = outcome.value.notes.filter((note) => note.endsWith(SKIPPED));
  for (const note of outcome.value.notes) console.log(note.endsWith(SKIPPED) ? `skipped: ${note.slice(0, -SKIPPED.length)}` : `note: ${note}`);
  if (skipped.length > 0) console.log(`${skipped.length} ${skipped.length === 1 ? 'line' : 'lines'} of the notes skipped: the draft does not have them; mend them and import again, or add those events by hand`);
}

function checkTimeZone(timeZone: string | undefined, problems: string[]): void {
  if (timeZone !== undefined) problems.push(...checkTimeZoneOption(timeZone));
}

const [command, ...rest] = process.argv.slice(2);

if (command === 'statuspage') {
  const { values, positionals } = parseCommandLine(
    rest,
    { incident: { type: 'string' }, tz: { type: 'string' }, slug: { type: 'string' } },
    statuspageUsage,
    true,
  );
  const problems: string[] = [];
  if (positionals.length !== 1) problems.push(`expected one file or URL, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
  checkTimeZone(values.tz, problems);
  problems.push(...checkSlugOption(values.slug));
  if (problems.length > 0) usageError(problems, statuspageUsage);
  report(await importStatuspage({
    source: positionals[0]!,
    incidentId: values.incident,
    timeZone: values.tz ?? 'UTC',
    slug: values.slug,
    directory: contentDirectory(),
  }));
} else if (command === 'notes') {
  const { values, positionals } = parseCommandLine(
    rest,
    { date: { type: 'string' }, tz: { type: 'string' }, title: { type: 'string' }, slug: { type: 'string' } },
    notesUsage,
    true,
  );
  const problems: string[] = [];
  if (positionals.length !== 1) problems.push(`expected one notes file, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
  if (values.date === undefined) problems.push('--date: expected the day of the first note as YYYY-MM-DD, e.g. --date 2025-03-04');
  else if (!isIsoDate(values.date)) problems.push(`--date: expected a real date as YYYY-MM-DD, got "${values.date}"`);
  if (values.tz === undefined) problems.push('--tz: expected the IANA time zone the notes were written in, e.g. --tz Europe/Berlin');
  checkTimeZone(values.tz, problems);
  problems.push(...checkSlugOption(values.slug));
  if (values.title !== undefined && values.title.trim() === '') problems.push('--title: expected the incident title, got nothing');
  if (problems.length > 0) usageError(problems, notesUsage);
  report(await importNotes({
    source: positionals[0]!,
    date: values.date!,
    timeZone: values.tz!,
    title: values.title,
    slug: values.slug,
    directory: contentDirectory(),
  }));
} else if (command === undefined || command === '--help' || command === '-h') {
  if (command === undefined) usageError(['expected a subcommand: statuspage or notes'], usage);
  console.log(usage);
} else {
  usageError([`expected a subcommand, statuspage or notes, got "${command}"`], usage);
}
