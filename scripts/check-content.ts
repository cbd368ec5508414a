import { checkContent } from '../lib/content/check';

const report = await checkContent();
(report.ok ? console.log : console.error)(report.text);
process.exitCode = report.ok ? 0 : 1;
