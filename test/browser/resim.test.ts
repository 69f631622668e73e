/**
 * In-silico cohorts that resemble their cohort, in the built app: the Re-simulation tab's fit
 * tables (the engine's log-likelihoods, the best by AIC in use), the fitted curves over the
 * Kaplan–Meier estimate, a model chosen and kept by the link, the predictive check with the
 * engine's percentiles, a bad model flagged in words, the scenario form and its JSON, a cohort
 * file the tests did not write, refused link values named, and axe.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitScenario } from '../../src/engine/montecarlo/fitScenario.ts';
import { simulateStudies } from '../../src/engine/montecarlo/simulateStudies.ts';
import { studyStatistics } from '../../src/engine/montecarlo/studyStatistics.ts';
import { fitTableRows } from '../../src/panels/resim/fitTableRows.ts';
import { predictiveRows } from '../../src/panels/resim/predictiveRows.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { axeProblems, loadAxe } from './axe.ts';
import { chromiumAvailable } from './findChromium.ts';
import {
  copiedLinkWithData,
  openApp,
  startSession,
  type BrowserSession,
  type OpenAppOptions,
} from './session.ts';

const POLL = { timeout: 20_000 };
const RUN = { timeout: 90_000 };
const run = chromiumAvailable();
const cohort = hlhCohort();
const fitted = fitScenario(cohort);

/** The cells of a table's body rows, spaces collapsed. */
async function cells(page: Page, testid: string): Promise<string[][]> {
  return page
    .locator(`[data-testid=${testid}] tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('th, td')].map((c) =>
          (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    );
}

const text = async (page: Page, testid: string) =>
  ((await page.textContent(`[data-testid=${testid}]`)) ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(!run)('the Re-simulation tab fits models and checks them', () => {
  let session: BrowserSession;
  const open = (hash = '#v=1&view=resim', options?: OpenAppOptions) =>
    openApp(session, hash, { waitFor: '[data-testid=fit-dor-table]', ...options });

  beforeAll(async () => {
    session = await startSession();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it('shows every model with the engine’s log-likelihood and AIC, the best by AIC in use, its curve drawn over the Kaplan–Meier', async () => {
    const { page, errors } = await open();
    const expected = fitTableRows(fitted.dor);
    const best = expected.find((r) => r.chosen)!;
    expect(await text(page, 'fit-dor-chosen')).toBe(best.label);
    const shown = await cells(page, 'fit-dor-table');
    for (const row of expected) {
      const line = shown.find((c) => c.some((cell) => cell.startsWith(row.label)));
      expect(line, row.label).toBeDefined();
      expect(line).toEqual(expect.arrayContaining([row.loglik, row.aic, row.deltaAic, row.params]));
    }
    // the fitted curves lie over the steps, the one in use among them, named in the chart's text
    const curves = page.locator('[data-testid=fit-dor] path[data-fit]');
    await expect.poll(() => curves.count(), POLL).toBeGreaterThan(4);
    expect(await curves.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-fit')))).toContain(
      `${best.label} (in use)`,
    );
    expect(
      await page.locator('[data-testid=fit-dor] svg[role=img]').getAttribute('aria-label'),
    ).toBeTruthy();
    // hiding a curve takes it off the plot and into the link
    await page.getByRole('checkbox', { name: 'Draw Exponential' }).first().uncheck();
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toMatch(/fhide=exponential/);
    expect(
      await curves.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-fit'))),
    ).not.toContain('Exponential');
    expect(await text(page, 'fit-ttr-chosen')).toBe(
      fitTableRows(fitted.ttr).find((r) => r.chosen)!.label,
    );

    await loadAxe(page);
    expect(await axeProblems(page, 'Re-simulation fits')).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('simulates 2,000 studies: the predictive check shows the engine’s percentiles, the observed ORR and median DOR in the middle half', async () => {
    const { page } = await open();
    await page.fill('[data-testid=resim-trials]', '2000');
    await page.click('[data-testid=resim-run]');
    // a result kept from an earlier page may show first: wait for this run's
    await expect.poll(() => text(page, 'resim-status'), RUN).toMatch(/2,000 studies/);
    await page.locator('[data-testid=predictive-table]').waitFor(RUN);
    const engine = simulateStudies(fitted.scenario, {
      trials: 2000,
      seed: '20250102',
      level: 0.95,
      observed: studyStatistics(cohort.patients),
    });
    const expected = predictiveRows(engine.predictive_check!);
    const shown = await cells(page, 'predictive-table');
    expect(shown.map((r) => r.slice(0, 3))).toEqual(
      expected.map((r) => [r.label, r.observed, r.percentile]),
    );
    for (const statistic of ['orr', 'dor_median'] as const) {
      const p = engine.predictive_check![statistic].percentile!;
      expect(p).toBeGreaterThanOrEqual(25);
      expect(p).toBeLessThanOrEqual(75);
    }
    expect(await text(page, 'predictive-flags')).toMatch(/within the middle 90%/);
    // both truths, named
    expect(await text(page, 'resim-truths')).toMatch(
      /The DOR model: log-logistic \(median [\d.]+ wk, shape [\d.]+\); the DOR model's median \(the latent duration, without death or censoring\): [\d.]+ wk/,
    );
    expect(await text(page, 'truth-km-median')).toMatch(/^[\d.]+ wk$/);
  }, 150_000);

  it('flags a deliberately bad model in words, edited as JSON; the form names a wrong field beside it', async () => {
    const { page } = await open();
    await page.click('[data-testid=resim-scenario-json-toggle]');
    const bad = {
      ...fitted.scenario,
      response: { cr: 0.05, pr: 0.25, imp: 0 },
      dor: { distribution: 'exponential', median: 52 },
    };
    await page.fill('[data-testid=resim-scenario]', JSON.stringify(bad));
    await page.fill('[data-testid=resim-trials]', '500');
    await page.click('[data-testid=resim-run]');
    await expect.poll(() => text(page, 'resim-status'), RUN).toMatch(/500 studies/);
    await page.locator('[data-testid=predictive-table]').waitFor(RUN);
    const flags = await text(page, 'predictive-flags');
    expect(flags).toMatch(
      /The observed ORR is larger than in \d+% of simulated studies[^:]*: the model does not reproduce it/,
    );
    expect(flags).toMatch(/The observed median DOR is smaller than in \d+% of simulated studies/);
    // the edited scenario travels in the link
    expect(await page.evaluate(() => location.hash)).toMatch(/rscn=/);

    // back to the form: a wrong number is named beside its field, and nothing can be simulated
    await page.click('[data-testid=resim-scenario-json-toggle]');
    await page.fill('#scenario-json-n', '-1');
    await expect
      .poll(() => page.textContent('#scenario-json-n-issues'), POLL)
      .toMatch(/n must be a whole number from 1/);
    expect(await page.getAttribute('#scenario-json-n', 'aria-invalid')).toBe('true');
    expect(await page.isDisabled('[data-testid=resim-run]')).toBe(true);
    await page.click('[data-testid=resim-scenario-fit]');
    expect(await page.inputValue('#scenario-json-n')).toBe('18');
    expect(await page.isDisabled('[data-testid=resim-run]')).toBe(false);
  }, 150_000);

  it('fits a cohort file with another model and reading of the times, kept by the link, and names refused link values', async () => {
    const { page } = await open();
    await page.getByRole('tab', { name: 'Load' }).click();
    const csv = await readFile(new URL('../fixtures/cohorts/random-08.csv', import.meta.url));
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'random-08.csv',
      mimeType: 'text/csv',
      buffer: csv,
    });
    await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toBe('random-08');
    await page.getByRole('tab', { name: 'Re-simulation' }).click();
    await page.locator('[data-testid=fit-dor-table]').waitFor(POLL);
    await page.check('#fit-dor-weibull');
    await page.selectOption('[data-testid=fit-censoring]', 'right');
    await expect
      .poll(() => page.evaluate(() => location.hash), POLL)
      .toMatch(/fdor=weibull&.*fcens=right/);
    expect(await text(page, 'fit-dor-chosen')).toBe('Weibull');
    const rows = await cells(page, 'fit-dor-table');
    expect(rows.filter((r) => r.includes('right')).length).toBeGreaterThan(5);
    expect(rows.filter((r) => r.includes('interval'))).toEqual([]);

    // the link with the cohort's rows reopens the same cohort with the same choices
    const hash = await copiedLinkWithData(page);
    const again = await open(hash);
    expect(await text(again.page, 'fit-dor-chosen')).toBe('Weibull');
    expect(await again.page.inputValue('[data-testid=fit-censoring]')).toBe('right');

    // a refused value is named with what is allowed, and the best by AIC used
    const wrong = await open(hash.replace('fdor=weibull', 'fdor=gamma'));
    const notice = await text(wrong.page, 'notices');
    expect(notice).toMatch(
      /"fdor" must be one of auto, exponential, .*; got "gamma"; using auto\./,
    );
    expect(await wrong.page.isChecked('#fit-dor-auto')).toBe(true);
  }, 150_000);
});
