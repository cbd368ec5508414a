import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

/**
 * What the tests expect, read straight from the content file's frontmatter
 * (not through the app's loader), so a count or a time is checked against the
 * source rather than against the code under test.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const contentDir = path.join(root, 'content', 'incidents');

export type SourceEvent = {
  id: string;
  at: string;
  kind: string;
  title: string;
  precision?: 'minute' | 'day';
  approximate?: boolean;
};

type SourceIncident = {
  /** The MDX body: the narrative. */
  body: string;
  slug: string;
  title: string;
  summary: string;
  severity: string;
  services: string[];
  timeZone: string;
  timeline: SourceEvent[];
  causes: { id: string; statement: string; leadsTo?: string[] }[];
  impactWindows: { id: string; label: string; degree?: string; measure?: string; causedBy?: string[] }[];
  lessons?: Partial<Record<'wentWell' | 'wentWrong' | 'gotLucky', { id: string; text: string }[]>>;
  contributingFactors: { id: string; statement: string }[];
  remediations: { id: string; title: string; owner?: string; due?: string; timing?: 'during' | 'after' }[];
  sources: { title: string; url: string }[];
  draft?: boolean;
};

function readIncident(file: string): SourceIncident {
  const raw = readFileSync(path.join(contentDir, file), 'utf8');
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*$/m.exec(raw);
  if (!match?.[1]) throw new Error(`${file}: no frontmatter`);
  const body = raw.slice(match.index + match[0].length);
  return { slug: path.basename(file, '.mdx'), body, ...(parse(match[1]) as Omit<SourceIncident, 'slug' | 'body'>) };
}

/**
 * The tag of a test of what the browser draws from a page's HTML and CSS alone
 * (axe, layout, print). The static export's pages are the server build's, byte
 * for byte but for the build id and Next's script names (export-identity.spec.ts),
 * so these run against `next start` only; the export runs every other test.
 */
export const RENDERING = { tag: '@rendering' };

/** The incidents a production build publishes: every content file but drafts. */
export const publishedIncidents = readdirSync(contentDir)
  .filter((name) => name.endsWith('.mdx'))
  .map(readIncident)
  .filter((candidate) => candidate.draft !== true);

export const SLUG = '2024-12-11-openai-api-chatgpt-sora-outage';
export const INCIDENT_PATH = `/incidents/${SLUG}`;
export const incident = readIncident(`${SLUG}.mdx`);

export const eventIds = incident.timeline.map((event) => event.id);

export function countOfKind(kind: string): number {
  return incident.timeline.filter((event) => event.kind === kind).length;
}

