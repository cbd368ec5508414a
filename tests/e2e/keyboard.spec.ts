import { expect, test } from '@playwright/test';
import { INCIDENT_PATH, RENDERING, eventIds, eventItem, incident, waitForHydration } from './support';

test('j and k move focus from event to event; the arrow keys do inside the timeline', async ({ page }) => {
  await page.goto(INCIDENT_PATH);
  await waitForHydration(page);
  const [first, second, third] = eventIds;

  await page.keyboard.press('j');
  await expect(eventItem(page, first!)).toBeFocused();
  await page.keyboard.press('j');
  await expect(eventItem(page, second!)).toBeFocused();
  await page.keyboard.press('j');
  await expect(eventItem(page, third!)).toBeFocused();
  await expect(eventItem(page, third!)).toBeInViewport();
  await page.keyboard.press('k');
  await expect(eventItem(page, second!)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(eventItem(page, third!)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(eventItem(page, first!)).toBeFocused();
  // k at the first event stays there.
  await page.keyboard.press('k');
  await expect(eventItem(page, first!)).toBeFocused();

  // Tab from an event goes to its heading link.
  await page.keyboard.press('Tab');
  await expect(eventItem(page, first!).getByRole('link', { name: incident.timeline[0]!.title })).toBeFocused();
});

test('j skips the events the filter hides', async ({ page }) => {
  await page.goto(`${INCIDENT_PATH}?kinds=recovery`);
  await waitForHydration(page);
  const recoveries = incident.timeline.filter((event) => event.kind === 'recovery').map((event) => event.id);
  for (const id of recoveries) {
    await page.keyboard.press('j');
    await expect(eventItem(page, id)).toBeFocused();
  }
  await page.keyboard.press('j');
  await expect(eventItem(page, recoveries.at(-1)!)).toBeFocused();
});

test('typing j in the zone menu does not move focus', async ({ page }) => {
  await page.goto(INCIDENT_PATH);
  await waitForHydration(page);
  await page.getByLabel('Times in').focus();
  await page.keyboard.press('j');
  await expect(page.getByLabel('Times in')).toBeFocused();
});

test('every event heading link is reached with Tab, in order, opening collapsed groups on the way', async ({ page }) => {
  await page.goto(INCIDENT_PATH);
  await waitForHydration(page);
  await page.keyboard.press('j');
  await expect(eventItem(page, eventIds[0]!)).toBeFocused();

  // Record every stop the Tab key makes inside the timeline.
  await page.evaluate(() => {
    const stops: { event: string; href: string | null; visible: boolean }[] = [];
    (window as unknown as { tabStops: typeof stops }).tabStops = stops;
    document.addEventListener('focusin', (focus) => {
      const element = focus.target as HTMLElement;
      const event = element.closest('li.timeline-event');
      if (event) stops.push({ event: event.id, href: element.getAttribute('href'), visible: element.checkVisibility() });
    });
  });
  // Each event has two stops, its heading link and its Copy link button; a
  // collapsed group of status updates is one stop, its summary, which Enter opens.
  let groupsOpened = 0;
  for (let i = 0; i < eventIds.length * 3; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return { inTimeline: element?.closest('ol[aria-label="Timeline events"]') != null, closedSummary: element?.matches('details:not([open]) > summary') ?? false };
    });
    if (!focused.inTimeline) break;
    if (focused.closedSummary) {
      await page.keyboard.press('Enter');
      groupsOpened++;
    }
  }

  const stops = await page.evaluate(
    () => (window as unknown as { tabStops: { event: string; href: string | null; visible: boolean }[] }).tabStops,
  );
  const headingLinks = stops.filter((stop) => stop.href === `#${stop.event}`);
  expect(headingLinks.map((stop) => stop.event)).toEqual(eventIds);
  expect(headingLinks.every((stop) => stop.visible)).toBe(true);
  expect(groupsOpened).toBeGreaterThan(0);
});

test('tabbing backwards from the end of the page, no focused element is hidden under the sticky header', async ({ page }) => {
  // A key and a read per element, a hundred elements and more: slow on a busy machine.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Positions are read right after each key: no smooth scrolling still on its way.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The shortest writeup: before the fix, six of its links stopped under the header.
  await page.goto('/incidents/2022-08-19-openai-api-load-balancer-outage');
  await waitForHydration(page);
  await page.keyboard.press('End');
  await page.locator('footer').evaluate((footer) => footer.scrollIntoView());
  // From the page's end, Shift+Tab reaches the last focusable element first.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const hidden: string[] = [];
  let visited = 0;
  for (let step = 0; step < 400; step++) {
    await page.keyboard.press('Shift+Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return undefined;
      const header = document.querySelector('body > header')!;
      if (header.contains(element)) return { inHeader: true, top: 0, under: false, text: '' };
      const top = element.getBoundingClientRect().top;
      return { inHeader: false, top, under: top < header.getBoundingClientRect().bottom, text: `${element.tagName} ${(element.textContent ?? '').slice(0, 40)}` };
    });
    if (focused === undefined) continue;
    if (focused.inHeader) break;
    visited += 1;
    if (focused.under) hidden.push(`${focused.text} at ${focused.top}`);
  }
  // The whole page was walked back, from the footer to the header.
  expect(visited).toBeGreaterThan(40);
  expect(hidden).toEqual([]);
});

test.describe('on a touch screen, which has neither keys nor hover', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 900 } });

  test('the timeline offers no key or hover hint, and still says what T+ counts from', RENDERING, async ({ page }) => {
    await page.goto(INCIDENT_PATH);
    await expect(page.getByText('T+ counts from the start of customer impact.')).toBeVisible();
    await expect(page.getByText(/to move between events/)).toBeHidden();
    await expect(page.getByText(/Hover a time/)).toBeHidden();
  });
});

test('with a mouse, the timeline says which keys move between events and what hovering a time shows', RENDERING, async ({ page }) => {
  await page.goto(INCIDENT_PATH);
  await expect(page.getByText(/to move between events/)).toBeVisible();
  await expect(page.getByText(/Hover a time for its exact UTC instant/)).toBeVisible();
});
