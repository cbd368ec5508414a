import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onContentChange } from '@/lib/content/watch';

describe('onContentChange (the dev server\'s live reload)', () => {
  const contentDir = process.env.CONTENT_DIR;
  afterEach(() => {
    if (contentDir === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = contentDir;
    vi.restoreAllMocks();
  });

  it('tells a listener when a file in the content folder changes, until it stops listening', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'postmortem-watch-'));
    process.env.CONTENT_DIR = dir;
    const heard = vi.fn();
    const stop = onContentChange(heard);
    try {
      await writeFile(path.join(dir, 'new.mdx'), '---\n---\n');
      await vi.waitFor(() => expect(heard).toHaveBeenCalled(), { timeout: 5_000 });
    } finally {
      stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('warns, and does not throw, when the content folder cannot be watched', () => {
    process.env.CONTENT_DIR = path.join(os.tmpdir(), 'postmortem-watch-missing', 'incidents');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stop = onContentChange(() => {});
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('postmortem-watch-missing'));
    stop();
  });
});
