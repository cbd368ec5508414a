import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, describe } from './axe';
import { LONG_EVENT_COUNT, LONG_SLUG, SCRATCH_URL, WIDE_SLUG, longIncidentEvents, serveScratchSite, wideIncidentCauses } from './scratch-site';
import {
  allEvents,
  chooseZone,
  dayIn,
  expectDiagramFitsWindow,
  expectNoSidewaysScroll,
  expectParkedBelowHeader,
  expectShownEvents,
  expectStaysParkedBelowHeader,
  neverIdle,
  openEveryGroup,
  RENDERING,
  shownTime,
  shownTimes,
  utcClock,
  waitForHydration,
  zoneSelect,
} from './support';

/**
 * Content the real library must not hold, on a site of its own (scratch-site.ts):
 * a 300-event copy of the December 11 writeup and a made-up incident whose cause
 * diagram has ranks of five. The tests of this file share one worker, so the
 * site is built once.
 */
test.describe.configure({ mode: 'default' });
// No trace: it snapshots the whole page at every action, which on 300 events triples the time.
test.use({ baseURL: SCRATCH_URL, trace: 'off' });

let stopScratchSite: (() => Promise<void>) | undefined;
test.beforeAll(async () => {
  // A production build of two incidents (a static export for that target).
  test.setTimeout(10 * 60_000);
  stopScratchSite = await serveScratchSite();
});
test.afterAll(async () => {
  await stopScratchSite?.();
});

const LONG_PATH = `/incidents/${LONG_SLUG}`;
const events = longIncidentEvents();
const timed = events.filter((event) => event.precision !== 'day');
const last = events.at(-1)!;
/** A few events from the start, the middle and the end, the last of the 300 among them. */
const sampled = ['impact-begins', events[Math.floor(events.length / 2)]!.id, events.at(-2)!.id, last.id].map(
  (id) => events.find((event) => event.id === id)!,
);
/** An instant on the clock of a zone `hours` from UTC all winter: `22:23` for Pacific time (-8). */
const clockAt = (hours: number) => (at: string) => utcClock(new Date(Date.parse(at) + hours * 3_600_000).toISOString());
const pacificClock = clockAt(-8);
const tokyoClock = clockAt(9);

/** Every timed event shows the clock `expected` gives it, followed by the zone's name. */
async function expectEveryEventAt(page: Page, expected: (at: string) => string, zone: RegExp) {
  await expect
    .poll(async () => {
      const shown = await shownTimes(page);
      return timed.filter((event) => !new RegExp(`${expected(event.at)} (${zone.source})$`).test(shown[event.id] ?? '')).map((event) => event.id);
    })
    .toEqual([]);
}

