/**
 * A cohort rebuilt from a published survival figure, as a user makes it in the built site: the
 * WebPlotDigitizer export of R's veteran figure and its at-risk row on the Reconstruct tab, read
 * as overall survival. The Kaplan–Meier tab then draws its overall survival with R's median and
 * interval, and every tab says what it cannot show (response) instead of 0 of 137; the report,
 * a link with the data and axe agree. The HLH cohort's Kaplan–Meier tab gains the same curve.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_RESPONSE_RECORDED } from '../../src/engine/responseNotRecorded.ts';
import { format } from '../../src/ui/format.ts';
import { fixturePath, kmFigures } from '../engine/kmfigure/kmFigures.ts';
import { readFixture } from '../engine/stats/fixtures.ts';
import { axeProblems, loadAxe } from './axe.ts';
import { buildSite, removeSite } from './buildSite.ts';
import { chromiumAvailable } from './findChromium.ts';
import {
  copiedLinkWithData,
  openApp,
  startSession,
  type AppPage,
  type BrowserSession,
} from './session.ts';

const POLL = { timeout: 20_000 };
const run = chromiumAvailable();
const veteran = kmFigures.figures.find((f) => f.id === kmFigures.wpd.figure)!;
const all = veteran.curves.find((c) => c.label === kmFigures.wpd.curve)!;
const REASON = `not available for this cohort: ${NO_RESPONSE_RECORDED}`;

/** R's survfit of the rebuilt cohort (test/fixtures/overallSurvival.R), level 0.95, log-log. */
const r = readFixture<{
  cases: {
    file: string;
    level: number;
    n: number;
    events: number;
    median: Record<string, { median: number; lower: number; upper: number }>;
  }[];
}>('overallSurvival.json').cases.find(
  (c) => c.file.endsWith('veteran-os.csv') && c.level === 0.95,
)!;
const median = r.median['log-log'];
const MEDIAN_TEXT = `Median ${format.weeks(median.median)} (95% CI ${format.weeksInterval([median.lower, median.upper])}); ${r.events} of ${r.n} patients died.`;

