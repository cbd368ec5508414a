import { expect, test, type Page } from '@playwright/test';
import { chooseZone, eventItem, exactUtc, incident, INCIDENT_PATH, openEveryGroup, shownTime, shownTimes, sourceEvent, utcClock, waitForHydration, zoneSelect } from './support';

/** Events with a time of day; a date-only event shows its date in the incident's zone whatever the choice. */
const timedEvents = incident.timeline.filter((event) => event.precision !== 'day');

/** The first time of an event, as the reader sees it. */
const eventTime = shownTime;
/** The element of that time, which carries the exact instant as its hover text. */
const timeElement = (page: Page, id: string) => eventItem(page, id).locator('time').first();

async function expectEveryEventInUtc(page: Page) {
  await openEveryGroup(page);
  await expect
    .poll(async () => {
      const shown = await shownTimes(page);
      return timedEvents.filter((event) => !shown[event.id]?.endsWith(`${utcClock(event.at)} UTC`)).map((event) => event.id);
    })
    .toEqual([]);
}

/** The impact window's dates, times and length as the reader sees them (the zones not chosen are hidden). */
const windowTimes = (page: Page) => page.locator('#all-products-degraded > p').first().locator('span.text-soft');
/** The summary of the collapsed group of status updates that holds this event. */
const groupTimes = (page: Page, id: string) => page.locator('li.timeline-group').filter({ has: page.locator(`[id="${id}"]`) }).locator('summary');

test.describe('time zone', () => {
  test('events are in the incident zone, Pacific time, by default', async ({ page }) => {
    await page.goto(INCIDENT_PATH);
    await waitForHydration(page);
    // A range within one day gives its date once.
    await expect(windowTimes(page)).toHaveText('Dec 11, 15:16 PST to 19:38 PST, 4 h 22 min', { useInnerText: true });
    await expect(zoneSelect(page)).toHaveValue(incident.timeZone);
    await expect(eventTime(page, 'alerts-fire')).toHaveText('15:13 PST');
    await expect(eventTime(page, 'impact-begins')).toHaveText('15:16 PST');
    await expect(eventTime(page, 'first-cluster-recovered')).toHaveText('16:36 PST');
    await expect(eventTime(page, 'all-clusters-recovered')).toHaveText('19:38 PST');
    await expect(eventTime(page, 'api-recovery-begins')).toHaveText('≈\u202F17:40 PST');
  });

  test('choosing UTC shows every time in UTC and keeps the choice in the URL', async ({ page }) => {
    await page.goto(INCIDENT_PATH);
    await waitForHydration(page);
    const options = await zoneSelect(page).locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual([incident.timeZone, 'UTC']);

    await chooseZone(page, 'UTC');
    await expect(page).toHaveURL(`${INCIDENT_PATH}?tz=UTC`);
    await expect(eventTime(page, 'impact-begins')).toHaveText('23:16 UTC');
    await expect(eventTime(page, 'all-clusters-recovered')).toHaveText('03:38 UTC');
    await expectEveryEventInUtc(page);
    // Crossing midnight in UTC, the day is printed above the first event of Dec 12,
    // and beside the end of every range that ends on Dec 12.
    await expect(eventTime(page, 'status-update-1624')).toContainText('Dec 12');
    await expect(windowTimes(page)).toHaveText('Dec 11, 23:16 UTC to Dec 12, 03:38 UTC, 4 h 22 min', { useInnerText: true });
    await expect(groupTimes(page, 'status-update-1542')).toHaveText('4 status updates, 23:42 UTC to Dec 12, 00:24 UTC', { useInnerText: true });
    // Times outside the timeline follow too.
    await expect(
      page.locator('#narrative').getByRole('link', { name: /Alerts fire/ }).locator('[data-z]').filter({ visible: true }),
    ).toHaveText('23:13 UTC');

    // The hover text is the exact instant in UTC, whichever zone is shown.
    const impact = sourceEvent('impact-begins');
    await timeElement(page, 'impact-begins').hover();
    await expect(timeElement(page, 'impact-begins')).toHaveAttribute('title', exactUtc(impact.at));
    expect(exactUtc(impact.at)).toBe('2024-12-11 23:16:00 UTC');

    await page.reload();
    await waitForHydration(page);
    await expect(zoneSelect(page)).toHaveValue('UTC');
    await expectEveryEventInUtc(page);

    // And back to the incident zone: the parameter goes away.
    await chooseZone(page, incident.timeZone);
    await expect(page).toHaveURL(INCIDENT_PATH);
    await expect(eventTime(page, 'impact-begins')).toHaveText('15:16 PST');
  });

  test('a shared ?tz=UTC link opens in UTC', async ({ page }) => {
    await page.goto(`${INCIDENT_PATH}?tz=UTC#impact-begins`);
    await waitForHydration(page);
    await expect(zoneSelect(page)).toHaveValue('UTC');
    await expect(eventTime(page, 'impact-begins')).toHaveText('23:16 UTC');
    await expect(timeElement(page, 'alerts-fire')).toHaveAttribute('title', '2024-12-11 23:13:00 UTC');
    await expect(eventItem(page, 'impact-begins')).toHaveAttribute('data-highlighted', 'true');
  });

  test('an unknown zone in the URL falls back to the incident zone', async ({ page }) => {
    await page.goto(`${INCIDENT_PATH}?tz=Not/A_Zone`);
    await waitForHydration(page);
    await expect(zoneSelect(page)).toHaveValue(incident.timeZone);
    await expect(eventTime(page, 'impact-begins')).toHaveText('15:16 PST');
  });
});

