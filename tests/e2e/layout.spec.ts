import { expect, test } from '@playwright/test';
import {
  INCIDENT_PATH,
  RENDERING,
  allEvents,
  expectDiagramFitsWindow,
  expectNoSidewaysScroll,
  expectShownEvents,
  incident,
  publishedIncidents,
  visibleEvents,
  waitForHydration,
  zoneSelect,
} from './support';

test.describe('on a 375px-wide phone', RENDERING, () => {
  test.use({ viewport: { width: 375, height: 800 }, timezoneId: 'Asia/Tokyo' });

  for (const url of ['/', INCIDENT_PATH, `${INCIDENT_PATH}?tz=UTC&kinds=alert,recovery`]) {
    test(`${url} scrolls only vertically`, async ({ page }) => {
      await page.goto(url);
      if (url !== '/') await waitForHydration(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
  }

  test('/ lays its search box across the window and its filters two by two', async ({ page }) => {
    await page.goto('/');
    const search = await page.getByRole('searchbox', { name: 'Search' }).boundingBox();
    const selects = await page.getByRole('search').getByRole('combobox').evaluateAll((elements) => elements.map((select) => select.getBoundingClientRect().toJSON() as DOMRect));
    expect(selects).toHaveLength(3);
    expect(search!.width).toBeGreaterThan(selects[0]!.width * 1.5);
    // Severity beside Service, Year below them; none past the window's edge.
    expect(selects[0]!.top).toBe(selects[1]!.top);
    expect(selects[2]!.top).toBeGreaterThan(selects[0]!.bottom);
    for (const box of selects) expect(box.right).toBeLessThanOrEqual(375);
  });

  test("/services/api: an incident's facts (date, organization, severity, impact) wrap with each dot at a line's end, never at its start", async ({ page }) => {
    await page.goto('/services/api');
    const wrapped = await page.locator('article p.facts').evaluateAll((lines) =>
      lines.map((line) => {
        const parts = [...line.children].map((part) => ({ text: part.textContent!.trim(), top: Math.round(part.getBoundingClientRect().top) }));
        return {
          rows: new Set(parts.map(({ top }) => top)).size,
          startingRows: parts.filter((part, i) => i > 0 && part.top > parts[i - 1]!.top).map(({ text }) => text),
          dots: [...line.children].map((part) => getComputedStyle(part, '::after').content),
        };
      }),
    );
    expect(wrapped.some(({ rows }) => rows > 1), 'some line of facts wraps at this width').toBe(true);
    for (const { startingRows, dots } of wrapped) {
      expect(startingRows.filter((text) => text === '·')).toEqual([]);
      expect(dots.slice(0, -1).every((content) => content.startsWith('"·"'))).toBe(true);
      expect(dots.at(-1)).toBe('none');
    }
  });

  // Wide tables scroll sideways inside their box; what must not run off is the text around them.
  for (const url of ['/insights', '/insights/service/api', '/follow-ups']) {
    test(`${url}: every chart's labels and figures inside the chart, every table's caption inside the window`, async ({ page }) => {
      await page.goto(url);
      await expectNoSidewaysScroll(page);
      const cutOff = await page.evaluate(() => {
        const texts = [...document.querySelectorAll('svg')].flatMap((chart) => {
          const box = chart.getBoundingClientRect();
          return [...chart.querySelectorAll('text')].filter((text) => {
            const { left, right } = text.getBoundingClientRect();
            return left < box.left - 0.5 || right > box.right + 0.5;
          });
        });
        // Charts drawn in HTML (the bar charts): every label, bar and figure inside the chart, none
        // cut off but a label shortened on purpose, with an ellipsis.
        const parts = [...document.querySelectorAll('figure > [aria-hidden="true"]')].flatMap((chart) => {
          const box = chart.getBoundingClientRect();
          return [...chart.querySelectorAll('p, span')].filter((part) => {
            const { left, right } = part.getBoundingClientRect();
            const clipped = part.scrollWidth > part.clientWidth + 1 && getComputedStyle(part).textOverflow !== 'ellipsis';
            return left < box.left - 0.5 || right > box.right + 0.5 || clipped;
          });
        });
        const captions = [...document.querySelectorAll('caption')].filter((caption) => caption.getBoundingClientRect().right > window.innerWidth);
        return [...texts, ...parts, ...captions].map((element) => element.textContent);
      });
      expect(cutOff).toEqual([]);
    });
  }

  test('/insights: the month charts\' text is drawn at a readable size, not shrunk with the chart', async ({ page }) => {
    await page.goto('/insights');
    const sizes = await page.locator('#by-month svg').evaluateAll((charts) =>
      charts.flatMap((chart) => {
        const scale = chart.getBoundingClientRect().width / (chart as SVGSVGElement).viewBox.baseVal.width;
        return [...chart.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size')) * scale);
      }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
  });

  for (const { slug } of publishedIncidents) {
    test(`${slug}: the cause diagram fits, every cause inside the window`, async ({ page }) => {
      await page.goto(`/incidents/${slug}`);
      await expectNoSidewaysScroll(page);
      await expectDiagramFitsWindow(page);
    });

    test(`${slug}: every mark on the overview strip lies whole inside it, the first and last too`, async ({ page }) => {
      await page.goto(`/incidents/${slug}`);
      const strip = page.locator('figure .strip');
      const outside = await strip.evaluate((box) => {
        const inner = box.getBoundingClientRect();
        const [left, right] = [inner.left + box.clientLeft, inner.left + box.clientLeft + box.clientWidth];
        return [...box.querySelectorAll('.tl-mark')]
          .map((mark) => mark.getBoundingClientRect())
          .filter((mark) => mark.left < left - 0.5 || mark.right > right + 0.5)
          .map((mark) => `${Math.round(mark.left)}–${Math.round(mark.right)} outside ${Math.round(left)}–${Math.round(right)}`);
      });
      expect(await strip.locator('.tl-mark').count()).toBeGreaterThan(1);
      expect(outside).toEqual([]);
    });

    test(`${slug}: the times under the overview strip do not run into one another`, async ({ page }) => {
      await page.goto(`/incidents/${slug}`);
      const spans = await page
        .locator('figure .strip-ticks > *')
        .evaluateAll((labels) => labels.filter((label) => label.checkVisibility()).map((label) => label.getBoundingClientRect()).map(({ left, right }) => ({ left, right })));
      expect(spans.length).toBeGreaterThan(1);
      for (let i = 1; i < spans.length; i++) {
        expect(spans[i]!.left, `label ${i + 1} starts after label ${i} ends`).toBeGreaterThan(spans[i - 1]!.right);
      }
    });
  }
});

test('printing a filtered page prints every event and none of the controls', RENDERING, async ({ page }) => {
  await page.goto(`${INCIDENT_PATH}?kinds=alert`);
  await waitForHydration(page);
  await expectShownEvents(page, incident.timeline.filter((event) => event.kind === 'alert').length);

  // Every event, those in collapsed groups of status updates too.
  await page.emulateMedia({ media: 'print' });
  await expect(visibleEvents(page)).toHaveCount(incident.timeline.length);
  for (const event of await allEvents(page).all()) await expect(event).toBeVisible();
  await expect(zoneSelect(page)).toBeHidden();
  await expect(page.getByRole('group', { name: 'Show events of kind' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Copy link to/ })).toHaveCount(0);

  await page.emulateMedia({ media: 'screen' });
  await expect(visibleEvents(page)).toHaveCount(1);
  await expect(zoneSelect(page)).toBeVisible();
});

test.describe('printed on A4 paper (717 px between the margins)', RENDERING, () => {
  test.use({ viewport: { width: 717, height: 1000 } });

  for (const url of ['/follow-ups', '/insights', INCIDENT_PATH]) {
    test(`${url}: every table shows every column within the page`, async ({ page }) => {
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      const tables = page.locator('table');
      expect(await tables.count()).toBeGreaterThan(0);
      const cutOff = await tables.evaluateAll((all) =>
        all
          .filter((table) => table.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((table) => table.querySelector('caption')?.textContent ?? table.querySelector('th')?.textContent),
      );
      expect(cutOff).toEqual([]);
    });
  }
});

// 320 CSS px is the width WCAG's reflow criterion asks for: a small phone, or a 1280px window zoomed to 400%.
test.describe('on a 320px-wide phone', RENDERING, () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const url of ['/', INCIDENT_PATH, '/insights', '/follow-ups', '/tags', '/services', '/services/api']) {
    test(`${url} scrolls only vertically, with the site's header on one line`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
      const header = page.locator('header.site-header');
      const links = await header.locator('a').evaluateAll((anchors) =>
        anchors.map((anchor) => {
          const text = document.createRange();
          text.selectNodeContents(anchor);
          return { text: anchor.textContent, lines: text.getClientRects().length, top: Math.round(anchor.getBoundingClientRect().top) };
        }),
      );
      expect(links.map(({ text, lines }) => `${text}: ${lines} line`)).toEqual(['Postmortems: 1 line', 'Insights: 1 line', 'Follow-ups: 1 line', 'Tags: 1 line']);
      expect(new Set(links.map(({ top }) => top)).size, 'links side by side').toBe(1);
      expect((await header.boundingBox())!.height).toBeCloseTo(56, 0);
    });
  }

  test(`${INCIDENT_PATH}: the zone list shows its choice whole`, async ({ page }) => {
    await page.goto(INCIDENT_PATH);
    await waitForHydration(page);
    const fit = await zoneSelect(page).evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(select.selectedOptions[0]!.text).width;
      // Chromium draws the list's arrow inside the right padding's edge: about 20 px at this size.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return { text: Math.round(text), room: Math.round(room) };
    });
    expect(fit.text).toBeLessThanOrEqual(fit.room);
  });

  for (const { slug } of publishedIncidents) {
    test(`${slug}: the overview strip shows each degree's word whole inside its band, or not at all`, async ({ page }) => {
      await page.goto(`/incidents/${slug}`);
      const words = await page.locator('.strip-window').evaluateAll((bands) =>
        bands.map((band) => {
          const inner = band.getBoundingClientRect();
          const word = band.querySelector('.strip-degree')!.getBoundingClientRect();
          const inside = word.left >= inner.left + band.clientLeft && word.right <= inner.left + band.clientLeft + band.clientWidth && word.bottom <= inner.bottom;
          const outside = word.top >= inner.bottom;
          return { width: Math.round(band.clientWidth), shown: inside, whole: inside || outside };
        }),
      );
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(word.whole, `a band ${word.width} px wide`).toBe(true);
      expect(words.some((word) => word.shown)).toBe(true);
    });

    test(`${slug}: no word in the cause diagram is broken across lines, causes side by side included`, async ({ page }) => {
      await page.goto(`/incidents/${slug}#root-cause`);
      const nodes = page.locator('.cause-node');
      await expect(nodes.first()).toBeVisible();
      const broken = await nodes.evaluateAll((elements) =>
        elements.flatMap((element) => {
          const found: string[] = [];
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            // A hyphen is a fair place to break a line; anywhere else inside a word is not.
            for (const word of node.textContent!.matchAll(/[^\s-]+/g)) {
              const range = document.createRange();
              range.setStart(node, word.index);
              range.setEnd(node, word.index + word[0].length);
              if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) found.push(word[0]);
            }
          }
          return found;
        }),
      );
      expect(broken).toEqual([]);
    });
  }
});

