import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// Tests never write into the project's compile cache: each test file gets a folder of its own, removed after it.
const folder = mkdtempSync(path.join(tmpdir(), 'mdx-cache-test-'));
process.env.MDX_CACHE_DIR = folder;
afterAll(() => rmSync(folder, { recursive: true, force: true }));