/** The visible text of an element, spaces collapsed. */
const textOf = async (page: Page, testid: string) =>
  ((await page.getByTestId(testid).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Opens a tab by its name and waits for something of it. */
async function tab(page: Page, name: string, waitFor: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.locator(waitFor).first().waitFor(POLL);
}

let site: { dir: string; owned: boolean };
beforeAll(async () => {
  site = await buildSite();
}, 120_000);
afterAll(async () => {
  if (site) await removeSite(site);
});

describe.skipIf(!run)('overall survival of a cohort rebuilt from a survival figure', () => {
  let session: BrowserSession;
  const pages: AppPage[] = [];
  const open = async (hash: string, waitFor: string) => {
    const app = await openApp(session, hash, { waitFor });
    pages.push(app);
    return app;
  };

  beforeAll(async () => {
    session = await startSession(site);
  }, 120_000);
  afterAll(async () => {
    for (const p of pages) await p.context.close();
    await session?.close();
  }, 60_000);

  it('draws its overall survival on the Kaplan–Meier tab, and no tab shows 0 of 137', async () => {
    const { page, errors } = await open(
      '#v=1&view=reconstruct&r.from=figure',
      '[data-testid=figure-source]',
    );
    await page.getByTestId('points-file').setInputFiles(fixturePath(kmFigures.wpd.file).pathname);
    await page.getByTestId('risk-times').fill(all.at_risk.time.join(' '));
    await page.getByTestId('risk-counts').fill(all.at_risk.n.join(' '));
    await page.getByTestId('figure-unit').selectOption('days');
    await page.getByTestId('figure-endpoint').selectOption('os');
    await page.getByTestId('fit-gap').waitFor(POLL);
    await page.getByTestId('figure-use').click();

    // The Kaplan–Meier tab opens on the overall-survival curve, with R's median and interval.
    await page.getByTestId('km-median-os').waitFor(POLL);
    expect(
      await page.getByRole('tab', { name: 'Kaplan–Meier' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(await textOf(page, 'km-median-os')).toBe(MEDIAN_TEXT);
    const plot = page.locator('section[aria-labelledby=km-os] svg[role=img]');
    expect(await plot.getAttribute('aria-label')).toMatch(
      /^Kaplan–Meier plot, Overall survival: Alive against weeks from start of treatment; 137 patients, 128 events; Median 11\.37 wk \(95% CI 7\.38–14\.21 wk\)/,
    );
    expect(
      await plot.locator('[data-risk-table] text').evaluateAll((t) => t.map((e) => e.textContent)),
    ).toEqual(expect.arrayContaining(['At risk', 'Events', 'Censored']));
    // The pointwise band is drawn under the steps.
    const band = await plot.locator('path[fill-opacity="0.18"]').first().getAttribute('d');
    expect(band?.length ?? 0).toBeGreaterThan(100);
    expect(await textOf(page, 'km-no-response')).toContain(
      REASON.charAt(0).toUpperCase() + REASON.slice(1),
    );
    expect(await page.getByTestId('km-median-dor').count()).toBe(0);
    expect(await page.getByTestId('ttr-scale').count()).toBe(0);
    await loadAxe(page);
    expect(await axeProblems(page, 'the Kaplan–Meier tab of a survival cohort')).toEqual([]);

    // The Summary: overall survival in the endpoint table, response said once, never 0/137.
    await tab(page, 'Summary & swimmer', 'g[data-patient-id]');
    const summary = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(summary).toContain('Median overall survival (KM)');
    expect(summary).toContain('128/137');
    expect(summary).toContain(REASON);
    expect(summary).toContain('Followed (response not recorded)');
    expect(summary).not.toMatch(/0\/137|0\.0%/);
    expect(await axeProblems(page, 'the Summary of a survival cohort')).toEqual([]);

    // Every tab about response says plainly that it is not available, and why.
    for (const [name, testid] of [
      ['Subgroups', 'subgroups-not-available'],
      ['Bootstrap', 'boot-not-available'],
      ['Re-simulation', 'resim-not-available'],
      ['Design', 'design-no-response'],
    ] as const) {
      await tab(page, name, `[data-testid=${testid}]`);
      expect(await textOf(page, testid), name).toContain(NO_RESPONSE_RECORDED);
      expect((await page.locator('main').innerText()).replace(/\s+/g, ' '), name).not.toMatch(
        /0\/137|0 of 137 responded/,
      );
    }
    expect(await page.getByRole('button', { name: 'Run bootstrap' }).count()).toBe(0);
    await tab(page, 'Learn', '[data-summary]');
    await page.getByRole('button', { name: /A Bayesian view/ }).click();
    await page.getByTestId('lesson-no-response').waitFor(POLL);
    expect(await textOf(page, 'lesson-no-response')).toContain(
      'It updates a prior with the responders the cohort observed.',
    );
    expect(await axeProblems(page, 'a lesson not available for a survival cohort')).toEqual([]);

    // The report says the same as the page and the command line.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-report').click(),
    ]);
    const json = JSON.parse((await readFile(await download.path())).toString());
    const analysis = json.results.analysis;
    expect([analysis.orr, analysis.ne, analysis.dor]).toEqual([null, null, null]);
    expect(analysis.unavailable.response).toBe(REASON);
    expect(analysis.followup.overall_survival).toMatchObject({ n: 137, events: 128 });
    expect(analysis.followup.overall_survival.median).toBeCloseTo(median.median, 9);

    // A link with the data opens the same curve.
    const link = await copiedLinkWithData(page);
    const again = await open(link.replace(/view=[a-z]+/, 'view=km'), '[data-testid=km-median-os]');
    expect(await textOf(again.page, 'km-median-os')).toBe(MEDIAN_TEXT);

    // On a phone, no tab of this cohort scrolls sideways.
    await again.page.setViewportSize({ width: 390, height: 844 });
    for (const [name, waitFor] of [
      ['Kaplan–Meier', '[data-testid=km-median-os]'],
      ['Summary & swimmer', 'g[data-patient-id]'],
      ['Subgroups', '[data-testid=subgroups-not-available]'],
      ['Bootstrap', '[data-testid=boot-not-available]'],
      ['Re-simulation', '[data-testid=resim-not-available]'],
      ['Design', '[data-testid=design-no-response]'],
      ['Learn', '[data-summary]'],
    ] as const) {
      await tab(again.page, name, waitFor);
      const overflow = await again.page.evaluate(
        () => document.scrollingElement!.scrollWidth - window.innerWidth,
      );
      expect(overflow, name).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  }, 180_000);

  it('adds the overall-survival curve to the Kaplan–Meier tab of the built-in cohort, beside DOR and TTR', async () => {
    const { page, errors } = await open(
      '#v=1&src=builtin&id=hlh-anakinra-2025&view=km&sel=P05',
      '[data-testid=km-median-os]',
    );
    expect(await textOf(page, 'km-median-os')).toBe(
      'Median not reached (95% CI not estimable); 2 of 18 patients died.',
    );
    expect(await textOf(page, 'km-selected-os')).toBe('Selected patient P05: censored at 29.0 wk.');
    for (const key of ['dor', 'ttr']) await page.getByTestId(`km-median-${key}`).waitFor();
    await page.getByTestId('competing').waitFor();
    expect(await page.getByTestId('km-no-response').count()).toBe(0);
    await loadAxe(page);
    expect(await axeProblems(page, 'the Kaplan–Meier tab with three curves')).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