test.describe('on a 375px-wide phone, the page\'s scripts', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  // Whatever they add above the timeline would push a linked event down after the browser has jumped to it.
  test('move nothing above the timeline when they run', async ({ page }) => {
    const timelineTop = () => page.locator('section#timeline').evaluate((section) => section.getBoundingClientRect().top + window.scrollY);
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto(INCIDENT_PATH);
    const withoutScripts = await timelineTop();
    await page.unrouteAll();
    await page.goto(INCIDENT_PATH);
    await waitForHydration(page);
    expect(await timelineTop()).toBe(withoutScripts);
  });
});

test.describe('on a 375px-wide phone, the follow-up backlog', RENDERING, () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('shows each follow-up as a card, every cell on screen and named by its column, nothing scrolling sideways', async ({ page }) => {
    await page.goto('/follow-ups');
    await expectNoSidewaysScroll(page);
    const table = page.getByRole('table', { name: 'Follow-ups' });
    expect(await table.locator('xpath=..').evaluate((scroller) => scroller.scrollWidth - scroller.clientWidth)).toBe(0);

    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['Follow-up', 'Status', 'Owner', 'Due', 'Priority', 'Incident']);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    for (const row of await rows.all()) {
      const cells = await row.getByRole('cell').evaluateAll((tds) =>
        tds.map((td) => ({ label: getComputedStyle(td, '::before').content, box: td.getBoundingClientRect().toJSON() as DOMRect })),
      );
      // The title names itself; every other cell shows its column's name above its value.
      expect(cells.map((cell) => cell.label)).toEqual(['none', ...headers.slice(1).map((header) => `"${header}" / ""`)]);
      for (const { box } of cells) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(375);
      }
      // Status beside owner, due beside priority; the title above them and the incident below.
      const [title, status, owner, due, priority, incidentCell] = cells.map((cell) => cell.box);
      expect(status!.top).toBe(owner!.top);
      expect(due!.top).toBe(priority!.top);
      expect(status!.top).toBeGreaterThanOrEqual(title!.bottom);
      expect(due!.top).toBeGreaterThanOrEqual(status!.bottom);
      expect(incidentCell!.top).toBeGreaterThanOrEqual(due!.bottom);
    }
  });

  test('lays the filters out two by two, each within the window', async ({ page }) => {
    await page.goto('/follow-ups');
    const filters = page.getByRole('search', { name: 'Filter follow-ups' });
    const boxes = await filters.getByRole('combobox').evaluateAll((selects) => selects.map((select) => select.getBoundingClientRect().toJSON() as DOMRect));
    // No follow-up of the library names an owner, so there is no Owner filter (follow-up-controls.test.tsx).
    expect(boxes.length).toBe(6);
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(375);
    // Timing and Status, Category and Priority share a row; Service and Sort by have one each.
    for (const pair of [0, 2]) expect(boxes[pair]!.top).toBe(boxes[pair + 1]!.top);
    expect(boxes[2]!.top).toBeGreaterThan(boxes[0]!.bottom);
    for (const wide of [4, 5]) expect(boxes[wide]!.width).toBeGreaterThan(boxes[0]!.width * 1.5);
  });

  test("is still a table to Chromium's accessibility tree, the cells' names without the drawn column names", async ({ page }) => {
    await page.goto('/follow-ups');
    const rowCount = await page.locator('tbody tr').count();
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const shown = nodes.filter((node) => !node.ignored);
    const count = (role: string) => shown.filter((node) => node.role?.value === role).length;
    expect(count('table')).toBe(1);
    expect(count('columnheader')).toBe(6);
    expect(count('row')).toBe(rowCount + 1);
    const cellNames = shown.filter((node) => node.role?.value === 'cell').map((node) => String(node.name?.value));
    expect(cellNames).toHaveLength(rowCount * 6);
    expect(cellNames.filter((name) => /^(Status|Owner|Due|Priority|Incident)/.test(name))).toEqual([]);
    await cdp.detach();
  });
});

