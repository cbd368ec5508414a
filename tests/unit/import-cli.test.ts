import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeBlocks } from '../readme-blocks';
import { root, runScript, runScriptAsync, SCRIPT_TIMEOUT_MS } from './support/run-script';

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** Splits a shell command line into words; enough for the README's examples (double quotes, no escapes). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

/** Every `npm run import -- …` line of the README's sh blocks, as words. */
function readmeImportCommands(): string[][] {
  return readmeBlocks('sh').flatMap((block) => block.split('\n').filter((line) => line.startsWith('npm run import -- '))).map(shellWords);
}

/** Runs a command line exactly as the README shows it (npm and all). */
function runAsShown([program, ...args]: string[], env: Record<string, string>) {
  return spawnSync(program!, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: SCRIPT_TIMEOUT_MS });
}

describe('the README examples of npm run import', { timeout: SCRIPT_TIMEOUT_MS }, () => {
  it('run, write drafts that pass npm run check, and never overwrite them', async () => {
    const commands = readmeImportCommands();
    expect(commands.map((words) => words[4])).toEqual(['statuspage', 'notes']);
    const dir = await mkdtemp(path.join(tmpdir(), 'import-readme-'));
    for (const words of commands) {
      const result = runAsShown(words, { CONTENT_DIR: dir });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^wrote .+\.mdx \(a draft/m);
    }
    expect(readdirSync(dir).sort()).toEqual(['2024-12-11-api-chatgpt-sora-facing-issues.mdx', '2024-12-11-telemetry-rollout-takes-down-the-api.mdx']);

    const check = runScript('check-content.ts', [], { CONTENT_DIR: dir });
    expect(check.stderr).toBe('');
    // The status page's own words, copied as they are, give two times without their zone: worth the author's look, not an error.
    expect(check.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/2024-12-11-api-chatgpt-sora-facing-issues\.mdx:\d+:\d+ {2}warning\[time-without-zone\] {2}timeline\[\d+\]\.detail {2}expected a zone beside "5:40 PM", "6:50 PM", e\.g\. "5:40 PM PST"/),
      '1 warning in 1 file',
    ]);
    expect(check.status).toBe(0);

    const again = runAsShown(commands[0]!, { CONTENT_DIR: dir });
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toMatch(/2024-12-11-api-chatgpt-sora-facing-issues\.mdx already exists; not overwriting it/);
  });

  it('show notes that are lines of the notes fixture they import', () => {
    const example = readmeBlocks('text').find((block) => block.startsWith('15:12 change:'))!;
    const fixture = readFileSync(path.join(root, 'tests/fixtures/notes/openai-2024-12-11.txt'), 'utf8');
    for (const line of example.trimEnd().split('\n')) expect(fixture.split('\n')).toContain(line);
  });
});

