import { expect, test } from '@playwright/test';
import { axeViolations, describe } from './axe';
import { INCIDENT_PATH, RENDERING, incident, waitForHydration } from './support';

const pages: { name: string; url: string; hydrated: boolean; ready?: string }[] = [
  { name: 'the index', url: '/', hydrated: false },
  { name: 'the incident page', url: INCIDENT_PATH, hydrated: true },
  // A deep link and a filter change what is drawn: highlight, pressed-off toggles, "Show all".
  { name: 'the incident page, filtered and deep-linked', url: `${INCIDENT_PATH}?kinds=alert,recovery#first-cluster-recovered`, hydrated: true },
  { name: 'the 404 page', url: '/incidents/nope', hydrated: false },
  { name: 'the history of a writeup', url: `${INCIDENT_PATH}/history`, hydrated: false },
  { name: 'the follow-up backlog, filtered', url: '/follow-ups?status=planned&sort=due', hydrated: false },
  { name: 'a tag page', url: '/tags/control-plane', hydrated: false },
  { name: 'the tags', url: '/tags', hydrated: false },
  { name: 'the services', url: '/services', hydrated: false },
  { name: 'a service page', url: '/services/api', hydrated: false },
  { name: 'the insights', url: '/insights', hydrated: false },
  { name: 'the incidents of one month', url: '/insights/month/2024-12', hydrated: false },
  { name: 'the open follow-ups of one service', url: '/insights/open-follow-ups/service/api', hydrated: false },
  // Results are drawn by the search island once it has fetched them: marks and all.
  { name: 'the search results', url: '/?q=dns%20cache', hydrated: false, ready: 'main article mark' },
  // The highlight is drawn behind each kind's coloured label: every kind is checked on it.
  ...[...new Set(incident.timeline.map((event) => event.kind))].map((kind) => {
    const event = incident.timeline.find((candidate) => candidate.kind === kind)!;
    return { name: `the incident page deep-linked to a ${kind} event`, url: `${INCIDENT_PATH}#${event.id}`, hydrated: true };
  }),
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} colour scheme`, RENDERING, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });
    for (const { name, url, hydrated, ready } of pages) {
      test(`${name} has no violations`, async ({ page }) => {
        await page.goto(url);
        if (hydrated) await waitForHydration(page);
        if (ready) await expect(page.locator(ready).first()).toBeVisible();
        if (url.includes('#')) await expect(page.locator('[data-highlighted="true"]')).toHaveCount(1);
        const violations = await axeViolations(page);
        expect(violations, describe(violations)).toEqual([]);
      });
    }
  });
}