test.describe('on a 390px-wide touch screen, the incident page', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  // WCAG 2.5.8: a target at least 24 px square, or that far from its neighbours.
  test('has copy buttons at least 24 px tall, and its windows\' detection and mitigation links 24 px apart', async ({ page }) => {
    await page.goto(INCIDENT_PATH);
    await waitForHydration(page);
    // The timeline is put in place at the browser's first idle moment, which may come after hydration.
    await expect(allEvents(page)).toHaveCount(incident.timeline.length);
    const heights = await page.getByRole('button', { name: /^Copy link to/ }).evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);

    const centres = await page
      .locator('#summary li[id] dd a')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect()).map(({ left, right, top, bottom }) => [(left + right) / 2, (top + bottom) / 2] as const));
    expect(centres.length).toBeGreaterThan(1);
    for (let i = 1; i < centres.length; i++) expect(Math.hypot(centres[i]![0] - centres[i - 1]![0], centres[i]![1] - centres[i - 1]![1])).toBeGreaterThanOrEqual(24);
  });

  for (const { slug } of publishedIncidents) {
    test(`${slug}: a tap on the overview strip within 12 px of a mark's middle lands on a mark`, async ({ page }) => {
      await page.goto(`/incidents/${slug}`);
      await page.locator('.strip').scrollIntoViewIfNeeded();
      // The timeline section is drawn once on screen (content-visibility), a frame after the scroll.
      await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
      const misses = await page.locator('.tl-mark').evaluateAll((marks) =>
        marks.flatMap((mark) => {
          const strip = mark.parentElement!.getBoundingClientRect();
          const { left, right, top, bottom } = mark.getBoundingClientRect();
          const [x, y] = [(left + right) / 2, (top + bottom) / 2];
          return [
            [x - 11.5, y],
            [x + 11.5, y],
            [x, y - 11.5],
            [x, y + 11.5],
          ]
            .filter(([pointX]) => pointX! >= strip.left && pointX! <= strip.right)
            .filter(([pointX, pointY]) => !document.elementFromPoint(pointX!, pointY!)?.closest('.tl-mark'))
            .map(([pointX, pointY]) => `${mark.getAttribute('href')} at ${Math.round(pointX! - x)},${Math.round(pointY! - y)}`);
        }),
      );
      expect(misses).toEqual([]);
    });
  }
});

// An inline element that wraps has a box per line.
for (const width of [320, 1280]) {
  test(`at ${width}px every time in the timeline stays on one line with its zone`, RENDERING, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${INCIDENT_PATH}?tz=UTC`);
    await expect(allEvents(page)).toHaveCount(incident.timeline.length);
    const split = await page.locator('.tl-when time').evaluateAll((times) =>
      times.filter((time) => time.checkVisibility()).flatMap((time) => {
        const lines = [...time.getClientRects()].filter((box) => box.width > 0).length - time.querySelectorAll('b').length;
        return lines > 1 ? [time.textContent] : [];
      }),
    );
    expect(split).toEqual([]);
  });
}

for (const width of [390, 1280]) {
  test(`at ${width}px the insights' charts show every service's whole name`, RENDERING, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/insights');
    const cut = await page.locator('div[aria-hidden="true"] span[title]').evaluateAll((labels) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth || label.scrollHeight > label.clientHeight).map((label) => label.getAttribute('title')),
    );
    expect(cut).toEqual([]);
    expect(await page.locator('div[aria-hidden="true"] span[title="Login and account creation"]').count()).toBeGreaterThan(0);
  });
}
