import { runContentCheck } from '../lib/content/check';
import { parseCommandLine } from './command-line';

const usage = `usage: npm run check

Validates every incident in CONTENT_DIR (content/incidents) without building: one line per
problem, file:line:column  level[code]  field.path  message, then a count. Exit 1 on any error.
The codes are listed in content/README.md under "Diagnostic codes".`;

parseCommandLine(process.argv.slice(2), {}, usage);

const strict = process.argv.slice(2).includes('--strict');
process.exitCode = (await runContentCheck({ strict })) ? 0 : 1;
