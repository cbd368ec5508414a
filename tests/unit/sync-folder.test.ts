import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncFolder } from '@/lib/files/sync-folder';

/** The generated files under public/incidents/ are rewritten only where they changed, and nothing stale is left. */
let root: string;
let folder: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'sync-folder-'));
  folder = path.join(root, 'incidents');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const everyFile = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
const longAgo = new Date('2020-01-01T00:00:00Z');
const markOld = (file: string) => utimesSync(path.join(folder, file), longAgo, longAgo);
const isOld = (file: string) => statSync(path.join(folder, file)).mtimeMs === longAgo.getTime();

describe('syncFolder', () => {
  it('writes every file into a folder that does not exist yet', async () => {
    const files = new Map([
      ['a.json', '{"a":1}'],
      ['a/events/first.html', '<p>first'],
      ['b/events/second.html', '<p>second'],
    ]);
    expect(await syncFolder(folder, files)).toEqual({ written: 3, unchanged: 0, removed: 0 });
    expect(everyFile(folder)).toEqual(['a.json', path.join('a', 'events', 'first.html'), path.join('b', 'events', 'second.html')]);
    expect(readFileSync(path.join(folder, 'a/events/first.html'), 'utf8')).toBe('<p>first');
  });

  it('leaves unchanged files untouched, rewrites changed ones and removes the rest, empty folders included', async () => {
    await syncFolder(
      folder,
      new Map([
        ['a.json', '{"a":1}'],
        ['a/events/first.html', '<p>first'],
        ['gone/events/old.html', '<p>old'],
      ]),
    );
    writeFileSync(path.join(folder, 'stray.txt'), 'not generated');
    for (const file of ['a.json', 'a/events/first.html']) markOld(file);

    const result = await syncFolder(
      folder,
      new Map([
        ['a.json', '{"a":2}'],
        ['a/events/first.html', '<p>first'],
        ['a/events/added.html', '<p>added'],
      ]),
    );
    expect(result).toEqual({ written: 2, unchanged: 1, removed: 2 });
    expect(everyFile(folder)).toEqual(['a.json', path.join('a', 'events', 'added.html'), path.join('a', 'events', 'first.html')]);
    expect(isOld('a/events/first.html')).toBe(true);
    expect(isOld('a.json')).toBe(false);
    expect(readFileSync(path.join(folder, 'a.json'), 'utf8')).toBe('{"a":2}');
    expect(existsSync(path.join(folder, 'gone'))).toBe(false);
  });

  it('empties the folder when nothing is wanted', async () => {
    mkdirSync(path.join(folder, 'x', 'events'), { recursive: true });
    writeFileSync(path.join(folder, 'x', 'events', 'e.html'), '');
    expect(await syncFolder(folder, new Map())).toEqual({ written: 0, unchanged: 0, removed: 1 });
    expect(existsSync(folder)).toBe(false);
  });
});
