import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, SCRIPT_TIMEOUT_MS } from './support/run-script';

describe('every command', { timeout: SCRIPT_TIMEOUT_MS }, () => {
  it.each([
    ['new-incident.ts', [], 'usage: npm run new-incident'],
    ['check-content.ts', [], 'usage: npm run check'],
  ])('%s %s --help prints its usage and exits 0', (script, args, usage) => {
    const result = runScript(script, [...args, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(usage);
    expect(result.stderr).toBe('');
  });

  it.each([['new-incident.ts'], ['check-content.ts']])('%s refuses an unknown option with its usage, exit 2', (script) => {
    const result = runScript(script, ['--bogus']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--bogus'");
    expect(result.stderr).toContain('usage: npm run');
  });
});

describe('npm run new-incident', { timeout: SCRIPT_TIMEOUT_MS }, () => {
  it('says the file name it chose, cut at a word boundary, and never overwrites it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'new-incident-'));
    const args = ['--title', 'Database failover left the payments API pointing at a read-only replica for an hour and then', '--date', '2025-03-04', '--tz', 'Europe/Berlin'];
    const first = runScript('new-incident.ts', args, { CONTENT_DIR: dir });
    expect(first.status, first.stderr).toBe(0);
    const name = '2025-03-04-database-failover-left-the-payments-api-pointing.mdx';
    expect(readdirSync(dir)).toEqual([name]);
    expect(first.stdout).toContain(`file name: ${name}, from --date and the title, cut at a word boundary`);

    const again = runScript('new-incident.ts', args, { CONTENT_DIR: dir });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${name} already exists; not overwriting it`);
  });
});

describe('npm run check, given files', { timeout: SCRIPT_TIMEOUT_MS }, () => {
  it('prints and counts only their problems, and refuses a file outside the content folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-files-'));
    const good = path.join(dir, '2024-12-11-good.mdx');
    const bad = path.join(dir, '2024-12-11-bad.mdx');
    copyFileSync('tests/fixtures/valid/minimal.mdx', good);
    copyFileSync('tests/fixtures/invalid/time-without-offset.mdx', bad);

    const whole = runScript('check-content.ts', [], { CONTENT_DIR: dir });
    expect(whole.status).toBe(1);
    expect(whole.stderr).toContain('2024-12-11-bad.mdx:');

    const one = runScript('check-content.ts', [good], { CONTENT_DIR: dir });
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toContain(`${good}: no problems (1 incident(s) loaded)`);

    const other = runScript('check-content.ts', [bad], { CONTENT_DIR: dir });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('error[invalid-format]');
    expect(other.stderr).not.toContain('2024-12-11-good.mdx');

    const outside = runScript('check-content.ts', ['README.md'], { CONTENT_DIR: dir });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('expected an incident file (.mdx) in');

    const missing = runScript('check-content.ts', [path.join(dir, '2024-12-11-god.mdx')], { CONTENT_DIR: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('expected an existing file, got');
    expect(missing.stderr).toContain('there is no such file in');
    expect(missing.stderr).toContain('(did you mean "2024-12-11-good.mdx"?)');
  });
});
