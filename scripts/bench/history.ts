/**
 * npm run bench:history (and the end of npm run bench): the one `git log`
 * pass that reads the history of every incident, at 1,000 files. Builds a
 * repository with git fast-import (fixed dates, so the same every run): 1,000
 * synthetic incidents added in 10 commits, 2,000 commits that each edit one
 * file, and one commit that renames 100 of them. Writes BENCHMARKS.md between
 * the history markers; exits 1 over the 1 s budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { historyOf, readLibraryHistory } from '../../lib/history/read';
import { writeBenchmarksSection } from './benchmarks-file';
import { median } from './measure';
import { syntheticIncident } from './synthetic-incidents';

const FILES = 1000;
const EDITS = 2000;
const RENAMES = 100;
const RUNS = 5;
const BUDGET_MS = 1000;

function fastImportStream(): string {
  const parts: string[] = [];
  let time = Date.UTC(2024, 0, 1) / 1000;
  const names = Array.from({ length: FILES }, (_, n) => syntheticIncident(n).fileName);
  const commit = (message: string, body: string[]) => {
    time += 3600;
    const data = Buffer.byteLength(message);
    parts.push(`commit refs/heads/main\ncommitter Bench Author <bench@example.com> ${time} +0000\ndata ${data}\n${message}\n${body.join('')}\n`);
  };
  const file = (name: string, text: string) => `M 100644 inline content/incidents/${name}\ndata ${Buffer.byteLength(text)}\n${text}\n`;

  for (let batch = 0; batch < 10; batch++) {
    const body = names.slice(batch * 100, (batch + 1) * 100).map((name, i) => file(name, syntheticIncident(batch * 100 + i).text));
    commit(`Add incidents ${batch * 100 + 1}–${(batch + 1) * 100}`, body);
  }
  for (let edit = 0; edit < EDITS; edit++) {
    const n = (edit * 7919) % FILES;
    commit(`Edit ${names[n]}`, [file(names[n]!, `${syntheticIncident(n).text}\nEdit ${edit}.\n`)]);
  }
  commit(
    `Rename ${RENAMES} incidents`,
    names.slice(0, RENAMES).map((name) => `R content/incidents/${name} content/incidents/renamed-${name}\n`),
  );
  return parts.join('');
}

async function measureHistoryPass(): Promise<{ files: number; commits: number; medianMs: number; runsMs: number[]; load: number }> {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'bench-history-'));
  try {
    const git = (args: string[], input?: string) =>
      execFileSync('git', args, { cwd: repo, input, maxBuffer: 1 << 30, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    git(['init', '-q', '-b', 'main']);
    git(['fast-import', '--quiet'], fastImportStream());
    git(['checkout', '-q', '-f', 'main']);
    const content = path.join(repo, 'content', 'incidents');
    const runsMs: number[] = [];
    let files = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const library = await readLibraryHistory(content);
      runsMs.push(performance.now() - started);
      if (!library.available) throw new Error(`history unavailable: ${library.reason}`);
      const renamed = historyOf(library, path.join(content, `renamed-${syntheticIncident(0).fileName}`));
      if (!renamed.available || renamed.changes.length < 2) throw new Error('the rename was not followed');
      files = library.files.size;
    }
    return { files, commits: 10 + EDITS + 1, medianMs: median(runsMs), runsMs, load: os.loadavg()[0]! };
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

function writeHistorySection(result: Awaited<ReturnType<typeof measureHistoryPass>>): void {
  writeBenchmarksSection(
    'history',
    'History from git',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:history\` (also run by \`npm run bench\`): reading the
history of every incident in one \`git log --raw -M\` pass plus one \`git status\` (lib/history/read.ts), in a
repository of ${result.files.toLocaleString('en-US')} incident files and ${result.commits.toLocaleString('en-US')} commits (${EDITS.toLocaleString('en-US')} single-file edits, ${RENAMES} renames).
Median of ${RUNS} runs; budget ${BUDGET_MS / 1000} s. Load average while measuring: ${result.load.toFixed(1)} on ${os.cpus().length} cores (a busy machine stretches every figure).

| files | commits | history pass (median) | slowest run |
| ---: | ---: | ---: | ---: |
| ${result.files.toLocaleString('en-US')} | ${result.commits.toLocaleString('en-US')} | ${Math.round(result.medianMs)} ms | ${Math.round(Math.max(...result.runsMs))} ms |`,
  );
}

const result = await measureHistoryPass();
writeHistorySection(result);
console.log(`history of ${result.files} files, ${result.commits} commits: median ${Math.round(result.medianMs)} ms (runs: ${result.runsMs.map(Math.round).join(', ')} ms)`);
if (result.medianMs > BUDGET_MS) {
  console.error(`the history pass took ${Math.round(result.medianMs)} ms, over ${BUDGET_MS} ms`);
  process.exitCode = 1;
}
