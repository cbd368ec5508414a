import { expect, test, type Locator, type Page } from '@playwright/test';
import { publishedIncidents } from './support';

test.use({ javaScriptEnabled: false });

type Facts = { timeline: { kind: string }[]; remediations?: { id: string; title: string; status: string }[] };
const facts = (incident: (typeof publishedIncidents)[number]) => incident as unknown as Facts;
const hasAlert = (incident: (typeof publishedIncidents)[number]) => facts(incident).timeline.some((event) => event.kind === 'alert');

function breakdown(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

/** The body row whose header cell reads `label`, and its data cells. */
function row(table: Locator, label: string): Locator {
  return table.locator('tbody tr').filter({ has: table.page().getByRole('rowheader', { name: label, exact: true }) });
}

test('without JavaScript, each breakdown has charts with their numbers as text and a table beside them', async ({ page }) => {
  await page.goto('/insights');
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  const firstChart = { 'By month': 'Incidents per month', 'By severity': 'Incidents', 'By service': 'Incidents', 'Open follow-ups': 'Open follow-ups by age' };
  for (const [title, chart] of Object.entries(firstChart)) {
    const region = breakdown(page, title);
    await expect(region.getByText(chart, { exact: true }).first()).toBeVisible();
    await expect(region.getByRole('table').first()).toBeVisible();
  }
  // The bar chart of incidents by severity: each severity's count as text beside its bar.
  const chart = breakdown(page, 'By severity')
    .locator('[aria-hidden="true"]')
    .filter({ has: page.getByText('Incidents', { exact: true }) });
  for (const severity of new Set(publishedIncidents.map((incident) => String(incident.severity)))) {
    const count = publishedIncidents.filter((incident) => incident.severity === severity).length;
    await expect(chart.getByText(severity.toUpperCase(), { exact: true })).toBeVisible();
    await expect(chart.getByText(severity.toUpperCase(), { exact: true }).locator('xpath=following-sibling::span[2]')).toHaveText(String(count));
  }
});

test('the header links to the insights', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Insights' }).click();
  await expect(page).toHaveURL(/\/insights$/);
});

test('a severity’s count, and its incidents without an alert, link to exactly the incidents counted', async ({ page }) => {
  const severities = [...new Set(publishedIncidents.map((incident) => incident.severity))];
  for (const severity of severities) {
    const incidents = publishedIncidents.filter((incident) => incident.severity === severity);
    await page.goto('/insights');
    const cells = row(breakdown(page, 'By severity').getByRole('table'), severity.toUpperCase()).getByRole('cell');
    await expect(cells.nth(0)).toHaveText(String(incidents.length));
    await expect(cells.nth(4)).toHaveText(String(incidents.filter((incident) => !hasAlert(incident)).length));
    await cells.nth(0).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/insights/severity/${severity}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${severity.toUpperCase()} incidents`);
    expect((await page.getByRole('table').getByRole('rowheader').allInnerTexts()).sort()).toEqual(incidents.map((incident) => incident.title).sort());
  }
});

type Window = { start: string; end: string; services?: string[]; approximate?: string[] };

/** The time covered by the windows, overlaps once. */
function coveredMs(windows: Window[]): number {
  const spans = windows.map((window) => [Date.parse(window.start), Date.parse(window.end)] as const).sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reached = -Infinity;
  for (const [start, end] of spans) {
    covered += Math.max(0, end - Math.max(start, reached));
    reached = Math.max(reached, end);
  }
  return covered;
}

/** Minutes inside the windows that affected the service (windows without `services` affect all), summed over the incidents that name it. */
function ownImpactMinutes(service: string): string {
  const affecting = (incident: (typeof publishedIncidents)[number]) =>
    (incident as unknown as { impactWindows: Window[] }).impactWindows.filter((window) => window.services === undefined || window.services.includes(service));
  const incidents = publishedIncidents.filter((incident) => incident.services.includes(service));
  const minutes = Math.round(incidents.reduce((sum, incident) => sum + coveredMs(affecting(incident)), 0) / 60_000).toLocaleString('en-US');
  // A sum with a window of rough ends in it is rough too.
  const rough = incidents.some((incident) => affecting(incident).some((window) => (window.approximate ?? []).length > 0));
  return rough ? `≈\u202F${minutes}` : minutes;
}

test('a service’s count links to exactly the incidents that affected it, and its impact is its own', async ({ page }) => {
  const services = [...new Set(publishedIncidents.flatMap((incident) => incident.services))];
  await page.goto('/insights');
  const table = breakdown(page, 'By service').getByRole('table');
  const links: { service: string; href: string }[] = [];
  for (const service of services) {
    const count = row(table, service).getByRole('cell').nth(0);
    await expect(count).toHaveText(String(publishedIncidents.filter((incident) => incident.services.includes(service)).length));
    await expect(row(table, service).getByRole('cell').nth(1)).toHaveText(ownImpactMinutes(service));
    links.push({ service, href: (await count.getByRole('link').getAttribute('href'))! });
  }
  for (const { service, href } of links) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Incidents that affected ${service}`);
    const titles = publishedIncidents.filter((incident) => incident.services.includes(service)).map((incident) => incident.title);
    expect((await page.getByRole('table').getByRole('rowheader').allInnerTexts()).sort()).toEqual(titles.sort());
  }
});

