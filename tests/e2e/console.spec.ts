import { expect, test } from '@playwright/test';
import { chooseZone, collectErrors, INCIDENT_PATH, shownTime, waitForHydration } from './support';

test.describe('no console errors or hydration warnings', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  for (const url of [INCIDENT_PATH, `${INCIDENT_PATH}?tz=UTC&kinds=alert,recovery#alerts-fire`, '/']) {
    test(`while loading and using ${url}`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(url);
      if (url !== '/') {
        await waitForHydration(page);
        await chooseZone(page, 'Asia/Tokyo');
        // Filtered to alerts and recoveries, the alert is the first event shown of its day, and carries the date.
        await expect(shownTime(page, 'alerts-fire')).toHaveText(url.includes('kinds=') ? /^Dec 1208:13 / : /^08:13 /);
        await page.getByRole('button', { name: /^Change \d+$/ }).click();
        await page.keyboard.press('j');
      }
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }
});
