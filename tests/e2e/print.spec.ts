import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium-launch';
import { readmeBlocks } from '../readme-blocks';
import { INCIDENT_PATH, incident } from './support';

/** The README's command that prints a writeup to PDF with headless Chromium, as words. */
function readmePrintCommand(): string[] {
  const lines = readmeBlocks('sh').flatMap((block) => block.split('\n').map((line) => line.trim()));
  const commands = lines.filter((line) => line.startsWith('chromium ') && line.includes('--print-to-pdf='));
  expect(commands).toHaveLength(1);
  return commands[0]!.split(/\s+/);
}

/**
 * The names of the PDF's destinations: Chromium writes one for every element a
 * link of the page points at (`href="#id"`), named by its id, in a `/Dests` dictionary.
 */
function destinationNames(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const reference = /\/Dests (\d+) 0 R/.exec(text);
  expect(reference, 'the PDF has named destinations').not.toBeNull();
  const start = text.indexOf(`\n${reference![1]} 0 obj`);
  const dictionary = text.slice(start, text.indexOf('>>', start));
  return [...dictionary.matchAll(/\/([^\s[/]+) \[/g)].map((match) => match[1]!);
}

test("the README's headless Chromium command prints the whole writeup, though it prints the page as it loads", async ({ baseURL }) => {
  const [program, ...args] = readmePrintCommand();
  const dir = mkdtempSync(path.join(tmpdir(), 'print-to-pdf-'));
  const file = path.join(dir, 'incident.pdf');
  const words = args.map((word) =>
    word.startsWith('--print-to-pdf=') ? `--print-to-pdf=${file}` : word.replace(/^http:\/\/localhost:3000/, baseURL!),
  );
  expect(words.at(-1)).toBe(`${baseURL}${INCIDENT_PATH}`);
  // This machine's Chromium runs as root, without a display or the network: the flags every browser test launches it with.
  const machineFlags = CHROMIUM_LAUNCH_OPTIONS.args.filter((flag) => !args.includes(flag));
  const result = spawnSync(program === 'chromium' ? CHROMIUM_LAUNCH_OPTIONS.executablePath : program!, [...machineFlags, `--user-data-dir=${path.join(dir, 'profile')}`, ...words], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  expect(existsSync(file), `Chromium wrote ${file}`).toBe(true);

  // Every event links to itself and the page's contents link to every section: each is in the PDF only if it was printed.
  const printed = destinationNames(readFileSync(file));
  const expected = [...incident.timeline.map((event) => event.id), 'root-cause', 'remediations', 'narrative', 'history'];
  expect(expected.filter((id) => !printed.includes(id))).toEqual([]);
});

test('on paper the site navigation is left out and a note keeps its title with its text', async ({ page }) => {
  await page.goto('/incidents/2022-08-19-openai-api-load-balancer-outage');
  const note = page.getByRole('note').filter({ hasText: 'About the times' });
  await expect(note).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Postmortems' })).toBeVisible();
  expect(await note.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
});

// Chromium prints without background graphics unless asked: what is drawn as a background must not need it.
test('on paper the severity reads black on white and the overview strip keeps its marks', async ({ page }) => {
  await page.goto(INCIDENT_PATH);
  await page.emulateMedia({ media: 'print' });
  const badge = page.locator('header').getByText('SEV1', { exact: false }).first();
  expect(await badge.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor])).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  const adjust = await page.locator('.tl-mark').evaluateAll((marks) => marks.map((mark) => getComputedStyle(mark).printColorAdjust));
  expect(adjust.length).toBeGreaterThan(0);
  expect(new Set(adjust)).toEqual(new Set(['exact']));
});

test('printed from a dark-themed browser, the page prints as from a light one: dark text on white', async ({ page }) => {
  await page.goto(INCIDENT_PATH);
  await expect(page.locator('li.tl-chunk[data-deferred]')).toHaveCount(0);
  // The text and background colours of the page's parts that have a dark look on screen.
  const colours = () =>
    page
      .locator('body, body > header, h1, .figure-card, .tl-kind, .tl-trigger, .tl-detail, .tl-offset, .cause-node, .text-muted, .text-soft')
      .evaluateAll((elements) => elements.map((element) => `${getComputedStyle(element).color} on ${getComputedStyle(element).backgroundColor}`));
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  const lightScreen = await colours();
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  expect(await colours(), 'the dark scheme changes these colours on screen').not.toEqual(lightScreen);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const lightPaper = await colours();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await colours()).toEqual(lightPaper);
});
