/**
 * Refreshes the README screenshot from a running viewer:
 *   npm run build && npx next start -p 3000 &  then  npx tsx scripts/screenshot.ts [base-url]
 */
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 1400 }, colorScheme: 'light' });
await page.goto(`${base}/incidents/2024-12-11-openai-api-chatgpt-sora-outage`);
await page.screenshot({ path: 'public/screenshot.png' });
await browser.close();
console.log('wrote public/screenshot.png');
