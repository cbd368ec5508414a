import { expect, test, type Page } from '@playwright/test';
import { INCIDENT_PATH, collectErrors, eventItem, incident, publishedIncidents } from './support';

const cards = (page: Page) => page.getByRole('article').filter({ visible: true });
const titlesOf = (incidents: typeof publishedIncidents) => incidents.map((incident) => incident.title);

async function openIndex(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByLabel('Search', { exact: true })).toBeEnabled();
}

const searchBox = (page: Page) => page.getByLabel('Search', { exact: true });
const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

/**
 * A word of one incident's narrative that nothing else in the library starts
 * like (no title, event, cause or other incident shares its first five
 * letters), read from the content files, so neither stemming nor prefix
 * matching can find it anywhere else.
 */
function narrativeOnlyWord(): { slug: string; word: string } {
  for (const incident of publishedIncidents) {
    const elsewhere = publishedIncidents.flatMap((other) => {
      const { body, ...frontmatter } = other;
      return [...wordsOf(JSON.stringify(frontmatter)), ...(other === incident ? [] : wordsOf(body))];
    });
    const prefixes = new Set(elsewhere.map((word) => word.slice(0, 5)));
    const word = [...new Set(wordsOf(incident.body.replace(/<[^>]*>/g, ' ')))]
      .sort()
      .find((candidate) => candidate.length >= 7 && !prefixes.has(candidate.slice(0, 5)));
    if (word) return { slug: incident.slug, word };
  }
  throw new Error('no word appears only in one narrative');
}

test('typing in the search narrows the list as you type and keeps the query in the URL', async ({ page }) => {
  await openIndex(page);
  await expect(cards(page)).toHaveCount(publishedIncidents.length);

  // "telemetry" is in the December 11 incident only.
  await searchBox(page).fill('telemetry');
  await expect(page.getByRole('status')).toHaveText(`1 of ${publishedIncidents.length} incidents match, best match first.`);
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).getByRole('heading')).toHaveText(titlesOf(publishedIncidents.filter((i) => /telemetry/i.test(i.title))));
  await expect(page).toHaveURL(/\?q=telemetry$/);

  await searchBox(page).fill('zebra crossing');
  await expect(page.getByRole('status')).toContainText('No incident matches');
  await expect(cards(page)).toHaveCount(0);

  await searchBox(page).fill('');
  await expect(cards(page)).toHaveCount(publishedIncidents.length);
  await expect(page).toHaveURL(/\/$/);
});

test('a word no incident has finds nothing, though Pagefind alone would match a shorter word ("overdue" as "over")', async ({ page }) => {
  const text = publishedIncidents.map(({ body, ...frontmatter }) => `${body} ${JSON.stringify(frontmatter)}`).join(' ');
  // "overdu" is the stem of "overdue"; "over" is what Pagefind backs off to.
  expect(text).not.toMatch(/\boverdu/i);
  expect(text).toMatch(/\bover\b/i);

  await openIndex(page, '?q=overdue');
  await expect(page.getByRole('status')).toHaveText('No incident has a word beginning with “overdue”. Try fewer words or another filter.');
  await expect(cards(page)).toHaveCount(0);

  await searchBox(page).fill('dns overdue');
  await expect(page.getByRole('status')).toHaveText('No incident has a word beginning with “overdue”. Try fewer words or another filter.');

  // A stemmed match is still a match: "expired" finds "expire".
  await searchBox(page).fill('expired');
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^[1-9] of ${publishedIncidents.length} incidents match`));
  await expect(cards(page).first().locator('mark').first()).toHaveText(/^expire/i);
});

test('a tag is found as written and word by word, on the incidents that carry it', async ({ page }) => {
  type Tagged = { tags?: string[]; contributingFactors?: { tags?: string[] }[] };
  const tagsOf = (incident: Tagged) => [...(incident.tags ?? []), ...(incident.contributingFactors ?? []).flatMap((factor) => factor.tags ?? [])];
  const carrying = publishedIncidents.filter((incident) => tagsOf(incident as Tagged).includes('thundering-herd'));
  expect(carrying.length).toBeGreaterThan(0);
  // Only the tag says it: the words are nowhere else in the library.
  const text = publishedIncidents.map(({ body, ...frontmatter }) => `${body} ${JSON.stringify(frontmatter)}`).join(' ').replaceAll('thundering-herd', '');
  expect(text).not.toMatch(/thunder/i);

  await openIndex(page);
  for (const query of ['thundering', 'thundering herd', 'thundering-herd']) {
    // Back to the whole list first, so that each query's results are its own, not the last query's left on screen.
    await searchBox(page).fill('');
    await expect(cards(page)).toHaveCount(publishedIncidents.length);
    await searchBox(page).fill(query);
    await expect(page.getByRole('status'), query).toHaveText(`${carrying.length} of ${publishedIncidents.length} incidents match, best match first.`);
    // The count is known before each result's text has arrived.
    await expect.poll(async () => (await cards(page).getByRole('heading').allInnerTexts()).sort(), { message: query }).toEqual(titlesOf(carrying).sort());
  }
});

test('a reader typing at an ordinary pace, 150 ms a key, searches once, for the word typed', async ({ page }) => {
  // Pagefind's module, served wrapped so that the page records every search it asks for.
  await page.route((url) => url.pathname === '/pagefind/pagefind.js' && url.search === '', async (route) => {
    await route.fulfill({
      contentType: 'text/javascript',
      body:
        "import * as pagefind from '/pagefind/pagefind.js?unwrapped';" +
        'export const options = pagefind.options, init = pagefind.init;' +
        'export function search(term, options) { (window.searchedTerms ??= []).push(term); return pagefind.search(term, options); }',
    });
  });
  await page.route((url) => url.pathname === '/pagefind/pagefind.js' && url.search === '?unwrapped', async (route) => route.fulfill({ response: await route.fetch({ url: route.request().url().replace('?unwrapped', '') }) }));
  await page.clock.install();
  await openIndex(page);
  // The page's time stands still but for runFor: a busy machine's slowness is no pause in typing.
  await page.clock.pauseAt(Date.now() + 60_000);
  await searchBox(page).click();
  let typed = '';
  for (const key of 'telemetry') {
    await searchBox(page).press(key);
    typed += key;
    await expect(page).toHaveURL(new RegExp(`\\?q=${typed}$`));
    await page.clock.runFor(150);
  }
  await page.clock.runFor(300);
  await expect(page.getByRole('status')).toHaveText(`1 of ${publishedIncidents.length} incidents match, best match first.`);
  expect(await page.evaluate(() => (window as unknown as { searchedTerms: string[] }).searchedTerms)).toEqual(['telemetry']);
});

test('a search for an event title lands on that event', async ({ page }) => {
  const event = incident.timeline.find((candidate) => candidate.id === 'first-cluster-recovered')!;
  await openIndex(page);
  await searchBox(page).fill(event.title);
  // Other incidents may share its words; the best match comes first, naming the event.
  const best = cards(page).first();
  await expect(best.getByRole('heading')).toHaveText(incident.title);
  await expect(best).toContainText(event.title);
  await best.getByRole('link', { name: incident.title }).click();
  await expect(page).toHaveURL(`${INCIDENT_PATH}#${event.id}`);
  await expect(eventItem(page, event.id)).toHaveAttribute('data-highlighted', 'true');
  await expect(eventItem(page, event.id)).toBeInViewport();
});

