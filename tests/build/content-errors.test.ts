import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../lib/content/diagnostic';
import { inFileOrder, loadAllIncidents } from '../../lib/content/load';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = 'several-schema-problems.mdx';

function contentFolderWithBrokenFile(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'broken-content-'));
  cpSync(path.join(root, 'tests/fixtures/invalid', fixture), path.join(folder, fixture));
  return folder;
}

function nextBuild(contentDir: string) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('content errors', () => {
  it('stop npm run check and next build with the precise error of every broken and hostile file at once', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'hostile-content-'));
    cpSync(path.join(root, 'tests/fixtures/invalid'), folder, { recursive: true });
    writeFileSync(path.join(folder, 'five-megabytes.mdx'), `---\ntitle: x\n---\n${'x'.repeat(5 * 1024 * 1024)}`);
    const { errors, warnings } = await loadAllIncidents(folder);
    expect(new Set(errors.map((error) => error.file)).size).toBeGreaterThanOrEqual(25);
    // A broken file's warnings are printed beside its errors, in file order.
    expect(warnings.length).toBeGreaterThan(0);
    const diagnostics = inFileOrder([...errors, ...warnings]);
    const tally = `${errors.length} errors and ${warnings.length} warnings in ${new Set(diagnostics.map((diagnostic) => diagnostic.file)).size} files`;

    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: folder },
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    expect(check.stderr.trimEnd().split('\n')).toEqual([...diagnostics.map(formatDiagnostic), tally]);

    const result = nextBuild(folder);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    for (const diagnostic of diagnostics) expect(output).toContain(formatDiagnostic(diagnostic));
    expect(output).toContain('five-megabytes.mdx:1:1  error[file-too-large]  file  expected at most 1024 KB, got 5120 KB');
    expect(output).toContain(tally);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 180_000);

  it('stop next build with located messages and no stack trace', () => {
    const result = nextBuild(contentFolderWithBrokenFile());
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toMatch(new RegExp(`${fixture}:21:9  error\\[invalid-format\\]  timeline\\[1\\]\\.at  expected an ISO 8601 time with offset`));
    expect(output).toContain(`${fixture}:5:11  error[invalid-choice]  severity  expected one of "sev1", "sev2", "sev3", "sev4", got "critical"`);
    expect(output).toContain('4 errors in 1 file');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('make npm run check list every problem and exit 1', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentFolderWithBrokenFile() },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe('4 errors in 1 file');
  });

  it('make npm run check print one line per problem of every file, then a count', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'broken-content-'));
    for (const name of ['time-without-offset.mdx', 'unknown-mdx-component.mdx', 'empty.mdx']) {
      cpSync(path.join(root, 'tests/fixtures/invalid', name), path.join(folder, name));
    }
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: folder },
      encoding: 'utf8',
    });
    const shown = path.relative(root, folder);
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `${shown}/empty.mdx:1:1  error[empty-file]  file  the file is empty; expected YAML frontmatter between two "---" lines, then the MDX body`,
      `${shown}/time-without-offset.mdx:21:9  error[invalid-format]  timeline[1].at  expected an ISO 8601 time with offset, e.g. "2024-12-11T15:16:00-08:00", got "2024-12-11T15:13:00"; for 15:13 in America/Los_Angeles, write "2024-12-11T15:13:00-08:00"`,
      `${shown}/unknown-mdx-component.mdx:36:1  error[unknown-component]  body  expected one of the components <EventRef>, <Callout>, got unknown component <Chart>`,
      '3 errors in 3 files',
    ]);
  });

  it('let npm run check pass the real content: no errors, warnings at most', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/ error\[/);
    expect(result.stdout).toMatch(/^(\d+ incident\(s\), no problems|\d+ warnings? in \d+ files?)$/m);
  });

  it('make npm run check pass with warnings, and fail on them with --strict', () => {
    const check = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', ...args], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: path.join(root, 'tests/fixtures/warnings') },
        encoding: 'utf8',
      });
    const lenient = check();
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toContain('  warning[follow-up-without-owner]  remediations[0]  ');
    const strict = check('--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('  warning[follow-up-without-owner]  remediations[0]  ');
  });
});