test.describe('a 300-event incident', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('the zone switch shows every time in the incident zone, in UTC and in the reader’s own zone, and a reload keeps it', async ({ page }) => {
    test.setTimeout(90_000);
    expect(events).toHaveLength(LONG_EVENT_COUNT);
    // The last of the 300 is the writeup's own last event: resolved at 22:23 PST, 06:23 UTC on December 12.
    expect(last).toMatchObject({ id: 'status-resolved', at: '2024-12-11T22:23:00-08:00' });
    await page.goto(LONG_PATH);
    await waitForHydration(page);
    await expect(allEvents(page)).toHaveCount(LONG_EVENT_COUNT);
    await openEveryGroup(page);

    // The incident's zone: Pacific time, as written in the file.
    await expect(zoneSelect(page)).toHaveValue('America/Los_Angeles');
    for (const event of sampled) await expect(shownTime(page, event.id)).toHaveText(`${pacificClock(event.at)} PST`);
    await expectEveryEventAt(page, pacificClock, /PST/);

    await chooseZone(page, 'UTC');
    await expect(page).toHaveURL(`${LONG_PATH}?tz=UTC`);
    await expect(shownTime(page, last.id)).toHaveText(/06:23 UTC$/);
    for (const event of sampled) await expect(shownTime(page, event.id)).toContainText(`${utcClock(event.at)} UTC`);
    await expectEveryEventAt(page, utcClock, /UTC/);

    // The reader's own zone, filled in by the page's script. Chromium's en-US
    // short name for Japan Standard Time is "GMT+9".
    await chooseZone(page, 'Asia/Tokyo');
    await expect(page).toHaveURL(`${LONG_PATH}?tz=Asia/Tokyo`);
    await expect(shownTime(page, last.id)).toHaveText(/15:23 (JST|GMT\+9)$/);
    await expectEveryEventAt(page, tokyoClock, /JST|GMT\+9/);

    await page.reload();
    await waitForHydration(page);
    await expect(zoneSelect(page)).toHaveValue('Asia/Tokyo');
    await openEveryGroup(page);
    await expect(shownTime(page, last.id)).toHaveText(/15:23 (JST|GMT\+9)$/);
    await expectEveryEventAt(page, tokyoClock, /JST|GMT\+9/);

    await chooseZone(page, 'America/Los_Angeles');
    await expect(page).toHaveURL(LONG_PATH);
    await expect(shownTime(page, last.id)).toHaveText('22:23 PST');
  });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });

      test('is written in chunks, and a link to an event deep inside opens on it, parked below the header and highlighted', async ({ page }) => {
        // An event past the first chunks, outside any group of status updates.
        const linked = events.slice(Math.floor(events.length * 0.7)).find((event) => event.kind !== 'communication')!;
        await page.goto(`${LONG_PATH}#${linked.id}`);
        const target = page.locator(`li[id="${linked.id}"]`);
        // The chunks are there to be skipped while off screen (every event in one of them, none lost).
        expect(await page.locator('li.tl-chunk').count()).toBeGreaterThan(3);
        await expect(allEvents(page)).toHaveCount(LONG_EVENT_COUNT);
        await expect(page.locator(`li.tl-chunk li[id="${linked.id}"]`)).toHaveCount(1);
        await expectParkedBelowHeader(page, target);
        expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
        const background = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
        expect(background).not.toBe('rgba(0, 0, 0, 0)');
        // It stays there as the page settles.
        await page.waitForTimeout(500);
        await expectParkedBelowHeader(page, target);
      });

      test('a link to a section after the list opens on it, and it stays there as the page settles', async ({ page }) => {
        await page.goto(`${LONG_PATH}#remediations`);
        const target = page.locator('#remediations');
        await expectStaysParkedBelowHeader(page, target);
      });
    });
  }

  test('left through the site menu and come back to, it has every event again, its chunks turned into elements', async ({ page }) => {
    // The page rebuilt by Back takes its sections from a fetched copy of its document, where the chunks are not text.
    await page.goto(LONG_PATH);
    await waitForHydration(page);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Insights' }).click();
    await expect(page).toHaveURL('/insights');
    // That copy arrives late, after the idle moments that would have turned the chunks into elements.
    await page.route(`**${LONG_PATH}`, async (route) => {
      if (route.request().headers()['rsc'] === undefined) await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goBack();
    await expect(page).toHaveURL(LONG_PATH);
    await expect(allEvents(page)).toHaveCount(LONG_EVENT_COUNT);
    await expect(page.locator('li.tl-chunk[data-deferred]')).toHaveCount(0);
    expect(await page.locator('li.tl-chunk noscript').count()).toBe(0);
  });

  test('its chunks turn from text into elements by themselves, without the reader doing anything', async ({ page }) => {
    await page.goto(LONG_PATH);
    await expect(page.locator('li.tl-chunk[data-deferred]')).toHaveCount(0);
    await expect(allEvents(page)).toHaveCount(LONG_EVENT_COUNT);
    expect(await page.locator('li.tl-chunk noscript').count()).toBe(0);
  });

  test.describe('while its chunks are still text', () => {
    // The browser is never idle here, so only what needs the chunks turns them into elements.
    test.beforeEach(async ({ page }) => {
      await neverIdle(page);
      await page.goto(LONG_PATH);
      await waitForHydration(page);
      expect(await page.locator('li.tl-chunk:not([data-deferred])').count()).toBe(0);
      expect(await allEvents(page).count()).toBe(0);
    });

    test('printing turns them into elements first', async ({ page }) => {
      await page.pdf();
      await expect(allEvents(page)).toHaveCount(LONG_EVENT_COUNT);
      await expect(page.locator('li.tl-chunk[data-deferred]')).toHaveCount(0);
    });

    test('j moves from an event shown by a link to the first one after it, in a chunk still text', async ({ page }) => {
      // The last event of the first chunk: a link to it shows that chunk only.
      const firstChunkIds = await page
        .locator('li.tl-chunk')
        .first()
        .evaluate((chunk) => [...chunk.textContent!.matchAll(/<li id="([^"]+)" class="timeline-event"/g)].map((match) => match[1]!));
      const linkedId = firstChunkIds.at(-1)!;
      await page.evaluate((id) => {
        window.location.hash = id;
      }, linkedId);
      await expect(page.locator(`li[id="${linkedId}"]`)).toBeFocused();
      expect(await allEvents(page).count()).toBe(firstChunkIds.length);
      const next = events[events.findIndex((event) => event.id === linkedId) + 1]!;
      await page.keyboard.press('j');
      await expect(page.locator(`li[id="${next.id}"]`)).toBeFocused();
      await expect(allEvents(page)).toHaveCount(LONG_EVENT_COUNT);
    });

    test('a link to an event in one, followed in the page, shows it highlighted', async ({ page }) => {
      await page.evaluate((id) => {
        window.location.hash = id;
      }, last.id);
      const target = page.locator(`li[id="${last.id}"]`);
      await expect(target).toHaveAttribute('data-highlighted', 'true');
      await expectParkedBelowHeader(page, target);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in its chunked list, linked deep inside, ${colorScheme}`, RENDERING, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(`${LONG_PATH}#${events.at(-3)!.id}`);
      await waitForHydration(page);
      const violations = await axeViolations(page);
      expect(violations, describe(violations)).toEqual([]);
    });
  }

  test('the kind filter hides every event of the kinds turned off, counts right, and a reload keeps it', async ({ page }) => {
    test.setTimeout(90_000);
    const count = (kind: string) => events.filter((event) => event.kind === kind).length;
    await page.goto(LONG_PATH);
    await waitForHydration(page);
    await expectShownEvents(page, LONG_EVENT_COUNT);
    const filters = page.getByRole('group', { name: 'Show events of kind' });
    // Each kind's button shows how many events it has.
    const kinds = [...new Set(events.map((event) => event.kind))];
    for (const kind of kinds) {
      await expect(filters.getByRole('button', { name: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${count(kind)}`, exact: true })).toBeVisible();
    }

    await filters.getByRole('button', { name: `Communication ${count('communication')}`, exact: true }).click();
    await filters.getByRole('button', { name: `Mitigation ${count('mitigation')}`, exact: true }).click();
    const hidden = count('communication') + count('mitigation');
    await expectShownEvents(page, LONG_EVENT_COUNT - hidden);
    const ofKinds = (kindList: string[]) => allEvents(page).and(page.locator(kindList.map((kind) => `[data-kind="${kind}"]`).join(',')));
    await expect(ofKinds(['communication', 'mitigation']).filter({ visible: true })).toHaveCount(0);
    // Every event shown is of a kind kept (the count is right and none of the others shows); the last of the 300, a communication, is hidden.
    expect(last.kind).toBe('communication');
    await expect(page.locator(`li[id="${last.id}"]`)).toBeHidden();
    await expect.poll(() => new URL(page.url()).searchParams.get('kinds')?.split(',').sort()).toEqual(
      kinds.filter((kind) => kind !== 'communication' && kind !== 'mitigation').sort(),
    );

    await page.reload();
    await waitForHydration(page);
    await expectShownEvents(page, LONG_EVENT_COUNT - hidden);
    await expect(ofKinds(['communication', 'mitigation']).filter({ visible: true })).toHaveCount(0);

    await filters.getByRole('button', { name: 'Show all' }).click();
    await expectShownEvents(page, LONG_EVENT_COUNT);
    await expect(page.locator(`li[id="${last.id}"]`)).toBeVisible();
    await expect(page).toHaveURL(LONG_PATH);
  });

  test('with only status updates shown, the first entry shown of each day carries its date, a group of them among those', async ({ page }) => {
    await page.goto(`${LONG_PATH}?kinds=communication&tz=UTC`);
    await waitForHydration(page);
    // Each entry shown (an event, or a group of status updates): its first time and what that time shows in UTC.
    const entries = () =>
      page.locator('.timeline-events > li > ol > li').evaluateAll((items) =>
        items
          .filter((item) => item.checkVisibility())
          .map((item) => {
            const time = item.querySelector<HTMLTimeElement>('time[data-show]')!;
            const shown = [...time.children].find((zone) => zone.checkVisibility());
            return { group: item.classList.contains('timeline-group'), at: time.dateTime, text: shown?.textContent ?? '' };
          }),
      );
    const shown = await entries();
    expect(shown.length).toBeGreaterThan(0);
    const opensDay = shown.map((entry, i) => i === 0 || dayIn(entry.at, 'UTC') !== dayIn(shown[i - 1]!.at, 'UTC'));
    // A group of status updates opens a day, whose first entry unfiltered is of another kind.
    expect(shown.some((entry, i) => entry.group && opensDay[i])).toBe(true);
    expect(shown.map((entry) => entry.text.startsWith(dayIn(entry.at, 'UTC')))).toEqual(opensDay);
  });
});

test.describe('a cause diagram with ranks of five', () => {
  const causes = wideIncidentCauses();
  const leadsTo = causes.flatMap((cause) => (cause.leadsTo ?? []).map((target) => [cause.id, target] as const));
  const roots = causes.filter((cause) => !leadsTo.some(([, to]) => to === cause.id));
  const box = async (locator: Locator) => (await locator.boundingBox())!;

  test.describe('on a 375px-wide phone', () => {
    test.use({ viewport: { width: 375, height: 800 } });

    test('wraps: no sideways scroll, every cause inside the window and below what led to it, an arrow for every leadsTo ending at its target', async ({
      page,
    }) => {
      await page.goto(`/incidents/${WIDE_SLUG}`);
      const diagram = page.locator('#root-cause');
      await expect(diagram.locator('[data-cause]')).toHaveCount(causes.length);
      await expectNoSidewaysScroll(page);
      await expectDiagramFitsWindow(page);

      // The five roots: side by side, two to a row, in three rows.
      expect(roots).toHaveLength(5);
      const rootTops = await Promise.all(roots.map(async (root) => Math.round((await box(page.locator(`[id="${root.id}"]`))).y)));
      expect(new Set(rootTops).size).toBe(3);

      const causeBoxes = new Map(await Promise.all(causes.map(async (cause) => [cause.id, await box(page.locator(`[id="${cause.id}"]`))] as const)));
      await expect(diagram.locator('[data-from][data-to]')).toHaveCount(leadsTo.length);
      for (const [from, to] of leadsTo) {
        const [source, target] = [causeBoxes.get(from)!, causeBoxes.get(to)!];
        expect(target.y, `${to} below ${from}`).toBeGreaterThan(source.y + source.height);
        const edge = diagram.locator(`[data-from="${from}"][data-to="${to}"]`);
        await expect(edge).toHaveCount(1);
        // Its one arrowhead touches the top of its target, inside its width…
        const heads = edge.locator('svg:has(path)').filter({ visible: true });
        await expect(heads).toHaveCount(1);
        const head = await box(heads);
        expect(Math.abs(head.y + head.height - target.y), `${from} → ${to} ends at the top of ${to}`).toBeLessThanOrEqual(2);
        expect(head.x + head.width / 2).toBeGreaterThan(target.x);
        expect(head.x + head.width / 2).toBeLessThan(target.x + target.width);
        // …and where it passes a row, it runs clear of every cause in it.
        for (const pass of await edge.locator('span').filter({ visible: true }).all()) {
          const line = await box(pass);
          for (const [id, cause] of causeBoxes) {
            const overlaps =
              line.x < cause.x + cause.width && line.x + line.width > cause.x && line.y < cause.y + cause.height && line.y + line.height > cause.y;
            expect(overlaps, `${from} → ${to} runs across ${id}`).toBe(false);
          }
        }
      }
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds nothing, ${colorScheme}`, RENDERING, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/incidents/${WIDE_SLUG}`);
        const violations = await axeViolations(page);
        expect(violations, describe(violations)).toEqual([]);
      });
    }

    test('prints every cause and arrow inside the page width', async ({ page }) => {
      await page.goto(`/incidents/${WIDE_SLUG}`);
      await page.emulateMedia({ media: 'print' });
      for (const cause of causes) await expect(page.locator(`[id="${cause.id}"]`)).toBeVisible();
      await expect(page.locator('#root-cause [data-from][data-to] svg:has(path)').filter({ visible: true })).toHaveCount(leadsTo.length);
      await expectDiagramFitsWindow(page);
    });
  });

  test.describe('on a 375px-wide phone, without JavaScript', () => {
    test.use({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });

    test('wraps just the same', async ({ page }) => {
      await page.goto(`/incidents/${WIDE_SLUG}`);
      const rootTops = await Promise.all(roots.map(async (root) => Math.round((await box(page.locator(`[id="${root.id}"]`))).y)));
      expect(new Set(rootTops).size).toBe(3);
      await expectNoSidewaysScroll(page);
      await expectDiagramFitsWindow(page);
    });
  });

  test('on a wide screen, the five roots sit side by side in one row', async ({ page }) => {
    await page.goto(`/incidents/${WIDE_SLUG}`);
    const tops = await Promise.all(roots.map(async (root) => Math.round((await box(page.locator(`[id="${root.id}"]`))).y)));
    expect(new Set(tops).size).toBe(1);
    await expectDiagramFitsWindow(page);
  });
});
