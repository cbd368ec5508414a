import { expect, test, type Page } from '@playwright/test';
import { INCIDENT_PATH, allEvents, countOfKind, dayIn, expectShownEvents, incident, waitForHydration } from './support';

const kindsIn = (url: string) => new URL(url).searchParams.get('kinds')?.split(',').sort();
/** The overview strip's marks, one per event or run of events. */
const stripMarks = (page: Page) => page.locator('.strip .tl-mark');

test('hiding communication events hides them, the URL keeps the filter, and "Show all" restores them', async ({
  page,
  browser,
}) => {
  const total = incident.timeline.length;
  const communications = countOfKind('communication');
  expect(communications).toBeGreaterThan(0);

  await page.goto(INCIDENT_PATH);
  await waitForHydration(page);
  await expectShownEvents(page, total);
  const filters = page.getByRole('group', { name: 'Show events of kind' });
  const toggle = filters.getByRole('button', { name: `Communication ${communications}`, exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const communicationMarks = stripMarks(page).and(page.locator('[data-kind="communication"]'));
  const markCount = await communicationMarks.count();
  expect(markCount).toBeGreaterThan(0);
  await expect(communicationMarks.filter({ visible: true })).toHaveCount(markCount);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expectShownEvents(page, total - communications);
  await expect(allEvents(page).and(page.locator('[data-kind="communication"]')).filter({ visible: true })).toHaveCount(0);
  // The overview strip drops their marks too: a mark links to its event.
  await expect(communicationMarks.filter({ visible: true })).toHaveCount(0);

  const otherKinds = [...new Set(incident.timeline.map((event) => event.kind))].filter((kind) => kind !== 'communication').sort();
  await expect.poll(() => kindsIn(page.url())).toEqual(otherKinds);
  const filteredUrl = page.url();

  // The same address in a fresh browser context opens with the same filter.
  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(filteredUrl);
    await waitForHydration(other);
    await expect(
      other.getByRole('group', { name: 'Show events of kind' }).getByRole('button', { name: `Communication ${communications}` }),
    ).toHaveAttribute('aria-pressed', 'false');
    await expectShownEvents(other, total - communications);
  } finally {
    await fresh.close();
  }

  await filters.getByRole('button', { name: 'Show all' }).click();
  await expectShownEvents(page, total);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(INCIDENT_PATH);
  await expect(filters.getByRole('button', { name: 'Show all' })).toHaveCount(0);
  await expect(communicationMarks.filter({ visible: true })).toHaveCount(markCount);
});

test('a link with ?kinds=alert shows only the alert events', async ({ page }) => {
  await page.goto(`${INCIDENT_PATH}?kinds=alert`);
  await waitForHydration(page);
  const alerts = incident.timeline.filter((event) => event.kind === 'alert');
  await expectShownEvents(page, alerts.length);
  for (const alert of alerts) await expect(page.locator(`li[id="${alert.id}"]`)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Alert \d+$/ })).toHaveAttribute('aria-pressed', 'true');
  const alertMarks = await stripMarks(page).and(page.locator('[data-kind="alert"]')).count();
  expect(alertMarks).toBeGreaterThan(0);
  await expect(stripMarks(page).filter({ visible: true })).toHaveCount(alertMarks);
  await expect(page.getByRole('button', { name: /^Change \d+$/ })).toHaveAttribute('aria-pressed', 'false');
});

test('turning every kind off but one, then that one too, shows all again', async ({ page }) => {
  await page.goto(`${INCIDENT_PATH}?kinds=alert`);
  await waitForHydration(page);
  await page.getByRole('button', { name: /^Alert \d+$/ }).click();
  // An empty filter would show nothing: it means "all" instead.
  await expectShownEvents(page, incident.timeline.length);
  await expect(page).toHaveURL(INCIDENT_PATH);
});

test('a filtered list does not say how long after the event before an event came, since that event may be hidden', async ({ page }) => {
  // August 16, 2024: "44 min later" and "39 min later" count from the end of one wave to the next event.
  const gaps = page.locator('.timeline-event .tl-gap').filter({ visible: true });
  await page.goto('/incidents/2024-08-16-openai-chatgpt-api-elevated-errors');
  await waitForHydration(page);
  await expect(gaps).not.toHaveCount(0);
  await page.goto('/incidents/2024-08-16-openai-chatgpt-api-elevated-errors?kinds=recovery');
  await waitForHydration(page);
  await expect(allEvents(page).filter({ visible: true })).toHaveCount(2);
  await expect(gaps).toHaveCount(0);
});

/** The date shown above each event the filter shows ('' for none), in the zone shown. */
const shownDates = (page: Page) =>
  page
    .locator('.timeline-events .timeline-event')
    .evaluateAll((events) =>
      events.filter((event) => event.checkVisibility()).map((event) => [...event.querySelectorAll('.tl-when time b')].find((b) => b.checkVisibility())?.textContent ?? ''),
    );

test('when the filter hides the first event of a day, the first one it shows carries the date, in every zone, and printing or lifting the filter takes it away', async ({
  page,
}) => {
  // December 11: no day opens with a recovery, in any of these zones.
  const recoveries = incident.timeline.filter((event) => event.kind === 'recovery');
  for (const timeZone of [incident.timeZone, 'UTC', 'Asia/Tokyo']) {
    await page.goto(`${INCIDENT_PATH}?kinds=recovery${timeZone === incident.timeZone ? '' : `&tz=${timeZone}`}`);
    await waitForHydration(page);
    const days = recoveries.map((event) => dayIn(event.at, timeZone));
    await expect.poll(() => shownDates(page)).toEqual(days.map((day, i) => (day === days[i - 1] ? '' : day)));
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-shown-day]').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('[data-shown-day]')).toHaveCount(0);
  await expect.poll(async () => (await shownDates(page)).filter(Boolean)).toEqual([dayIn(incident.timeline.find((event) => !event.precision)!.at, 'Asia/Tokyo')]);
});
