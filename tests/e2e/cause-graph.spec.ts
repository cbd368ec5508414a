import { expect, test } from '@playwright/test';
import { axeViolations, describe } from './axe';
import { RENDERING, publishedIncidents } from './support';

const LOAD_BALANCER = publishedIncidents.find((candidate) => candidate.slug === '2022-08-19-openai-api-load-balancer-outage');

for (const incident of publishedIncidents) {
  test(`${incident.slug}: the diagram draws every cause and an arrow for every leadsTo`, async ({ page }) => {
    await page.goto(`/incidents/${incident.slug}`);
    const diagram = page.locator('#root-cause');
    const leadsTo = incident.causes.flatMap((cause) => (cause.leadsTo ?? []).map((target) => [cause.id, target] as const));
    for (const cause of incident.causes) {
      await expect(diagram.locator(`[id="${cause.id}"]`)).toContainText(cause.statement);
    }
    for (const [from, to] of leadsTo) {
      await expect(diagram.locator(`[data-from="${from}"][data-to="${to}"]`), `${from} → ${to}`).toHaveCount(1);
    }
    await expect(diagram.locator('[data-from][data-to]')).toHaveCount(leadsTo.length);
    await expect(diagram).not.toContainText(/Step \d/);
  });

  test(`${incident.slug}: every impact window is listed with its degree and links to its causes`, async ({ page }) => {
    await page.goto(`/incidents/${incident.slug}`);
    for (const window of incident.impactWindows) {
      const item = page.locator(`#impact-windows > li[id="${window.id}"]`);
      await expect(item).toContainText(window.label);
      await expect(item).toContainText({ outage: 'Outage', partial: 'Partial', degraded: 'Degraded' }[window.degree ?? 'outage']!);
      if (window.measure) await expect(item).toContainText(window.measure);
      for (const cause of window.causedBy ?? []) {
        await expect(item.locator(`a[href="#${cause}"]`)).toHaveCount(1);
        // …and the cause links back to the window.
        await expect(page.locator(`#root-cause [id="${cause}"] a[href="#${window.id}"]`)).toHaveCount(1);
      }
    }
  });
}

test('the two root causes of August 19, 2022 sit side by side above the cause they meet in', async ({ page }) => {
  expect(LOAD_BALANCER, 'the August 19, 2022 writeup is published').toBeDefined();
  await page.goto(`/incidents/${LOAD_BALANCER!.slug}`);
  const roots = LOAD_BALANCER!.causes.filter((cause) => !LOAD_BALANCER!.causes.some((other) => other.leadsTo?.includes(cause.id)));
  expect(roots).toHaveLength(2);
  const [a, b] = await Promise.all(roots.map((root) => page.locator(`[id="${root.id}"]`).boundingBox()));
  expect(a && b).toBeTruthy();
  expect(Math.round(a!.y)).toBe(Math.round(b!.y));
  expect(Math.abs(a!.x - b!.x)).toBeGreaterThan(a!.width / 2);
  for (const root of roots) await expect(page.locator(`[id="${root.id}"]`)).toContainText('Root cause');
  const joined = page.locator(`[id="${roots[0]!.leadsTo![0]}"]`);
  expect((await joined.boundingBox())!.y).toBeGreaterThan(a!.y + a!.height);
});

test('every cause is reachable by Tab, and focusing one outlines its path to the outcome', async ({ page }) => {
  test.setTimeout(60_000);
  const incident = LOAD_BALANCER ?? publishedIncidents[0]!;
  await page.goto(`/incidents/${incident.slug}`);
  const first = incident.causes[0]!;
  const link = page.locator(`[id="${first.id}"] a[href="#${first.id}"]`);
  await link.focus();
  await expect(link).toBeFocused();
  // Its path to the outcome, read from the content: everything reachable by leadsTo.
  const onPath = new Set([first.id]);
  for (const id of onPath) for (const target of incident.causes.find((cause) => cause.id === id)?.leadsTo ?? []) onPath.add(target);
  const border = (id: string) => page.locator(`[id="${id}"]`).evaluate((element) => getComputedStyle(element).borderTopColor);
  const pathColours = new Set(await Promise.all([...onPath].map(border)));
  expect(pathColours.size).toBe(1);
  for (const cause of incident.causes.filter((candidate) => !onPath.has(candidate.id))) {
    expect(await border(cause.id)).not.toBe([...pathColours][0]);
  }
  // Tab from the first cause on: every cause of the diagram gets focus.
  const reached = new Set<string>();
  for (let presses = 0; presses < 40 && reached.size < incident.causes.length; presses++) {
    const inCause = await page.evaluate(() => document.activeElement?.closest('[data-cause]')?.id ?? null);
    if (inCause) reached.add(inCause);
    await page.keyboard.press('Tab');
  }
  expect([...reached].sort()).toEqual(incident.causes.map((cause) => cause.id).sort());
});

test('the lessons are listed under their three headings, each item an anchor', async ({ page }) => {
  const incident = publishedIncidents.find((candidate) => candidate.lessons);
  expect(incident, 'a published writeup has lessons').toBeDefined();
  await page.goto(`/incidents/${incident!.slug}`);
  const section = page.locator('#lessons');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Lessons');
  const headings = { wentWell: 'Went well', wentWrong: 'Went wrong', gotLucky: 'Where we got lucky' } as const;
  for (const [kind, heading] of Object.entries(headings) as [keyof typeof headings, string][]) {
    const items = incident!.lessons![kind] ?? [];
    await expect(section.getByRole('heading', { level: 3, name: heading })).toHaveCount(items.length > 0 ? 1 : 0);
    for (const item of items) await expect(section.locator(`li[id="${item.id}"]`)).toHaveText(item.text);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const incident of publishedIncidents) {
    test(`${incident.slug}: axe finds nothing, ${colorScheme}, with a cause focused`, RENDERING, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(`/incidents/${incident.slug}`);
      await page.locator(`[id="${incident.causes[0]!.id}"] a`).first().focus();
      const violations = await axeViolations(page);
      expect(violations, describe(violations)).toEqual([]);
    });
  }
}