test.describe('a reader in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('is offered their own zone on reaching for the list, and sees the next morning in it', async ({ page }) => {
    await page.goto(INCIDENT_PATH);
    await waitForHydration(page);
    const yours = zoneSelect(page).locator('option[value="Asia/Tokyo"]');
    // Looked up only then: a browser's first use of Intl costs the page's start some 20 ms.
    await expect(yours).toHaveCount(0);
    await zoneSelect(page).focus();
    await expect(yours).toHaveText(/^Local: Asia\/Tokyo \((JST|GMT\+9)\)$/);
    await chooseZone(page, 'Asia/Tokyo');
    await expect(page).toHaveURL(`${INCIDENT_PATH}?tz=Asia/Tokyo`);
    // 15:16 PST on Dec 11 is 08:16 on Dec 12 in Tokyo (UTC+9). Chromium's en-US
    // short name for Japan Standard Time is "GMT+9".
    await expect(eventTime(page, 'impact-begins')).toHaveText(/^08:16 (JST|GMT\+9)$/);
    await expect(eventTime(page, 'all-clusters-recovered')).toHaveText(/^12:38 (JST|GMT\+9)$/);
    await expect(eventTime(page, 'change-merged')).toContainText('Dec 12');
    await expect(timeElement(page, 'impact-begins')).toHaveAttribute('title', '2024-12-11 23:16:00 UTC');
  });

  test('sees a range end on its own date only where the day changes in their zone', async ({ page }) => {
    await page.goto(`${INCIDENT_PATH}?tz=Asia/Tokyo`);
    await waitForHydration(page);
    // 08:16 to 12:38 on Dec 12 in Tokyo: one day.
    await expect(windowTimes(page)).toHaveText(/^Dec 12, 08:16 (JST|GMT\+9) to 12:38 (JST|GMT\+9), 4 h 22 min$/, { useInnerText: true });
  });

  test('reads the times the narrative refers to with their date, as the prose names days in Pacific time', async ({ page }) => {
    // "At 15:12 PST" on December 11 is 08:12 on December 12 in Tokyo; in Pacific time, the prose's own day, no date.
    const deployed = page.locator('#narrative a[href="#telemetry-deployed"] time');
    await page.goto(INCIDENT_PATH);
    await waitForHydration(page);
    // Read as shown: in view, where the browser lays the narrative out.
    await deployed.scrollIntoViewIfNeeded();
    await expect(deployed).toHaveText('15:12 PST', { useInnerText: true });
    await chooseZone(page, 'Asia/Tokyo');
    await deployed.scrollIntoViewIfNeeded();
    await expect(deployed).toHaveText(/^Dec 12, 08:12 (JST|GMT\+9)$/, { useInnerText: true });
    await chooseZone(page, 'UTC');
    await deployed.scrollIntoViewIfNeeded();
    await expect(deployed).toHaveText('23:12 UTC', { useInnerText: true });
    await expect(page.locator('#narrative a[href="#all-clusters-recovered"] time')).toHaveText('Dec 12, 03:38 UTC', { useInnerText: true });
  });

  test('is offered their own zone when clicking the list, too', async ({ page }) => {
    await page.goto(INCIDENT_PATH);
    await waitForHydration(page);
    await zoneSelect(page).click();
    await expect(zoneSelect(page).locator('option[value="Asia/Tokyo"]')).toHaveText(/^Local: Asia\/Tokyo \((JST|GMT\+9)\)$/);
  });
});

test.describe('a reader in Lisbon', () => {
  test.use({ timezoneId: 'Europe/Lisbon' });

  test('sees the end of a range that crosses midnight in their zone with its date', async ({ page }) => {
    await page.goto(INCIDENT_PATH);
    await waitForHydration(page);
    await chooseZone(page, 'Europe/Lisbon');
    // Lisbon is on UTC in December (Chromium's en-US name for it: GMT+0): 23:16 on Dec 11 to 03:38 on Dec 12.
    await expect(windowTimes(page)).toHaveText(/^Dec 11, 23:16 (WET|GMT\+0) to Dec 12, 03:38 (WET|GMT\+0), 4 h 22 min$/, { useInnerText: true });
  });
});
