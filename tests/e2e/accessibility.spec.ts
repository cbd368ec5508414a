import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { INCIDENT_PATH, incident, waitForHydration } from './support';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
};

async function axeViolations(page: Page): Promise<AxeViolation[]> {
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

function describe(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `  ${JSON.stringify(node.target)}\n    ${node.failureSummary?.replaceAll('\n', '\n    ')}`).join('\n'),
    )
    .join('\n');
}

const pages = [
  { name: 'the index', url: '/', hydrated: false },
  { name: 'the incident page', url: INCIDENT_PATH, hydrated: true },
  // A deep link and a filter change what is drawn: highlight, pressed-off toggles, "Show all".
  { name: 'the incident page, filtered and deep-linked', url: `${INCIDENT_PATH}?kinds=alert,recovery#first-cluster-recovered`, hydrated: true },
  { name: 'the 404 page', url: '/incidents/nope', hydrated: false },
  // The highlight is drawn behind each kind's coloured label: every kind is checked on it.
  ...[...new Set(incident.timeline.map((event) => event.kind))].map((kind) => {
    const event = incident.timeline.find((candidate) => candidate.kind === kind)!;
    return { name: `the incident page deep-linked to a ${kind} event`, url: `${INCIDENT_PATH}#${event.id}`, hydrated: true };
  }),
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });
    for (const { name, url, hydrated } of pages) {
      test(`${name} has no violations`, async ({ page }) => {
        await page.goto(url);
        if (hydrated) await waitForHydration(page);
        if (url.includes('#')) await expect(page.locator('[data-highlighted="true"]')).toHaveCount(1);
        const violations = await axeViolations(page);
        expect(violations, describe(violations)).toEqual([]);
      });
    }
  });
}