describe('npm run import', { timeout: SCRIPT_TIMEOUT_MS }, () => {
  it.each([[[]], [['statuspage']], [['notes']]])('%j --help prints its usage and exits 0', (args) => {
    const result = runScript('import.ts', [...args, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`usage: npm run import -- ${args[0] ?? '<statuspage | notes>'}`);
  });

  it('refuses an unknown subcommand or option with its usage, exit 2', () => {
    const unknown = runScript('import.ts', ['pagerduty', 'x.json']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('expected a subcommand, statuspage or notes, got "pagerduty"');
    const option = runScript('import.ts', ['notes', 'x.txt', '--date', '2025-02-30', '--tz', 'PST']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('--date: expected a real date as YYYY-MM-DD, got "2025-02-30"');
    expect(option.stderr).toContain('--tz: expected an IANA time zone such as "Europe/Berlin", got "PST"');
  });

  it('says in one line, exit 1 and no stack, when the JSON is broken or holds several incidents', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'import-bad-'));
    const broken = runScript('import.ts', ['statuspage', 'tests/fixtures/statuspage/not-json.json'], { CONTENT_DIR: dir });
    expect(broken.status).toBe(1);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/^expected Statuspage JSON, got text that is not JSON/);
    expect(broken.stderr).not.toMatch(STACK_LINE);

    const several = runScript('import.ts', ['statuspage', 'tests/fixtures/statuspage/several-incidents.json'], { CONTENT_DIR: dir });
    expect(several.status).toBe(1);
    expect(several.stderr).toContain('choose one with --incident <id>:\n  inc-newer  2025-03-05  Webhooks delayed\n  inc-older  2025-03-04  Dashboard unavailable');
    const chosen = runScript('import.ts', ['statuspage', 'tests/fixtures/statuspage/several-incidents.json', '--incident', 'inc-older', '--slug', 'dashboard'], { CONTENT_DIR: dir });
    expect(chosen.status, chosen.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['2025-03-04-dashboard.mdx']);
  });

  it('reports each unreadable line of notes with its number, as skipped, and counts them', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'import-notes-'));
    const result = runScript('import.ts', ['notes', 'tests/fixtures/notes/past-midnight.txt', '--date', '2025-03-04', '--tz', 'Europe/Berlin'], { CONTENT_DIR: dir });
    expect(result.status, result.stderr).toBe(0);
    const skipped = result.stdout.split('\n').filter((line) => line.startsWith('skipped: '));
    expect(skipped).toEqual([
      'skipped: line 1: expected a time and text such as "15:16 customer impact begins", got "Incident channel, copied by hand"',
      'skipped: line 4: 00:05 is earlier than the note on line 3 (2025-03-04 23:58); if the notes passed midnight, write the date before the time ("2025-03-05 00:05 …")',
      'skipped: line 7: expected a time of day from 00:00 to 23:59, got "25:10"',
    ]);
    expect(result.stdout).not.toMatch(/^note: .*; skipped$/m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('3 lines of the notes skipped: the draft does not have them; mend them and import again, or add those events by hand');
    expect(runScript('check-content.ts', [], { CONTENT_DIR: dir }).status).toBe(0);
  });
});

describe('npm run import -- statuspage <URL>', { timeout: SCRIPT_TIMEOUT_MS }, () => {
  // Loopback only, on a port of this project's range; never the internet.
  const PORT = 3231;
  let server: Server;
  beforeAll(async () => {
    const json = readFileSync(path.join(root, 'tests/fixtures/statuspage/openai-2024-12-11.json'));
    server = createServer((request, response) => {
      if (request.url === '/api/v2/incidents.json') response.writeHead(200, { 'content-type': 'application/json' }).end(json);
      else if (request.url === '/incidents/ctrsv3lwd797') response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches the JSON and writes the same draft as from the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'import-url-'));
    const result = await runScriptAsync('import.ts', ['statuspage', `http://127.0.0.1:${PORT}/api/v2/incidents.json`, '--tz', 'America/Los_Angeles'], { CONTENT_DIR: dir });
    expect(result.status, result.stderr).toBe(0);
    const fromFile = await mkdtemp(path.join(tmpdir(), 'import-file-'));
    runScript('import.ts', ['statuspage', 'tests/fixtures/statuspage/openai-2024-12-11.json', '--tz', 'America/Los_Angeles'], { CONTENT_DIR: fromFile });
    const name = '2024-12-11-api-chatgpt-sora-facing-issues.mdx';
    expect(readFileSync(path.join(dir, name), 'utf8')).toBe(readFileSync(path.join(fromFile, name), 'utf8'));
  });

  it('says what it got from an address that is not the API', async () => {
    const html = await runScriptAsync('import.ts', ['statuspage', `http://127.0.0.1:${PORT}/incidents/ctrsv3lwd797`]);
    expect(html.status).toBe(1);
    expect(html.stderr.trim()).toBe(`expected JSON from http://127.0.0.1:${PORT}/incidents/ctrsv3lwd797, got an HTML page; give the API address, e.g. https://status.example.com/api/v2/incidents.json`);
    const missing = await runScriptAsync('import.ts', ['statuspage', `http://127.0.0.1:${PORT}/nothing.json`]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(`expected to fetch http://127.0.0.1:${PORT}/nothing.json, got HTTP 404`);
  });
});
