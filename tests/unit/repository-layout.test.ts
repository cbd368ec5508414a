import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The top level holds the app's folders and the files its tools cannot find
 * anywhere else; the rest lives in scripts/ (README: Layout). proxy.ts is
 * Next's: it reads the proxy from the project's root only.
 */
const TOP_LEVEL = [
  '.ci',
  '.gitignore',
  'README.md',
  'app',
  'components',
  'content',
  'lib',
  'next.config.ts',
  'package-lock.json',
  'package.json',
  'proxy.ts',
  'public',
  'scripts',
  'tests',
  'tsconfig.json',
  'vitest.config.ts',
];

describe('the repository', () => {
  it('keeps nothing loose at its top level', () => {
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const topLevel = [...new Set(tracked.map((file) => file.split('/')[0]!))].sort();
    expect(topLevel).toEqual([...TOP_LEVEL].sort());
  });
});
