import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '@/lib/content/codes';

/** `code → level` as the authoring guide's "Diagnostic codes" table lists them. */
async function guideCodes(): Promise<Map<string, string>> {
  const guide = await readFile('content/README.md', 'utf8');
  const section = guide.slice(guide.indexOf('## Diagnostic codes'));
  const table = section.slice(0, section.indexOf('\n## ', 3));
  const listed = new Map<string, string>();
  for (const row of table.split('\n').filter((line) => line.startsWith('| `'))) {
    const [codes = '', level = ''] = row.split('|').slice(1).map((cell) => cell.trim());
    for (const [, code] of codes.matchAll(/`([a-z0-9-]+)`/g)) listed.set(code!, level);
  }
  return listed;
}

describe('diagnostic codes', () => {
  it('are all listed in the authoring guide, each with its level, and the guide lists no other', async () => {
    const registry = Object.fromEntries(Object.entries(DIAGNOSTIC_CODES).map(([code, { level }]) => [code, level]));
    expect(Object.fromEntries(await guideCodes())).toEqual(registry);
  });

  it('are kebab-case', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
