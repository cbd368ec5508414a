import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes one benchmark's section of BENCHMARKS.md, between its
 * `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` markers; where the
 * file has none yet, appends the section under `## heading`.
 */
export function writeBenchmarksSection(name: string, heading: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const file = path.join(process.cwd(), 'BENCHMARKS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = previous.indexOf(start);
  const to = previous.indexOf(end);
  const next = from >= 0 && to > from ? `${previous.slice(0, from)}${section}${previous.slice(to + end.length)}` : `${previous.trimEnd()}\n\n## ${heading}\n\n${section}\n`;
  writeFileSync(file, next);
}
