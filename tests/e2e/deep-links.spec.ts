import { expect, test } from '@playwright/test';
import {
  INCIDENT_PATH,
  allEvents,
  collectErrors,
  eventItem,
  expectParkedBelowHeader,
  expectShownEvents,
  expectStaysParkedBelowHeader,
  incident,
  neverIdle,
  shownTime,
  sourceEvent,
  waitForHydration,
} from './support';

test('a link to an event scrolls it below the header, highlights and focuses it; history moves the highlight', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(`${INCIDENT_PATH}#first-cluster-recovered`);
  const first = eventItem(page, 'first-cluster-recovered');
  await expect(first).toHaveAttribute('data-highlighted', 'true');
  await expect(first).toBeFocused();
  await expectParkedBelowHeader(page, first);
  // Only the linked event is highlighted.
  await expect(allEvents(page).and(page.locator('[data-highlighted]'))).toHaveCount(1);

  // Following another event's heading link moves the highlight there.
  const alertTitle = sourceEvent('alerts-fire').title;
  await eventItem(page, 'alerts-fire').getByRole('link', { name: alertTitle }).click();
  await expect(page).toHaveURL(`${INCIDENT_PATH}#alerts-fire`);
  const alert = eventItem(page, 'alerts-fire');
  await expect(alert).toHaveAttribute('data-highlighted', 'true');
  await expect(first).not.toHaveAttribute('data-highlighted');
  await expect(alert).toBeFocused();
  await expectParkedBelowHeader(page, alert);

  // Back returns to the first event, forward to the second.
  await page.goBack();
  await expect(page).toHaveURL(`${INCIDENT_PATH}#first-cluster-recovered`);
  await expect(first).toHaveAttribute('data-highlighted', 'true');
  await expect(alert).not.toHaveAttribute('data-highlighted');
  await expect(first).toBeFocused();
  await expectParkedBelowHeader(page, first);

  await page.goForward();
  await expect(page).toHaveURL(`${INCIDENT_PATH}#alerts-fire`);
  await expect(alert).toHaveAttribute('data-highlighted', 'true');
  await expect(first).not.toHaveAttribute('data-highlighted');
  await expectParkedBelowHeader(page, alert);

  expect(errors).toEqual([]);
});

test('a link to an event the saved filter hides shows every kind again', async ({ page }) => {
  await page.goto(`${INCIDENT_PATH}?kinds=alert#first-cluster-recovered`);
  const recovered = eventItem(page, 'first-cluster-recovered');
  await expect(recovered).toHaveAttribute('data-highlighted', 'true');
  await expect(recovered).toBeVisible();
  await expectShownEvents(page, incident.timeline.length);
  await expect(page).not.toHaveURL(/kinds=/);
});

for (const hash of ['#does-not-exist', '#%E0%A4', '#root-cause']) {
  test(`a hash that names no event (${hash}) leaves the page working`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`${INCIDENT_PATH}${hash}`);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.title);
    await expectShownEvents(page, incident.timeline.length);
    await expect(allEvents(page).and(page.locator('[data-highlighted]'))).toHaveCount(0);
    // Still interactive: the keyboard shortcut reaches the first event.
    await page.keyboard.press('j');
    await expect(eventItem(page, incident.timeline[0]!.id)).toBeFocused();
    expect(errors).toEqual([]);
  });
}