test('the months count every published incident once', async ({ page }) => {
  await page.goto('/insights');
  const counts = await breakdown(page, 'By month')
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((tr) => Number(tr.querySelector('td')?.textContent?.replace(/,/g, ''))));
  expect(counts.reduce((total, count) => total + count, 0)).toBe(publishedIncidents.length);
});

test('open follow-ups are the remediations neither done nor won’t-do, and each number lists them with working links', async ({ page }) => {
  const open = publishedIncidents.flatMap((incident) =>
    (facts(incident).remediations ?? []).filter((remediation) => remediation.status !== 'done' && remediation.status !== 'wont-do'),
  );
  await page.goto('/insights');
  const table = breakdown(page, 'Open follow-ups').getByRole('table').first();
  const counts = await table.locator('tbody td').allTextContents();
  expect(counts.map(Number).reduce((total, count) => total + count, 0)).toBe(open.length);

  const buckets = await table.locator('tbody td a').evaluateAll((links) =>
    links.map((link) => ({ href: link.getAttribute('href')!, count: Number(link.textContent) })),
  );
  const listed: string[] = [];
  for (const bucket of buckets) {
    await page.goto(bucket.href);
    const links = page.getByRole('table').getByRole('rowheader').getByRole('link');
    await expect(links).toHaveCount(bucket.count);
    listed.push(...(await links.allTextContents()));
    const headers = await page.getByRole('columnheader').allTextContents();
    const rows = await page
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          title: tr.querySelector('th')?.textContent ?? '',
          cells: [...tr.querySelectorAll('td')].map((cell) => ({ text: cell.textContent ?? '', href: cell.querySelector('a')?.getAttribute('href') })),
        })),
      );
    for (const { title, cells } of rows) {
      const cell = (name: string) => cells[headers.indexOf(name) - 1]!;
      const source = open.find((remediation) => remediation.title === title)!;
      expect(cell('Status').text).toBe({ planned: 'Planned', 'in-progress': 'In progress' }[source.status]);
      const incident = publishedIncidents.find((candidate) => facts(candidate).remediations?.includes(source))!;
      expect(cell('Incident').href).toBe(`/incidents/${incident.slug}`);
    }
    for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!))) {
      const [pathname, id] = href.split('#');
      const response = await page.request.get(pathname!);
      expect(await response.text()).toContain(`id="${id}"`);
    }
  }
  expect(listed.sort()).toEqual(open.map((remediation) => remediation.title).sort());
});

test('a quiet month’s page says that no incident began in it, and lists no figures of nothing', async ({ page }) => {
  const monthOf = (slug: string) => Number(slug.slice(0, 4)) * 12 + Number(slug.slice(5, 7)) - 1;
  const busy = publishedIncidents.map((incident) => monthOf(incident.slug));
  const [first, last] = [Math.min(...busy), Math.max(...busy)];
  // Two months from any incident's file date: an incident's month is the one in its own zone.
  const quiet = Array.from({ length: last - first }, (_, i) => first + i).find((month) => busy.every((other) => Math.abs(other - month) >= 2));
  if (quiet === undefined) throw new Error('the library has no quiet month to test with');
  await page.goto(`/insights/month/${Math.floor(quiet / 12)}-${String((quiet % 12) + 1).padStart(2, '0')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Incidents that began in \w{3} \d{4}$/);
  await expect(page.getByText(/^No incident began in \w{3} \d{4}: a quiet month/)).toBeVisible();
  await expect(page.locator('main dl, main table')).toHaveCount(0);
});
