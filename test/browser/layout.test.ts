import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from './findChromium.ts';
import { openApp, startSession, type BrowserSession } from './session.ts';
import { VIEWS } from '../../src/state/urlState.ts';

const run = chromiumAvailable();
const POLL = { timeout: 20_000 };

/** The lessons' ids, in the Learn tab's order (the first test checks the tab lists as many). */
const LESSON_IDS = [
  'discreteness',
  'coverage',
  'dance',
  'swimmers',
  'sample-size',
  'follow-up',
  'bayes',
];

/** Every tab, then every lesson, as a link opens it. */
const PAGES = [
  ...VIEWS.map((view) => ({ name: `the ${view} tab`, hash: `#v=1&view=${view}` })),
  ...LESSON_IDS.map((id) => ({ name: `the ${id} lesson`, hash: `#v=1&view=learn&lesson=${id}` })),
];

/** How much wider than the window the page is (0 when it does not scroll sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/** The SVG text drawn smaller than `px` pixels on screen (after the chart's scaling). */
const textSmallerThan = (page: Page, px: number) =>
  page.evaluate((least) => {
    const small: string[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
      const box = t.getBoundingClientRect();
      if (box.width === 0 || !t.textContent?.trim()) continue;
      const m = t.getScreenCTM();
      // The length of a unit along the text's own direction (rotated titles included).
      const scale = m ? Math.hypot(m.a, m.b) : 1;
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (size < least - 0.05) small.push(`${t.textContent.trim()} (${size.toFixed(1)} px)`);
    }
    return small;
  }, px);

/**
 * The lesson charts wider than their box (their SVG, or what scrolls inside the box), each as
 * "drawn width / box width"; empty when every chart is laid out for its column.
 */
const lessonChartsWiderThanBox = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.figure')].flatMap((figure) => {
      const svg = figure.querySelector('svg')!;
      const region = figure.querySelector<HTMLElement>('.region')!;
      const drawn = Math.max(svg.getBoundingClientRect().width, region.scrollWidth);
      return drawn > figure.clientWidth + 0.5
        ? [`${svg.getAttribute('aria-label')?.slice(0, 60)}: ${drawn} / ${figure.clientWidth} px`]
        : [];
    }),
  );

describe.runIf(run)('the explorer on a phone, a projector and paper', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  for (const [width, height] of [
    [390, 844],
    [1024, 768],
  ]) {
    it(`at ${width}×${height} no tab or lesson scrolls sideways, every tab is in view, chart text is at least 11 px and every lesson chart fits its box`, async () => {
      const { page, context, errors } = await openApp(session, '', { width });
      await page.setViewportSize({ width, height });
      for (const { name, hash } of PAGES) {
        await page.goto(session.url + hash);
        await page.locator('[role=tabpanel] h2').first().waitFor(POLL);
        await page.waitForTimeout(300);
        expect(await sidewaysOverflow(page), `${name} at ${width} px`).toBeLessThanOrEqual(0);
        expect(await textSmallerThan(page, 11), `${name} at ${width} px`).toEqual([]);
        expect(await lessonChartsWiderThanBox(page), `${name} at ${width} px`).toEqual([]);
        if (hash.includes('lesson='))
          expect(await page.locator('.figure svg').count()).toBeGreaterThan(0);
      }
      expect(await page.locator('.learn nav li').count()).toBe(LESSON_IDS.length);
      // Every tab is on screen (they wrap), none hidden off the side.
      const tabs = await page.getByRole('tab').evaluateAll((ts) =>
        ts.map((t) => {
          const r = t.getBoundingClientRect();
          return r.left >= 0 && r.right <= window.innerWidth && r.width > 0;
        }),
      );
      expect(tabs).toEqual(VIEWS.map(() => true));
      expect(errors).toEqual([]);
      await context.close();
    }, 240_000);
  }

  it('at 1024×768 the swimmer plot starts above the fold, under a compact header', async () => {
    const { page, context, errors } = await openApp(session, '', { width: 1024 });
    await page.setViewportSize({ width: 1024, height: 768 });
    const plot = (await page.locator('.swimmer svg[role=img]').boundingBox())!;
    expect(plot.y).toBeLessThan(768 - 200);
    const header = (await page.locator('header').boundingBox())!;
    expect(header.height).toBeLessThan(160);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it("Reconstruct's large view of a cohort scrolls into view when it opens, on a phone too", async () => {
    const { page, context, errors } = await openApp(
      session,
      '#v=1&view=reconstruct&r.cohorts=20&r.seed=3',
      { waitFor: null, width: 390 },
    );
    await page.setViewportSize({ width: 390, height: 844 });
    const show = page.getByRole('button', { name: 'Show large' }).nth(3);
    await show.waitFor({ timeout: 30_000 });
    await show.click();
    const large = page.locator('#cohort-large');
    await large.locator('g[data-patient-id]').first().waitFor();
    await expect
      .poll(() => large.evaluate((e) => e.getBoundingClientRect().top), POLL)
      .toBeLessThan(100);
    expect(await large.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('prints a tab as its charts and tables, without the controls, in one column', async () => {
    const { page, context, errors } = await openApp(session);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['[role=tablist]', '[data-testid=swimmer-sort]', 'button']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.swimmer svg[role=img]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=summary-table], table').first().isVisible()).toBe(true);
    const columns = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('.layout')!).gridTemplateColumns.split(' ').length,
    );
    expect(columns).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
