import { expect, test } from '@playwright/test';
import { axeViolations, describe } from './axe';
import { INCIDENT_PATH, waitForHydration } from './support';

const pages = [
  { name: 'the index', url: '/', hydrated: false },
  { name: 'the incident page', url: INCIDENT_PATH, hydrated: true },
  // A deep link and a filter change what is drawn: highlight, pressed-off toggles, "Show all".
  { name: 'the incident page, filtered and deep-linked', url: `${INCIDENT_PATH}?kinds=alert,recovery#first-cluster-recovered`, hydrated: true },
  { name: 'the 404 page', url: '/incidents/nope', hydrated: false },
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
