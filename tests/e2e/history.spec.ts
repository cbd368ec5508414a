import { expect, test } from '@playwright/test';
import { gitHistoryOf } from './git-truth';
import { publishedIncidents } from './support';

test.use({ javaScriptEnabled: false });

for (const { slug } of publishedIncidents) {
  test(`the history of ${slug} is what git says, or is said to be unavailable`, async ({ page }) => {
    await page.goto(`/incidents/${slug}#history`);
    const section = page.getByRole('region', { name: 'History' });
    await expect(section).toBeVisible();
    const answer = gitHistoryOf(slug);
    if (!answer.available) {
      await expect(section).toContainText('The history of this writeup is unavailable');
      await expect(section.locator('time')).toHaveCount(0);
      return;
    }
    const changes = section.getByRole('listitem');
    await expect(changes).toHaveCount(answer.changes.length);
    const shown = await changes.evaluateAll((items) =>
      items.map((item) => ({ date: item.querySelector('time')?.getAttribute('datetime'), text: item.textContent })),
    );
    expect(shown.map((change) => change.date)).toEqual(answer.changes.map((change) => change.date));
    shown.forEach((change, index) => expect(change.text).toContain(answer.changes[index]!.subject));
    if (answer.uncommitted) {
      await expect(section).not.toContainText('Last changed');
    } else {
      await expect(section.getByText('Last changed').locator('time')).toHaveAttribute('datetime', answer.changes[0]!.date);
    }
  });
}

test('the History section is in the page’s own table of contents', async ({ page }) => {
  await page.goto(`/incidents/${publishedIncidents[0]!.slug}`);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveURL(/#history$/);
  await expect(page.getByRole('heading', { name: 'History', level: 2 })).toBeInViewport();
});
