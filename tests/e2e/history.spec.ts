import { expect, test, type Locator } from '@playwright/test';
import { gitHistoryOf } from './git-truth';
import { publishedIncidents } from './support';

test.use({ javaScriptEnabled: false });

for (const { slug } of publishedIncidents) {
  test(`the history of ${slug} is what git says, or is said to be unavailable: every change on its history page, with its hash and what it changed`, async ({
    page,
  }) => {
    await page.goto(`/incidents/${slug}#history`);
    const section = page.getByRole('region', { name: 'History' });
    await expect(section).toBeVisible();
    const answer = gitHistoryOf(slug);
    if (!answer.available) {
      await expect(section).toContainText('The history of this writeup is unavailable');
      await expect(section.locator('time')).toHaveCount(0);
      return;
    }
    if (answer.uncommitted) {
      await expect(section).not.toContainText('Last changed');
    } else {
      await expect(section.getByText('Last changed').locator('time')).toHaveAttribute('datetime', answer.changes[0]!.date);
    }
    // One item per commit; what it changed is listed inside it.
    const changeItems = (where: Locator) => where.locator('ol > li');
    const shownChanges = (where: Locator) =>
      changeItems(where).evaluateAll((items) =>
        items.map((item) => ({ date: item.querySelector('time')?.getAttribute('datetime'), text: item.textContent })),
      );
    const expectChanges = async (where: Locator, expected: typeof answer.changes) => {
      const shown = await shownChanges(where);
      expect(shown.map((change) => change.date)).toEqual(expected.map((change) => change.date));
      shown.forEach((change, index) => {
        expect(change.text).toContain(expected[index]!.subject);
        expect(change.text).toContain(expected[index]!.hash.slice(0, 7));
      });
    };
    // The page links to its changes rather than listing them: each commit would grow it for good.
    await expect(section.getByRole('listitem')).toHaveCount(0);
    const allChanges = section.getByRole('link', {
      name: answer.changes.length === 1 ? 'The change to this writeup' : `All ${answer.changes.length} changes to this writeup`,
    });
    if (answer.changes.length === 0) {
      await expect(section.getByRole('link')).toHaveCount(0);
      return;
    }
    await allChanges.click();
    await expect(page).toHaveURL(`/incidents/${slug}/history`);
    await expect(page.getByRole('heading', { level: 1, name: 'History of this writeup' })).toBeVisible();
    await expectChanges(page.getByRole('main'), answer.changes);
    // The oldest commit added the file (git follows it through renames).
    await expect(changeItems(page.getByRole('main')).last()).toContainText('Added the writeup.');

    // Each id a change names links to that item on the incident page.
    const itemLinks = await page
      .getByRole('main')
      .locator(`a[href^="/incidents/${slug}#"]`)
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
    for (const href of itemLinks) {
      await page.goto(href);
      await expect(page.locator(`[id="${href.split('#')[1]}"]`), href).toBeVisible();
    }
  });
}

test('the History section is in the page’s own table of contents', async ({ page }) => {
  await page.goto(`/incidents/${publishedIncidents[0]!.slug}`);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveURL(/#history$/);
  await expect(page.getByRole('heading', { name: 'History', level: 2 })).toBeInViewport();
});
