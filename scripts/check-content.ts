import { runContentCheck } from '../lib/content/check';

const strict = process.argv.slice(2).includes('--strict');
process.exitCode = (await runContentCheck({ strict })) ? 0 : 1;
