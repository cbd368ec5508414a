import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runContentCheck } from '../lib/content/check';
import { contentDirectory } from '../lib/content/load';
import { didYouMean } from '../lib/content/suggest';
import { parseCommandLine, usageError } from './command-line';

const usage = `usage: npm run check [-- [--strict] [file.mdx …]]

Validates every incident in CONTENT_DIR (content/incidents) without building: one line per
problem, file:line:column  level[code]  field.path  message, then a count. Exit 1 on any error;
warnings are printed and do not fail, unless --strict is given. Given files, only their
problems are printed and counted (the others are still read, for checks across files).
The codes are listed in content/README.md under "Diagnostic codes".`;

const { values, positionals } = parseCommandLine(process.argv.slice(2), { strict: { type: 'boolean' } }, usage, true);

const directory = path.resolve(contentDirectory());
const shownDirectory = path.relative(process.cwd(), directory) || '.';
const problems = positionals.flatMap((file) => {
  if (path.dirname(path.resolve(file)) !== directory || !file.endsWith('.mdx')) return [`expected an incident file (.mdx) in ${shownDirectory}, got "${file}"`];
  if (existsSync(file)) return [];
  const names = readdirSync(directory).filter((name) => name.endsWith('.mdx'));
  return [`expected an existing file, got "${file}": there is no such file in ${shownDirectory}${didYouMean(path.basename(file), names)}`];
});
if (problems.length > 0) usageError(problems, usage);

const files = positionals.length > 0 ? positionals : undefined;
process.exitCode = (await runContentCheck({ strict: values.strict === true, files })).ok ? 0 : 1;
