import { expect, test } from '@playwright/test';
import { groupCommunications } from '../../lib/timeline/groups';
import { INCIDENT_PATH, eventItem, expectParkedBelowHeader, expectShownEvents, incident, shownTime } from './support';

test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
  test('a link to an event scrolls it below the header and :target highlights it', async ({ page }) => {
    await page.goto(`${INCIDENT_PATH}#first-cluster-recovered`);
    const target = eventItem(page, 'first-cluster-recovered');
    const other = eventItem(page, 'alerts-fire');
    await expectParkedBelowHeader(page, target);
    expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
    // The highlight is CSS alone: no script set the attribute.
    await expect(target).not.toHaveAttribute('data-highlighted');

    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) };
    };
    const targetLook = await target.evaluate(look);
    const otherLook = await other.evaluate(look);
    expect(otherLook.background).toBe('rgba(0, 0, 0, 0)');
    expect(otherLook.outline).toBe('none');
    // A tinted background and a solid outline (the browser also focuses the
    // target, so the outline may be the focus ring's).
    expect(targetLook.background).not.toBe(otherLook.background);
    expect(targetLook.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(targetLook.outline).toBe('solid');
    expect(targetLook.outlineWidth).toBeGreaterThanOrEqual(2);
  });

  test('the prerendered page shows every event in the incident zone, controls disabled', async ({ page }) => {
    await page.goto(INCIDENT_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.title);
    await expectShownEvents(page, incident.timeline.length);
    await expect(shownTime(page, 'impact-begins')).toHaveText('15:16 PST');
    await expect(page.getByLabel('Times in')).toBeDisabled();
    // Buttons that need a script are not offered.
    await expect(page.getByRole('button', { name: /^Copy link to/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
    // They look disabled, and the keys that need a script are not offered; hovering a time still works.
    expect(await page.getByLabel('Times in').evaluate((select) => Number(getComputedStyle(select).opacity))).toBeLessThan(1);
    await expect(page.getByText(/to move between events/)).toBeHidden();
    await expect(page.getByText('Hover a time for its exact UTC instant.')).toBeVisible();
    // And they say why.
    expect(await page.locator('#timeline').innerText()).toContain('Zone and kind choices need JavaScript.');
  });

  test('the index says its search and filters need JavaScript, and shows them disabled', async ({ page }) => {
    await page.goto('/');
    // Playwright's text locators skip <noscript>; what the reader sees is the page's rendered text.
    expect(await page.locator('main').innerText()).toContain('Search and filters need JavaScript: without it, every incident is listed, page by page.');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await expect(search).toBeDisabled();
    expect(await search.evaluate((input) => Number(getComputedStyle(input).opacity))).toBeLessThan(1);
  });

  test('a link to a status update inside a collapsed group opens the group on it', async ({ page }) => {
    const group = groupCommunications(incident.timeline).find((entry) => entry.type === 'group');
    if (!group || group.type !== 'group') throw new Error('the incident has no group of status updates to test with');
    const inside = group.events[Math.floor(group.events.length / 2)]!;

    await page.goto(INCIDENT_PATH);
    const details = page.locator('li.timeline-group details').filter({ has: page.locator(`[id="${inside.id}"]`) });
    await expect(details).not.toHaveAttribute('open');
    await expect(eventItem(page, inside.id)).toBeHidden();

    await page.goto(`${INCIDENT_PATH}#${inside.id}`);
    await expect(details).toHaveAttribute('open');
    await expectParkedBelowHeader(page, eventItem(page, inside.id));
  });
});
