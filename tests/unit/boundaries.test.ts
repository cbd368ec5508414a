import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The layer rules of scripts/eslint.config.mjs, run by ESLint itself on small files that exist only here. */
let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: 'scripts/eslint.config.mjs' });
  // Loading the config and its plugins takes a while on a busy machine; the tests then take ms.
  await eslint.lintText('export {};\n', { filePath: 'lib/warm-up.ts' });
}, 120_000);

async function problems(filePath: string, code: string): Promise<{ rule: string | null; line: number; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.severity === 2).map((message) => ({ rule: message.ruleId, line: message.line, message: message.message }));
}

const CLIENT_RULE = 'layers/client-imports';
const FOLDER_RULE = 'no-restricted-imports';

describe('lib/ is plain TypeScript', () => {
  it.each([
    ["import { useState } from 'react';", 'no React or Next'],
    ["import { notFound } from 'next/navigation';", 'no React or Next'],
    ["import { DraftBadge } from '@/components/ui/DraftBadge';", 'must not import components/'],
    ["import { DraftBadge } from '../../components/ui/DraftBadge';", 'must not import components/'],
  ])('rejects %s', async (line, reason) => {
    const found = await problems('lib/incidents/sample.ts', `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`);
    expect(found).toEqual([expect.objectContaining({ rule: FOLDER_RULE, line: 1, message: expect.stringContaining(reason) })]);
  });
});

describe('components/ never reads files', () => {
  it.each([
    "import { readFileSync } from 'node:fs';",
    "import { readFileSync } from 'fs';",
    "import { getIncident } from '@/lib/content/load';",
  ])('rejects %s in a server component', async (line) => {
    const found = await problems('components/incident/Sample.tsx', `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`);
    expect(found).toEqual([expect.objectContaining({ rule: FOLDER_RULE, line: 1, message: expect.stringContaining('never reads files') })]);
  });
});

describe('every link goes through PageLink, which does not prefetch', () => {
  const line = "import Link from 'next/link';\nexport const used = [Link];\n";

  it.each(['app/insights/sample.tsx', 'components/insights/Sample.tsx'])('rejects next/link in %s', async (filePath) => {
    expect(await problems(filePath, line)).toEqual([expect.objectContaining({ rule: FOLDER_RULE, line: 1, message: expect.stringContaining('PageLink') })]);
  });

  it('lets PageLink itself use it, and still keeps it from reading files', async () => {
    expect(await problems('components/ui/PageLink.tsx', line)).toEqual([]);
    const reading = "import { readFileSync } from 'node:fs';\nexport const used = [readFileSync];\n";
    expect(await problems('components/ui/PageLink.tsx', reading)).toEqual([
      expect.objectContaining({ rule: FOLDER_RULE, line: 1, message: expect.stringContaining('never reads files') }),
    ]);
  });
});

describe("a 'use client' file runs in the browser", () => {
  it.each([
    ["import { createHash } from 'node:crypto';", 'no Node modules'],
    ["import { join } from 'path';", 'no Node modules'],
    ["import { getIncident } from '../../lib/content/load';", 'server only'],
    ["import { compileBody } from '@/lib/content/compile-mdx';", 'server only'],
    ["import { syncFolder } from '@/lib/files/sync-folder';", 'server only'],
  ])('rejects %s', async (line, reason) => {
    const found = await problems('app/incidents/[slug]/sample.tsx', `'use client';\n\n${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`);
    expect(found).toEqual([expect.objectContaining({ rule: CLIENT_RULE, line: 3, message: expect.stringContaining(reason) })]);
  });

  it('is told apart by its directive: the same import passes in a server file', async () => {
    expect(await problems('app/incidents/[slug]/sample.tsx', "import { getIncident } from '@/lib/content/load';\nexport const used = [getIncident];\n")).toEqual([]);
  });
});

describe('files that keep to their layer', () => {
  it('pass', async () => {
    expect(
      await problems(
        'lib/incidents/sample.ts',
        "import { z } from 'zod';\nimport { readFileSync } from 'node:fs';\nimport { formatClock } from '../time/format';\nexport const used = [z, readFileSync, formatClock];\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'components/timeline/Sample.tsx',
        "'use client';\n\nimport { useState } from 'react';\nimport type { Incident } from '@/lib/content/load';\nimport { formatClock } from '@/lib/time/format';\nimport { DraftBadge } from '../ui/DraftBadge';\nexport const used: unknown[] = [useState, formatClock, DraftBadge];\nexport type Shown = Incident;\n",
      ),
    ).toEqual([]);
  });
});
