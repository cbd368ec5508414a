import { runContentCheck } from '../lib/content/check';
import { parseCommandLine } from './command-line';

const usage = `usage: npm run check [-- --strict]

Validates every incident in CONTENT_DIR (content/incidents) without building: one line per
problem, file:line:column  level[code]  field.path  message, then a count. Exit 1 on any error;
warnings are printed and do not fail, unless --strict is given.
The codes are listed in content/README.md under "Diagnostic codes".`;

const { values } = parseCommandLine(process.argv.slice(2), { strict: { type: 'boolean' } }, usage);

process.exitCode = (await runContentCheck({ strict: values.strict === true })).ok ? 0 : 1;
