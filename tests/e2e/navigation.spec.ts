import { expect, test } from '@playwright/test';
import {
  INCIDENT_PATH,
  allEvents,
  eventItem,
  expectParkedBelowHeader,
  incident,
  publishedIncidents,
  timeline,
  waitForHydration,
} from './support';
import { INDEX_PAGE_SIZE } from '../../lib/incidents/pagination';

test('the index lists the incident and its link opens the incident page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incident postmortems');
  await expect(page.getByRole('article')).toHaveCount(publishedIncidents.length);
  for (const published of publishedIncidents) {
    await expect(
      page.getByRole('article').getByRole('heading', { level: 2 }).getByRole('link', { name: published.title, exact: true }),
    ).toHaveAttribute('href', `/incidents/${published.slug}`);
  }

  const card = page.getByRole('article').filter({ hasText: incident.title });
  const link = card.getByRole('heading', { level: 2 }).getByRole('link');
  await expect(link).toHaveText(incident.title);
  await link.click();

  await expect(page).toHaveURL(INCIDENT_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.title);
  await expect(page).toHaveTitle(`${incident.title} · Postmortems`);
  await expect(timeline(page)).toBeVisible();
  await expect(allEvents(page)).toHaveCount(incident.timeline.length);
  await expect(allEvents(page).first()).toBeVisible();
});

test('an unknown incident address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/incidents/nope');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such page');
  await expect(page).toHaveTitle('Page not found · Postmortems');
  await page.getByRole('link', { name: 'See all incidents' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incident postmortems');
});

for (const javaScriptEnabled of [true, false]) {
  test(`a link to a later page of the index goes on to the first while every incident fits on it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    // So /page/2 is the one later page the route builds, with nothing to list.
    expect(publishedIncidents.length).toBeLessThanOrEqual(INDEX_PAGE_SIZE);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto('/page/2');
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incident postmortems');
    await page.waitForTimeout(1000);
    expect(loads).toBe(2);
    await context.close();
  });
}

test('the rest of the writeup: cause chain, factors, remediations, narrative and sources', async ({ page }) => {
  await page.goto(INCIDENT_PATH);
  await waitForHydration(page);

  const rootCause = page.locator('#root-cause');
  await expect(rootCause.getByRole('heading', { level: 2 })).toHaveText('Root cause');
  for (const cause of incident.causes) {
    await expect(rootCause.locator(`[id="${cause.id}"]`)).toContainText(cause.statement);
  }

  const factors = page.locator('#contributing-factors');
  await expect(factors.getByRole('heading', { level: 2 })).toHaveText('Contributing factors');
  await expect(factors.getByRole('listitem')).toHaveCount(incident.contributingFactors.length);

  const remediations = page.locator('#remediations');
  await expect(remediations.getByRole('heading', { level: 2 })).toHaveText('Remediations');
  const items = remediations.locator(':scope > ul > li');
  await expect(items).toHaveCount(incident.remediations.length);
  for (const [i, remediation] of incident.remediations.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(remediation.title);
    for (const term of ['Category', 'Status', 'When']) {
      await expect(item.getByRole('term').filter({ hasText: term })).toBeVisible();
    }
    // Owner and due date show only when the source gives them; never "not published".
    await expect(item.getByRole('term').filter({ hasText: 'Owner' })).toHaveCount(remediation.owner ? 1 : 0);
    await expect(item).not.toContainText('not published');
  }

  const narrative = page.locator('#narrative');
  await expect(narrative.getByRole('heading', { level: 2 })).toHaveText('Narrative');
  // The prose links to events by time; following one lands on the event.
  const toAlert = narrative.getByRole('link', { name: /Alerts fire and engineers are notified/ });
  await expect(toAlert).toHaveAttribute('href', '#alerts-fire');
  await expect(toAlert).toContainText('15:13');
  await toAlert.click();
  await expect(page).toHaveURL(`${INCIDENT_PATH}#alerts-fire`);
  const alert = eventItem(page, 'alerts-fire');
  await expect(alert).toHaveAttribute('data-highlighted', 'true');
  await expect(alert).toBeFocused();
  await expectParkedBelowHeader(page, alert);

  const sources = page.locator('#sources');
  for (const source of incident.sources) {
    await expect(sources.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
  }
});

test('the "On this page" links bring each section into view below the header', async ({ page }) => {
  await page.goto(INCIDENT_PATH);
  await waitForHydration(page);
  const nav = page.getByRole('navigation', { name: 'On this page' });
  for (const [name, id] of [
    ['Remediations', 'remediations'],
    ['Root cause', 'root-cause'],
  ] as const) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(`${INCIDENT_PATH}#${id}`);
    await expectParkedBelowHeader(page, page.locator(`section#${id}`));
  }
});

test('leaving an incident page through the site menu and coming back shows the whole writeup again', async ({ page }) => {
  // The sections reach the page once, as HTML; the router's cached payload holds only
  // their keys, so the page rebuilt by Back must take its sections from the document.
  await page.goto(INCIDENT_PATH);
  await waitForHydration(page);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Insights' }).click();
  await expect(page).toHaveURL('/insights');
  const documentRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === INCIDENT_PATH && request.headers()['rsc'] === undefined) documentRequests.push(request.url());
  });
  await page.goBack();
  await expect(page).toHaveURL(INCIDENT_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.title);
  await expect(allEvents(page)).toHaveCount(incident.timeline.length);
  for (const cause of incident.causes) await expect(page.locator(`[id="${cause.id}"]`)).toContainText(cause.statement);
  expect(documentRequests, 'one fetch of the page for all its sections').toHaveLength(1);
});

test('an incident page fetches no other page until the reader follows a link, and the site menu then moves without a reload', async ({ page }) => {
  const requests: { path: string; type: string }[] = [];
  page.on('request', (request) => requests.push({ path: new URL(request.url()).pathname, type: request.resourceType() }));
  await page.goto(INCIDENT_PATH);
  await waitForHydration(page);
  const menuLink = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Insights' });
  await menuLink.hover();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((request) => ['fetch', 'xhr'].includes(request.type))).toEqual([]);

  const loaded = requests.length;
  await menuLink.click();
  await expect(page).toHaveURL('/insights');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Insights');
  expect(requests.slice(loaded).filter((request) => request.type === 'document'), 'a move inside the app, not a page load').toEqual([]);
});

test('with JavaScript, the incident page does not say its zone and kind choices need it', async ({ page }) => {
  await page.goto(INCIDENT_PATH);
  await waitForHydration(page);
  await expect(page.getByLabel('Times in')).toBeEnabled();
  expect(await page.locator('#timeline').innerText()).not.toContain('need JavaScript');
});
