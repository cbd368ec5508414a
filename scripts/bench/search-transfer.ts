import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromium-launch';
import { startNextServer } from './servers';

/**
 * What a reader's browser transfers to search, measured in Chromium against
 * `next start` on a built project: the bytes of every /pagefind/ response
 * (bodies as sent, compressed where the server compresses), from focusing the
 * search box through the results of the first word, then for each further
 * word typed. Words are typed at 150 ms a key, some 80 words a minute: a
 * practised typist, whose pauses between keys a search must outwait.
 */
export type SearchTransfer = { query: string; firstSearchBytes: number; furtherWordBytes: number[] };

/** Between two keys typed. */
export const KEY_INTERVAL_MS = 150;

/** Waits for the result list of the words typed so far, then for the search to stop fetching. */
async function settled(page: Page, pending: () => number): Promise<void> {
  await page.getByRole('status').filter({ hasText: /incidents match|No incident matches/ }).waitFor();
  let quietSince = Date.now();
  while (Date.now() - quietSince < 750) {
    if (pending() > 0) quietSince = Date.now();
    await page.waitForTimeout(50);
  }
}

export async function measureSearchTransfer(projectDir: string, words: readonly string[], port: number): Promise<SearchTransfer> {
  const server = await startNextServer(projectDir, port);
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const base = server.url;
    const page = await browser.newPage();
    let bytes = 0;
    let pending = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pending += 1;
    });
    page.on('requestfinished', async (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      // Read before adding: `bytes += await …` reads bytes before the wait, and responses
      // finishing together would each add to the same old total, losing all but one.
      const { responseBodySize } = await request.sizes();
      bytes += responseBodySize;
      pending -= 1;
    });
    page.on('requestfailed', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pending -= 1;
    });
    await page.goto(base);
    const box = page.getByLabel('Search', { exact: true });
    // The first search counts from before the focus, which starts loading Pagefind: where
    // those responses end, before or after the first key, must not change the figure.
    let before = bytes;
    await box.click();
    const perWord: number[] = [];
    for (const [i, word] of words.entries()) {
      if (i > 0) before = bytes;
      await box.pressSequentially(`${i === 0 ? '' : ' '}${word}`, { delay: KEY_INTERVAL_MS });
      await settled(page, () => pending);
      perWord.push(bytes - before);
    }
    return { query: words.join(' '), firstSearchBytes: perWord[0]!, furtherWordBytes: perWord.slice(1) };
  } finally {
    await browser.close();
    server.stop();
  }
}
