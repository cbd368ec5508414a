import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What git itself says about a content file, asked file by file with
 * `--follow` (not the app's one-pass reading), so a page's history is checked
 * against git. A fresh CI clone may be shallow or not: both are answers.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}

export type GitAnswer =
  | { available: false }
  | { available: true; uncommitted: boolean; changes: { hash: string; date: string; subject: string }[] };

export function gitHistoryOf(slug: string): GitAnswer {
  const file = `content/incidents/${slug}.mdx`;
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') return { available: false };
  } catch {
    return { available: false };
  }
  const uncommitted = git(['status', '--porcelain', '--', file]).trim() !== '';
  const changes = git(['log', '--follow', '--format=%H%x1f%aI%x1f%s', '--', file])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [hash = '', date = '', subject = ''] = line.split('\x1f');
      return { hash, date, subject };
    });
  return { available: true, uncommitted: uncommitted || changes.length === 0, changes };
}
