import { expect, test } from '@playwright/test';
import { publishedIncidents } from './support';

/** Related links as written in the content files: each pair, from the file that names it. */
const pairs = publishedIncidents.flatMap((incident) =>
  ((incident as { related?: string[] }).related ?? []).map((other) => ({ from: incident, to: publishedIncidents.find((candidate) => candidate.slug === other)! })),
);

test.describe('related incidents', () => {
  test('the content has at least one related link to follow', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  for (const { from, to } of pairs) {
    test(`link ${from.slug} and ${to.slug} both ways`, async ({ page }) => {
      await page.goto(`/incidents/${from.slug}`);
      const related = page.getByRole('list', { name: 'Related incidents' });
      await related.getByRole('link', { name: to.title }).click();
      await expect(page).toHaveURL(new RegExp(`/incidents/${to.slug}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(to.title);

      await page.getByRole('list', { name: 'Related incidents' }).getByRole('link', { name: from.title }).click();
      await expect(page).toHaveURL(new RegExp(`/incidents/${from.slug}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(from.title);
    });
  }
});

test.describe('tags', () => {
  const tagged = publishedIncidents.find((incident) => ((incident as { tags?: string[] }).tags ?? []).length > 0)!;
  const tag = (tagged as unknown as { tags: string[] }).tags[0]!;

  test('lead from an incident to a page listing every incident with the tag', async ({ page }) => {
    await page.goto(`/incidents/${tagged.slug}`);
    await page.locator('header#summary').getByRole('link', { name: `#${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`/tags/${tag}$`));
    const carriers = publishedIncidents.filter((incident) => ((incident as { tags?: string[] }).tags ?? []).includes(tag));
    for (const incident of carriers) await expect(page.getByRole('link', { name: incident.title })).toBeVisible();
  });

  test('are all listed on /tags, each leading to its page', async ({ page }) => {
    await page.goto('/tags');
    await page.getByRole('link', { name: new RegExp(`^#${tag} `) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`#${tag}`);
  });

  test('on /tags count the incidents carrying each, themselves or through a factor, once each', async ({ page }) => {
    const tagsOfSource = (incident: (typeof publishedIncidents)[number]) => {
      const source = incident as unknown as { tags?: string[]; contributingFactors?: { tags?: string[] }[] };
      return new Set([...(source.tags ?? []), ...(source.contributingFactors ?? []).flatMap((factor) => factor.tags ?? [])]);
    };
    const counts = new Map<string, number>();
    for (const incident of publishedIncidents) for (const name of tagsOfSource(incident)) counts.set(name, (counts.get(name) ?? 0) + 1);
    await page.goto('/tags');
    const links = page.getByRole('list').getByRole('link');
    await expect(links).toHaveCount(counts.size);
    for (const [name, count] of counts) {
      await expect(page.getByRole('link', { name: new RegExp(`^#${name} `) })).toHaveText(`#${name} (${count} ${count === 1 ? 'incident' : 'incidents'})`);
    }
    // Each tag's own page says the same count.
    for (const [name, count] of counts) {
      await page.goto(`/tags/${name}`);
      await expect(page.getByText(`${count} ${count === 1 ? 'incident carries' : 'incidents carry'} #${name}.`)).toBeVisible();
    }
  });
});
