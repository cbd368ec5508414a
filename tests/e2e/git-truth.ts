import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

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

/**
 * When git last changed one remediation of a content file: the newest commit
 * after which the remediation, read from the file's YAML at each commit, is not
 * what it was before. Undefined where git cannot tell.
 */
export function remediationChangedAt(slug: string, id: string): string | undefined {
  const answer = gitHistoryOf(slug);
  if (!answer.available || answer.uncommitted) return undefined;
  const versions = git(['log', '--follow', '--name-only', '--format=%x1e%H%x1f%aI', '--', `content/incidents/${slug}.mdx`])
    .split('\x1e')
    .filter(Boolean)
    .map((record) => {
      const [head = '', ...paths] = record.trim().split('\n');
      const [hash = '', date = ''] = head.split('\x1f');
      const frontmatter = git(['show', `${hash}:${paths.filter(Boolean).at(-1)}`]).match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
      const remediations = (parse(frontmatter) as { remediations?: { id: string }[] }).remediations ?? [];
      return { date, remediation: JSON.stringify(remediations.find((remediation) => remediation.id === id)) };
    });
  return versions.find((version, index) => version.remediation !== versions[index + 1]?.remediation)?.date;
}