test('a search for a word only the narrative has lands on that incident, in its narrative', async ({ page }) => {
  const { slug, word } = narrativeOnlyWord();
  await openIndex(page);
  await searchBox(page).fill(word);
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).locator('mark').first()).toHaveText(new RegExp(`^${word}$`, 'i'));
  await cards(page).getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${slug}#[a-z0-9-]+$`));
  const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  expect(await target.evaluate((element) => element.closest('section#narrative') !== null)).toBe(true);
  await expect(target).toBeInViewport();
});

test('searching loads Pagefind without breaking the Content-Security-Policy', async ({ page }) => {
  const errors = collectErrors(page);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await openIndex(page);
  await searchBox(page).fill('kubernetes api');
  await expect(page.getByRole('status')).toContainText('match');
  await expect(cards(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
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
  // Filters alone match nothing: there are no words to take away.
  await expect(page.getByRole('status')).toHaveText('No incident matches. Try other filters.');
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

test('/services lists every service with how many incidents affected it, each leading to its page and back', async ({ page }) => {
  const counts = new Map<string, number>();
  for (const incident of publishedIncidents) for (const name of incident.services) counts.set(name, (counts.get(name) ?? 0) + 1);
  await page.goto('/services');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Services');
  await expect(page.getByRole('list').getByRole('link')).toHaveCount(counts.size);
  for (const [name, count] of counts) {
    await expect(page.getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`) })).toHaveText(`${name} (${count} ${count === 1 ? 'incident' : 'incidents'})`);
  }
  await page.getByRole('link', { name: /^Sora \(/ }).click();
  await expect(page).toHaveURL('/services/sora');
  await expect(page.getByRole('article')).toHaveCount(counts.get('Sora')!);
  await page.getByRole('link', { name: 'All services' }).click();
  await expect(page).toHaveURL('/services');
});

test('each service has a page listing its incidents, reached from an incident card, and leading to its figures and open follow-ups', async ({ page }) => {
  await page.goto('/');
  const api = publishedIncidents.filter((incident) => incident.services.includes('API'));
  await page.getByRole('article').first().getByRole('link', { name: 'API', exact: true }).click();
  await expect(page).toHaveURL('/services/api');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API');
  await expect(page.getByRole('article')).toHaveCount(api.length);

  await page.getByRole('link', { name: 'Its figures' }).click();
  await expect(page).toHaveURL('/insights/service/api');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incidents that affected API');
  await page.goBack();
  await page.getByRole('link', { name: 'its open follow-ups' }).click();
  await expect(page).toHaveURL('/insights/open-follow-ups/service/api');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('API');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the index lists every published incident, with the search disabled rather than broken', async ({ page }) => {
    await page.goto('/?q=telemetry');
    await expect(page.getByRole('article')).toHaveCount(publishedIncidents.length);
    await expect(page.getByLabel('Search', { exact: true })).toBeDisabled();
  });
});

test('with JavaScript, the index neither says its search needs it nor shows it disabled', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(search).toBeEnabled();
  expect(await page.locator('main').innerText()).not.toContain('need JavaScript');
  expect(await search.evaluate((input) => Number(getComputedStyle(input).opacity))).toBe(1);
});
