import { expect, test, type Page } from '@playwright/test';
import { publishedIncidents } from './support';

/**
 * The follow-up backlog as a reader uses it. Expected rows are read from the
 * content files, not from the app.
 */
type SourceRemediation = {
  id: string;
  title: string;
  status: string;
  category: string;
  timing?: string;
  owner?: string;
  priority?: string;
  due?: string;
  completed?: string;
};

const remediations = publishedIncidents.flatMap((incident) =>
  (incident.remediations as SourceRemediation[]).map((remediation) => ({ ...remediation, slug: incident.slug, incidentTitle: incident.title })),
);

const rows = (page: Page) => page.locator('#follow-up-rows > tr');
const shownRows = (page: Page) => rows(page).filter({ visible: true });

/** Minimal RFC 4180 reader, written apart from the app's writer. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  return records;
}

async function waitForControls(page: Page) {
  await expect(page.getByLabel('Status')).toBeEnabled();
}

test.describe('the follow-up backlog', () => {
  test('lists every remediation of every published incident, each linking to it on its incident page', async ({ page }) => {
    await page.goto('/follow-ups');
    await expect(rows(page)).toHaveCount(remediations.length);
    const links = await rows(page).locator('td:first-child a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.sort()).toEqual(remediations.map((remediation) => `/incidents/${remediation.slug}#${remediation.id}`).sort());

    const first = remediations[0]!;
    await rows(page).getByRole('link', { name: first.title, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${first.slug}#${first.id}$`));
    await expect(page.locator(`[id="${first.id}"]`)).toBeInViewport();
  });

  test('keeps its filters and sort in the URL, and they survive a reload', async ({ page }) => {
    await page.goto('/follow-ups');
    await waitForControls(page);
    await page.getByLabel('Status').selectOption('planned');
    await page.getByLabel('Category').selectOption('prevent');
    await page.getByLabel('Sort by').selectOption('due');
    await expect(page).toHaveURL(/\/follow-ups\?status=planned&category=prevent&sort=due$/);

    const expected = remediations.filter((remediation) => remediation.status === 'planned' && remediation.category === 'prevent');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(remediations.length);
    await expect(shownRows(page)).toHaveCount(expected.length);

    await page.reload();
    await waitForControls(page);
    await expect(page.getByLabel('Status')).toHaveValue('planned');
    await expect(page.getByLabel('Category')).toHaveValue('prevent');
    await expect(page.getByLabel('Sort by')).toHaveValue('due');
    await expect(shownRows(page)).toHaveCount(expected.length);
    await expect(page.getByRole('status')).toContainText(`Showing ${expected.length} of ${remediations.length} remediations`);
    const titles = await shownRows(page).locator('td:first-child a').allTextContents();
    expect(titles.sort()).toEqual(expected.map((remediation) => remediation.title).sort());

    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Category').selectOption('');
    await page.getByLabel('Sort by').selectOption('incident');
    await expect(page).toHaveURL(/\/follow-ups$/);
    await expect(shownRows(page)).toHaveCount(remediations.length);
  });

  test('reads its filters from a link that ends in a fragment (the skip link\'s), and keeps them when another changes', async ({ page }) => {
    await page.goto('/follow-ups?status=planned#main-content');
    await waitForControls(page);
    await expect(page.getByLabel('Status')).toHaveValue('planned');
    await page.getByLabel('Category').selectOption('prevent');
    await expect(page).toHaveURL(/\/follow-ups\?status=planned&category=prevent#main-content$/);
    await expect(page.getByLabel('Status')).toHaveValue('planned');
    const expected = remediations.filter((remediation) => remediation.status === 'planned' && remediation.category === 'prevent');
    await expect(shownRows(page)).toHaveCount(expected.length);
  });

  test('tells the open follow-ups from actions taken during the incident, and says when nothing matches', async ({ page }) => {
    await page.goto('/follow-ups');
    await waitForControls(page);
    await page.getByLabel('Timing').selectOption('after');
    await page.getByLabel('Status').selectOption('open');
    await expect(page).toHaveURL(/\/follow-ups\?timing=after&status=open$/);
    // A remediation without `timing` is a follow-up (the schema's default).
    const open = remediations.filter((remediation) => (remediation.timing ?? 'after') === 'after' && !['done', 'wont-do'].includes(remediation.status));
    expect(open.length).toBeGreaterThan(0);
    await expect(shownRows(page)).toHaveCount(open.length);
    expect((await shownRows(page).locator('td:first-child a').allTextContents()).sort()).toEqual(open.map((remediation) => remediation.title).sort());
    // The README's example: the open backlog, soonest due first.
    await page.getByLabel('Sort by').selectOption('due');
    await expect(page).toHaveURL(/\/follow-ups\?timing=after&status=open&sort=due$/);
    await expect(shownRows(page)).toHaveCount(open.length);

    const during = remediations.filter((remediation) => remediation.timing === 'during');
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Timing').selectOption('during');
    await expect(shownRows(page)).toHaveCount(during.length);

    await page.goto('/follow-ups?timing=during&status=wont-do');
    await waitForControls(page);
    await expect(shownRows(page)).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText(`No remediation of ${remediations.length} matches these filters.`);
  });

  test('offers the same rows as CSV', async ({ page, request }) => {
    await page.goto('/follow-ups');
    const response = await request.get('/follow-ups.csv');
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const text = await response.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...records] = parseCsv(text);
    const column = (name: string) => header!.indexOf(name);

    const headers = await page.getByRole('columnheader').allTextContents();
    const cellOf = (name: string) => headers.indexOf(name);
    const table = await rows(page).evaluateAll((elements) =>
      elements.map((row) =>
        [...row.querySelectorAll('td')].map((cell) => ({
          text: cell.textContent?.trim() ?? '',
          title: cell.querySelector('a')?.textContent?.trim() ?? '',
          links: [...cell.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href')),
          badge: cell.querySelector('.status-badge')?.textContent?.trim() ?? '',
          time: cell.querySelector('time')?.getAttribute('datetime') ?? '',
        })),
      ),
    );
    expect(records).toHaveLength(table.length);
    records.forEach((record, i) => {
      const cells = table[i]!;
      const cell = (name: string) => cells[cellOf(name)]!;
      const followUp = cell('Follow-up');
      expect(followUp.title).toBe(record[column('title')]);
      expect(followUp.text).toContain(record[column('category')]!.replace(/^./, (first) => first.toUpperCase()));
      expect(followUp.text).toContain(record[column('timing')] === 'during' ? 'During the incident' : 'Follow-up');
      expect(followUp.links.slice(1)).toEqual(record[column('tracker')] ? [record[column('tracker')]] : []);
      expect(cell('Incident').text).toContain(record[column('incident_title')]);
      expect(cell('Status').badge.toLowerCase().replace(/ /g, '-').replace("won't-do", 'wont-do')).toBe(record[column('status')]);
      expect(cell('Status').time).toBe(record[column('completed')]);
      expect(record[column('owner')] || '—').toBe(cell('Owner').text);
      expect((record[column('priority')] || '—').toUpperCase()).toBe(cell('Priority').text);
      expect(cell('Due').text).toContain(record[column('due')] || '—');
      expect(new URL(record[column('url')]!).pathname + new URL(record[column('url')]!).hash).toBe(followUp.links[0]);
    });
  });
});

test.describe('the follow-up backlog without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every row, counts overdue against the build date and says filters need JavaScript', async ({ page }) => {
    await page.goto('/follow-ups?status=done');
    await expect(rows(page).filter({ visible: true })).toHaveCount(remediations.length);
    await expect(page.getByLabel('Status')).toBeDisabled();
    await expect(page.getByText(/Overdue as of the build date, \d{4}-\d{2}-\d{2} \(UTC\)/)).toBeVisible();
    await expect(page.getByText('Filters and sorting need JavaScript')).toBeVisible();
  });
});
