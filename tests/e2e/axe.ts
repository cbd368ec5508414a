import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
};

/** Runs axe-core on the page once everything it holds is elements. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // What the page writes as text first (components/ui/deferred-html.ts) is shown when the browser is first idle: axe looks at it too.
  await page.waitForFunction(() => matchMedia('(scripting: none)').matches || document.querySelector('[data-deferred]') === null);
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  });
}

/** The violations, one readable paragraph each, for an assertion message. */
export function describe(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `  ${JSON.stringify(node.target)}\n    ${node.failureSummary?.replaceAll('\n', '\n    ')}`).join('\n'),
    )
    .join('\n');
}

