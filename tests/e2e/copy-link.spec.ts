import { expect, test } from '@playwright/test';
import { INCIDENT_PATH, copyStatus, eventItem, sourceEvent, waitForHydration } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('"Copy link" puts the event\'s absolute address on the clipboard and says so', async ({ page, baseURL }) => {
  await page.goto(INCIDENT_PATH);
  await waitForHydration(page);
  const event = sourceEvent('first-cluster-recovered');
  const item = eventItem(page, event.id);
  const button = item.getByRole('button', { name: `Copy link to “${event.title}”` });
  await expect(button).toHaveText('Copy link');
  await expect(copyStatus(page)).toHaveText('');

  await button.click();
  await expect(copyStatus(page)).toHaveText('Link copied');
  await expect(button).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${INCIDENT_PATH}#${event.id}`);
  // Only that event's button says so.
  await expect(eventItem(page, 'alerts-fire').getByRole('button', { name: /^Copy link to/ })).toHaveText('Copy link');

  // It keeps saying so while it has focus, and goes back once focus moves on.
  await expect(button).toBeFocused();
  await expect(button).toHaveText('Copied');
  await page.keyboard.press('Tab');
  await expect(button).toHaveText('Copy link');
  await expect(copyStatus(page)).toHaveText('');
});

test('the copied link keeps the reader\'s view', async ({ page, baseURL }) => {
  await page.goto(`${INCIDENT_PATH}?tz=UTC`);
  await waitForHydration(page);
  const event = sourceEvent('alerts-fire');
  await eventItem(page, event.id).getByRole('button', { name: `Copy link to “${event.title}”` }).click();
  await expect(copyStatus(page)).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${INCIDENT_PATH}?tz=UTC#${event.id}`);
});

test('with a kind filter on, "Copy link" and the title link of the first event shown work: the list does not move under the pointer', async ({ page, baseURL }) => {
  // Focus entering the list used to release its chunk's containment, and the first shown event's margin moved the list up between press and release.
  await page.goto(`${INCIDENT_PATH}?kinds=impact`);
  await waitForHydration(page);
  const event = sourceEvent('impact-begins');
  expect(event.kind).toBe('impact');
  const item = eventItem(page, event.id);
  const button = item.getByRole('button', { name: `Copy link to “${event.title}”` });
  await button.scrollIntoViewIfNeeded();
  const top = await item.evaluate((element) => element.getBoundingClientRect().top);
  await button.click();
  await expect(copyStatus(page)).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${INCIDENT_PATH}?kinds=impact#${event.id}`);
  expect(await item.evaluate((element) => element.getBoundingClientRect().top)).toBe(top);

  await page.goto(`${INCIDENT_PATH}?kinds=impact`);
  await waitForHydration(page);
  await item.getByRole('link', { name: event.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`\\?kinds=impact#${event.id}$`));
});
