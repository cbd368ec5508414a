import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The benchmarks' figures, beside the scripts that measure them. */
const BENCHMARKS_FILE = fileURLToPath(new URL('BENCHMARKS.md', import.meta.url));

/**
 * Writes one benchmark's section of BENCHMARKS.md, between its
 * `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` markers; where the
 * file has none yet, appends the section under `## heading`.
 */
export function writeBenchmarksSection(name: string, heading: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const previous = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : '# Benchmarks\n';
  const from = previous.indexOf(start);
  const to = previous.indexOf(end);
  const next = from >= 0 && to > from ? `${previous.slice(0, from)}${section}${previous.slice(to + end.length)}` : `${previous.trimEnd()}\n\n## ${heading}\n\n${section}\n`;
  writeFileSync(BENCHMARKS_FILE, next);
}