export function sourceEvent(id: string): SourceEvent {
  const event = incident.timeline.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id} in the content file`);
  return event;
}

/** The list of events on the incident page. */
export function timeline(page: Page): Locator {
  return page.getByRole('list', { name: 'Timeline events' });
}

/** Every event's list item, shown or not (in a collapsed group of status updates too). */
export function allEvents(page: Page): Locator {
  return timeline(page).locator('li.timeline-event');
}

/** The events a reader can see without unfolding anything. */
export function visibleEvents(page: Page): Locator {
  return allEvents(page).filter({ visible: true });
}

/**
 * How many events a reader can see or unfold: an event in a collapsed group of
 * status updates counts when its group is shown.
 */
export async function expectShownEvents(page: Page, count: number): Promise<void> {
  await expect
    .poll(() =>
      timeline(page).evaluate(
        (list) =>
          [...list.querySelectorAll('li.timeline-event')].filter((event) => (event.closest('.timeline-group') ?? event).checkVisibility())
            .length,
      ),
    )
    .toBe(count);
}

export function eventItem(page: Page, id: string): Locator {
  return timeline(page).locator(`li.timeline-event[id="${id}"]`);
}

/**
 * An event's first time in the zone the reader sees: each time is printed in
 * every zone the page knows (incident, UTC, the reader's own), one of them shown.
 */
export function shownTime(page: Page, id: string): Locator {
  return eventItem(page, id).locator('time').first().locator('[data-z]').filter({ visible: true });
}

/** Each event's first time as the reader sees it, by event id: of the zones printed, the one shown. */
export function shownTimes(page: Page): Promise<Record<string, string>> {
  return allEvents(page).evaluateAll((items) =>
    Object.fromEntries(
      items.map((item) => {
        const time = item.querySelector('time');
        const shown = [...(time?.querySelectorAll(':scope > [data-z]') ?? [])].find((zone) => zone.checkVisibility());
        return [item.id, (shown ?? time)?.textContent ?? ''];
      }),
    ),
  );
}

/**
 * Opens every collapsed group of status updates, as a reader would from the
 * keyboard (Enter on each); quicker than clicks, which wait out the page's smooth scrolling.
 * It waits first for the timeline's deferred chunks (components/ui/deferred-html.ts):
 * a group in a chunk shown after the loop would stay closed.
 */
export async function openEveryGroup(page: Page): Promise<void> {
  await expect(timeline(page).locator('li.tl-chunk[data-deferred]')).toHaveCount(0);
  for (const group of await timeline(page).locator('details').all()) {
    if ((await group.getAttribute('open')) === null) await group.locator(':scope > summary').press('Enter');
  }
  await expect(timeline(page).locator('details:not([open])')).toHaveCount(0);
}

/** The status line that announces what "Copy link" did. */
export function copyStatus(page: Page): Locator {
  return page.locator('[data-incident-view]').getByRole('status');
}

export function zoneSelect(page: Page): Locator {
  return page.getByLabel('Times in');
}

/** Chooses a zone as a reader does: reaching for the list first, which is when it looks up their own zone. */
export async function chooseZone(page: Page, zone: string): Promise<void> {
  await zoneSelect(page).focus();
  await zoneSelect(page).selectOption(zone);
}

/** The controls are disabled in the prerendered HTML; enabled means React has hydrated. */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(zoneSelect(page)).toBeEnabled();
}

/** The bottom edge of the sticky site header, in viewport pixels. */
export async function headerBottom(page: Page): Promise<number> {
  const box = await page.locator('body > header').boundingBox();
  if (!box) throw new Error('the site header is not rendered');
  return box.y + box.height;
}

/** Top edge of an element in viewport pixels (0 = top of the window). */
export async function viewportTop(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().top);
}

/**
 * Waits until a linked element has scrolled to rest just below the sticky
 * header: not under it, and not further down than the 1rem (16px) gap the
 * page's scroll margin leaves. Smooth scrolling may take a moment.
 */
export async function expectParkedBelowHeader(page: Page, locator: Locator): Promise<void> {
  const bottom = await headerBottom(page);
  await expect
    .poll(async () => Math.round((await viewportTop(locator)) - bottom), {
      message: `the linked element should stop about 16px below the sticky header (which ends at ${bottom}px)`,
    })
    .toBeCloseTo(16, -1);
  await expect(locator).toBeInViewport();
}

/** Parked below the header, and still there half a second later, once the page has settled (late layout must not move it). */
export async function expectStaysParkedBelowHeader(page: Page, locator: Locator): Promise<void> {
  await expectParkedBelowHeader(page, locator);
  await page.waitForTimeout(500);
  await expectParkedBelowHeader(page, locator);
}

/** The browser is never idle for the page: only what needs deferred HTML (components/ui/deferred-html.ts) turns it into elements. */
export async function neverIdle(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
}

/** `23:16` for an ISO instant, read on a UTC clock. */
export function utcClock(iso: string): string {
  return new Date(iso).toISOString().slice(11, 16);
}

/** The day of an instant in a zone, as the timeline prints it above a day's first event: `Dec 12`. */
export function dayIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric' }).format(new Date(iso));
}

/** `2024-12-11 23:16:00 UTC`, the exact instant the hover title gives. */
export function exactUtc(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** Collects uncaught page errors and console errors for the life of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
    if (message.type() === 'warning' && /hydrat/i.test(message.text())) errors.push(`console.warn: ${message.text()}`);
  });
  return errors;
}

/**
 * The cause diagram fits the window: nothing in it scrolls sideways, and every
 * cause lies wholly inside the window's width.
 */
export async function expectDiagramFitsWindow(page: Page): Promise<void> {
  const width = page.viewportSize()!.width;
  const diagram = page.locator('#root-cause');
  const scrolling = await diagram.evaluate((section) =>
    [section, ...section.querySelectorAll('*')]
      .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth)
      .map((element) => `${element.tagName} ${element.scrollWidth}px of content in ${element.clientWidth}px`),
  );
  expect(scrolling, 'parts of the diagram that scroll sideways').toEqual([]);
  for (const cause of await diagram.locator('[data-cause]').all()) {
    const box = (await cause.boundingBox())!;
    expect(box.x, `${await cause.getAttribute('id')} starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${await cause.getAttribute('id')} ends inside the ${width}px window`).toBeLessThanOrEqual(width);
  }
}

/** The page itself scrolls only vertically. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
  expect(width.scroll, `page is ${width.scroll}px wide in a ${width.client}px window`).toBeLessThanOrEqual(width.client);
}
