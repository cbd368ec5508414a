import { checkContent } from '../lib/content/check';

const strict = process.argv.slice(2).includes('--strict');
const report = await checkContent({ strict });
(report.ok ? console.log : console.error)(report.text);
process.exitCode = report.ok ? 0 : 1;
