import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIncidentFile } from '@/lib/content/load';
import { readmeBlocks } from '../readme-blocks';
import { root, runScript, SCRIPT_TIMEOUT_MS } from './support/run-script';

const GUIDE = 'content/README.md';
const guide = readFileSync(path.join(root, GUIDE), 'utf8');
const workedExample = readmeBlocks('mdx', GUIDE).find((block) => block.includes('title: "Checkout errors after a payment-gateway config push"'))!;
const fileName = /Save it as\s+`content\/incidents\/([^`]+\.mdx)`/.exec(guide)![1]!;

describe("the authoring guide's worked example", { timeout: SCRIPT_TIMEOUT_MS }, () => {
  it('passes npm run check -- --strict under the name the guide gives it, as the guide says', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'worked-example-'));
    try {
      const file = path.join(dir, fileName);
      await writeFile(file, workedExample);
      const check = runScript('check-content.ts', ['--strict', file], { CONTENT_DIR: dir });
      expect(check.stderr).toBe('');
      expect(check.stdout.trim()).toMatch(new RegExp(`^\\S*${fileName.replaceAll('.', '\\.')}: no problems \\(1 incident\\(s\\) loaded\\)$`));
      expect(check.status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('has the figures the guide says the page will show', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'worked-example-'));
    try {
      const file = path.join(dir, fileName);
      await writeFile(file, workedExample);
      const result = await loadIncidentFile(file);
      if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
      const minutes = (ms: number | undefined) => (ms === undefined ? undefined : ms / 60_000);
      const { metrics } = result.incident;
      const said = /customer impact (\d+) min[\s\S]*?trigger to alert (\d+) min[\s\S]*?time to detect (\d+) min[\s\S]*?time to\s+mitigate (\d+) min[\s\S]*?time to resolve\s+(\d+) min/.exec(guide);
      expect(said).not.toBeNull();
      expect([metrics.customerImpactMs, metrics.triggerToAlertMs, metrics.timeToDetectMs, metrics.timeToMitigateMs, metrics.timeToResolveMs].map(minutes)).toEqual(said!.slice(1).map(Number));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the output the guides show', { timeout: SCRIPT_TIMEOUT_MS }, () => {
  it('is what npm run check prints for a file with those two mistakes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'guide-output-'));
    try {
      // The fixture with a time written without its offset, and a component the page does not know at line 36.
      const text = `${readFileSync(path.join(root, 'tests/fixtures/invalid/time-without-offset.mdx'), 'utf8')}\n<Chart data="errors" />\n`;
      await writeFile(path.join(dir, 'x.mdx'), text);
      const check = runScript('check-content.ts', [], { CONTENT_DIR: dir });
      expect(check.status).toBe(1);
      const printed = check.stderr.trim().replaceAll(`${path.relative(root, dir)}/`, 'content/incidents/');
      const shownInGuide = readmeBlocks('text', GUIDE).find((block) => block.includes('error[unknown-component]'))!;
      expect(printed).toBe(shownInGuide.trimEnd());
      // The README shows the first of those lines, in a list item's code block.
      const shownInReadme = readFileSync(path.join(root, 'README.md'), 'utf8').split('\n').find((line) => line.includes('x.mdx:21:9'))!;
      expect(printed.split('\n')).toContain(shownInReadme.trim());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