test('with an event in the URL, changing the zone or the filter leaves the reader where they are', async ({ page }) => {
  await page.goto(`${INCIDENT_PATH}#first-cluster-recovered`);
  await expect(eventItem(page, 'first-cluster-recovered')).toBeFocused();
  await expectParkedBelowHeader(page, eventItem(page, 'first-cluster-recovered'));

  // The reader goes back up to the controls and changes the zone…
  const select = page.getByLabel('Times in');
  await select.focus();
  await select.scrollIntoViewIfNeeded();
  await select.selectOption('UTC');
  await expect(shownTime(page, 'first-cluster-recovered')).toHaveText('00:36 UTC');
  await expect(select).toBeFocused();
  await expect(select).toBeInViewport();

  // …and hides a kind of event.
  const toggle = page.getByRole('button', { name: /^Communication \d+$/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toBeFocused();
  await expect(toggle).toBeInViewport();
  // The linked event stays highlighted.
  await expect(eventItem(page, 'first-cluster-recovered')).toHaveAttribute('data-highlighted', 'true');
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('the sections below the timeline are skipped while off screen, and a link into one still opens on its target and stays', async ({ page }) => {
      await page.goto(INCIDENT_PATH);
      const remediations = page.locator('section#remediations');
      expect(await remediations.evaluate((section) => getComputedStyle(section).contentVisibility)).toBe('auto');

      await page.goto(`${INCIDENT_PATH}#phased-rollouts`);
      const card = page.locator('[id="phased-rollouts"]');
      await expect(card).toContainText('Robust phased rollouts');
      // Laid out in full above the target, so the jump lands and the page does not move under the reader.
      expect(await remediations.evaluate((section) => getComputedStyle(section).contentVisibility)).toBe('visible');
      await expectStaysParkedBelowHeader(page, card);
    });
  });
}

test.describe('the timeline\'s events and the sections below it, written as text until the browser is first idle', () => {
  test('become elements by themselves, without the reader doing anything', async ({ page, request }) => {
    const html = await (await request.get(INCIDENT_PATH)).text();
    expect(html).toContain('<li class="tl-chunk" data-deferred><noscript><ol><li id="');
    expect(html).toContain('<div class="deferred-sections" data-deferred><noscript><section id="root-cause"');
    await page.goto(INCIDENT_PATH);
    await expect(page.locator('[data-deferred]')).toHaveCount(0);
    await expect(allEvents(page)).toHaveCount(incident.timeline.length);
    await expect(page.locator('section#remediations [id="phased-rollouts"]')).toContainText('Robust phased rollouts');
    // No deferred part is left as text (the zone list's own <noscript> note stays).
    expect(await page.locator('[data-incident-view] :is(.tl-chunk, .deferred-sections) noscript').count()).toBe(0);
  });

  test('appear when the page\'s scripts never run, 5 s after the page has loaded', async ({ page }) => {
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto(INCIDENT_PATH);
    await expect(page.locator('[data-deferred]')).toHaveCount(0, { timeout: 10_000 });
    await expect(allEvents(page)).toHaveCount(incident.timeline.length);
    await expect(page.locator('section#remediations [id="phased-rollouts"]')).toContainText('Robust phased rollouts');
    expect(await page.locator('[data-incident-view][data-ready]').count()).toBe(0);
  });

  test.describe('while the browser is never idle', () => {
    // Only what needs them turns them into elements.
    test.beforeEach(async ({ page }) => {
      await neverIdle(page);
    });

    test('a link to an event, opened afresh, lands on it as the page loads, marked :target by the browser and highlighted', async ({ page }) => {
      await page.goto(`${INCIDENT_PATH}#first-cluster-recovered`);
      const event = eventItem(page, 'first-cluster-recovered');
      expect(await event.evaluate((element) => element.matches(':target'))).toBe(true);
      await expect(event).toHaveAttribute('data-highlighted', 'true');
      await expectStaysParkedBelowHeader(page, event);
      // The sections below the list stay text: nothing needed them.
      await expect(page.locator('.deferred-sections[data-deferred]')).toHaveCount(1);
    });

    test('a link into them, opened afresh, lands on its target as the page loads, marked :target by the browser', async ({ page }) => {
      await page.goto(`${INCIDENT_PATH}#phased-rollouts`);
      const card = page.locator('[id="phased-rollouts"]');
      await expect(card).toContainText('Robust phased rollouts');
      expect(await card.evaluate((element) => element.matches(':target'))).toBe(true);
      await expectStaysParkedBelowHeader(page, card);
    });

    test('the "On this page" links bring them into view', async ({ page }) => {
      await page.goto(INCIDENT_PATH);
      await waitForHydration(page);
      await expect(page.locator('.deferred-sections[data-deferred]')).toHaveCount(1);
      await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Remediations', exact: true }).click();
      await expect(page).toHaveURL(`${INCIDENT_PATH}#remediations`);
      await expectParkedBelowHeader(page, page.locator('section#remediations'));
    });

    test('printing turns them into elements first', async ({ page }) => {
      await page.goto(INCIDENT_PATH);
      await waitForHydration(page);
      await expect(page.locator('.deferred-sections[data-deferred]')).toHaveCount(1);
      await page.pdf();
      await expect(page.locator('[data-deferred]')).toHaveCount(0);
      await expect(page.locator('section#history')).toBeAttached();
    });
  });
});

test.describe('a link to an event far down the page', () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      // On a phone the event is furthest down, some 5,000 px.
      test.use({ javaScriptEnabled, viewport: { width: 375, height: 800 } });

      // Smooth scrolling would carry the reader past everything above the event, through a second or two of scroll positions.
      test('jumps to it as the page loads, without scrolling through what is above it', async ({ page }) => {
        await page.goto(`${INCIDENT_PATH}#all-clusters-recovered`, { waitUntil: 'commit' });
        const positions: number[] = [];
        for (let sample = 0; sample < 40; sample++) {
          positions.push(await page.evaluate(() => Math.round(scrollY)));
          await page.waitForTimeout(25);
        }
        await expectParkedBelowHeader(page, eventItem(page, 'all-clusters-recovered'));
        const landed = await page.evaluate(() => Math.round(scrollY));
        expect(landed).toBeGreaterThan(1000);
        const onTheWay = positions.filter((y) => y !== 0 && y !== landed);
        expect(onTheWay, `scroll positions seen: ${positions.join(', ')}`).toEqual([]);
      });
    });
  }
});
