import { existsSync } from 'node:fs';
import path from 'node:path';
import { runContentCheck } from '../lib/content/check';
import { contentDirectory } from '../lib/content/load';
import { parseCommandLine, usageError } from './command-line';

const usage = `usage: npm run check [-- [--strict] [file.mdx …]]

Validates every incident in CONTENT_DIR (content/incidents) without building: one line per
problem, file:line:column  level[code]  field.path  message, then a count. Exit 1 on any error;
warnings are printed and do not fail, unless --strict is given. Given files, only their
problems are printed and counted (the others are still read, for checks across files).
The codes are listed in content/README.md under "Diagnostic codes".`;

const { values, positionals } = parseCommandLine(process.argv.slice(2), { strict: { type: 'boolean' } }, usage, true);

const directory = path.resolve(contentDirectory());
const outside = positionals.filter((file) => path.dirname(path.resolve(file)) !== directory || !file.endsWith('.mdx') || !existsSync(file));
if (outside.length > 0) {
  usageError(outside.map((file) => `expected an incident file (.mdx) in ${path.relative(process.cwd(), directory) || '.'}, got "${file}"`), usage);
}

const files = positionals.length > 0 ? positionals : undefined;
process.exitCode = (await runContentCheck({ strict: values.strict === true, files })).ok ? 0 : 1;
