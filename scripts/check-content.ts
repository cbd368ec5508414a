import { runContentCheck } from '../lib/content/check';

process.exitCode = (await runContentCheck()) ? 0 : 1;
