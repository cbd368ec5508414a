import { expect, test, type Page } from '@playwright/test';
import { publishedIncidents } from './support';

const cards = (page: Page) => page.getByRole('article').filter({ visible: true });
const titlesOf = (incidents: typeof publishedIncidents) => incidents.map((incident) => incident.title);

async function openIndex(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByLabel('Search', { exact: true })).toBeEnabled();
}

test('typing in the search narrows the list as you type and keeps the query in the URL', async ({ page }) => {
  await openIndex(page);
  await expect(cards(page)).toHaveCount(publishedIncidents.length);

  // "telemetry" is in the December 11 title only; "first cluster recovered" only in one of its event titles.
  await page.getByLabel('Search', { exact: true }).fill('telemetry');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).getByRole('heading')).toHaveText(titlesOf(publishedIncidents.filter((i) => /telemetry/i.test(i.title))));
  await expect(page).toHaveURL(/\?q=telemetry$/);
  await expect(page.getByRole('status')).toHaveText(`1 of ${publishedIncidents.length} incidents match, newest first.`);

  await page.getByLabel('Search', { exact: true }).fill('first cluster recovered');
  await expect(cards(page)).toHaveCount(1);

  await page.getByLabel('Search', { exact: true }).fill('zebra crossing');
  await expect(cards(page)).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('No incident matches');

  await page.getByLabel('Search', { exact: true }).fill('');
  await expect(cards(page)).toHaveCount(publishedIncidents.length);
  await expect(page).toHaveURL(/\/$/);
});

test('filters by severity, service and year combine, and a shared link restores them', async ({ page }) => {
  await openIndex(page);
  const sev2 = publishedIncidents.filter((incident) => incident.severity === 'sev2');
  await page.getByLabel('Severity', { exact: true }).selectOption('sev2');
  await expect(cards(page)).toHaveCount(sev2.length);
  await expect(page).toHaveURL(/severity=sev2/);

  await page.getByLabel('Severity', { exact: true }).selectOption('');
  await page.getByLabel('Service', { exact: true }).selectOption({ label: 'Sora' });
  const sora = publishedIncidents.filter((incident) => incident.services.includes('Sora'));
  await expect(cards(page)).toHaveCount(sora.length);

  await page.getByLabel('Year', { exact: true }).selectOption('2022');
  await expect(cards(page)).toHaveCount(0);
  await page.getByLabel('Year', { exact: true }).selectOption('2024');
  await expect(cards(page)).toHaveCount(sora.length);
  const shared = page.url();
  expect(shared).toMatch(/service=sora&year=2024|year=2024.*service=sora/);

  const other = await page.context().newPage();
  await openIndex(other, new URL(shared).search);
  await expect(other.getByLabel('Service', { exact: true })).toHaveValue('sora');
  await expect(other.getByLabel('Year', { exact: true })).toHaveValue('2024');
  await expect(cards(other)).toHaveCount(sora.length);
});

test('each service has a page listing its incidents, reached from an incident card', async ({ page }) => {
  await page.goto('/');
  const api = publishedIncidents.filter((incident) => incident.services.includes('API'));
  await page.getByRole('article').first().getByRole('link', { name: 'API', exact: true }).click();
  await expect(page).toHaveURL('/services/api');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API');
  await expect(page.getByRole('article')).toHaveCount(api.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the index lists every published incident, with the search disabled rather than broken', async ({ page }) => {
    await page.goto('/?q=telemetry');
    await expect(page.getByRole('article')).toHaveCount(publishedIncidents.length);
    await expect(page.getByLabel('Search', { exact: true })).toBeDisabled();
  });
});
