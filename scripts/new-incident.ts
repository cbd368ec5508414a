/**
 * npm run new-incident -- --title "Payments API outage" --date 2025-03-04 --tz Europe/Berlin [--slug payments-outage]
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkScaffoldOptions, scaffoldIncident } from '../lib/content/scaffold';
import { contentDirectory } from '../lib/content/load';

const usage = 'usage: npm run new-incident -- --title "Payments API outage" --date 2025-03-04 --tz Europe/Berlin [--slug payments-outage]';

function fail(lines: string[]): never {
  console.error([...lines, usage].join('\n'));
  process.exit(2);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: { title: { type: 'string' }, date: { type: 'string' }, tz: { type: 'string' }, slug: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail([(error as Error).message]);
}

const { title = '', date = '', tz: timeZone = '', slug } = values;
const problems = checkScaffoldOptions({ title, date, timeZone, slug });
if (problems.length > 0) fail(problems);

const { fileName, text } = scaffoldIncident({ title, date, timeZone, slug });
const target = path.join(contentDirectory(), fileName);
try {
  await writeFile(target, text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail([`${path.relative(process.cwd(), target)} already exists; not overwriting it`]);
  throw error;
}
console.log(`wrote ${path.relative(process.cwd(), target)} (a draft: visible in npm run dev; set draft: false to publish)`);
