/**
 * The Design tab in the built site, as a researcher uses it: from the HLH cohort, the exact test
 * against historical rates, Simon's published designs, Lee & Liu's predictive probability, the
 * next study simulated from the cohort, and the whole plan shared by a link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { binomialTest } from '../../../src/engine/design/index.ts';
import { format } from '../../../src/ui/format.ts';
import { axeProblems, loadAxe } from '../../browser/axe.ts';
import { chromiumAvailable } from '../../browser/findChromium.ts';
import { openApp, startSession, type BrowserSession } from '../../browser/session.ts';

/** How long an answer from the worker pool may take on a busy machine. */
const WORKER_ANSWER = { timeout: 30_000 };

/** Types into a field by its test id and leaves it, as a user would. */
async function type(page: Page, testid: string, value: string): Promise<void> {
  const field = page.locator(`[data-testid=${testid}]`);
  await field.fill(value);
  await field.press('Enter');
}

/** The rows of a table by its test id, cell texts, spaces collapsed. */
async function rows(page: Page, testid: string): Promise<string[][]> {
  return page.$$eval(`[data-testid=${testid}] tbody tr`, (trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    ),
  );
}

const text = async (page: Page, testid: string) =>
  (await page.locator(`[data-testid=${testid}]`).innerText()).replace(/\s+/g, ' ').trim();

let session: BrowserSession;
beforeAll(async () => {
  if (chromiumAvailable()) session = await startSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe.skipIf(!chromiumAvailable())('the Design tab in Chromium', { timeout: 120_000 }, () => {
  it('plans the next study from the HLH cohort, and its link brings the same plan back', async () => {
    const app = await openApp(session);
    const { page } = app;
    await page.getByRole('tab', { name: 'Design' }).click();

    // Against a historical rate: the cohort's 15/18, the engine's p-values.
    const sentence = page.locator('[data-testid=design-test-sentence]');
    await sentence.waitFor();
    expect(await sentence.innerText()).toBe(
      '15/18 beats a historical 50% (p = 0.0038) and 60% (p = 0.033) but not convincingly a historical 75% (p = 0.31).',
    );
    const engine = binomialTest(15, 18, { p0: 0.5, alternative: 'greater' });
    expect((await rows(page, 'design-test-table'))[0]).toEqual([
      '50.0%',
      format.pValue(engine.pValue),
      format.pValue(engine.midPValue),
      'convincing',
    ]);
    expect(await text(page, 'design-power-sentence')).toMatch(/^With 40 patients .* power/);

    // Simon (1989), Table 1: p0 0.2, p1 0.4, alpha 0.05, beta 0.2.
    await type(page, 'simon-p0', '0.2');
    await type(page, 'simon-p1', '0.4');
    await type(page, 'simon-alpha', '0.05');
    await type(page, 'simon-beta', '0.2');
    await expect
      .poll(() => rows(page, 'simon-table'), WORKER_ANSWER)
      .toEqual([
        [
          'Minimax',
          '4/18',
          '10/33',
          '22.3',
          '0.72',
          '0.046',
          '0.801',
          '0.17–1.00',
          expect.any(String),
        ],
        [
          'Admissible',
          '3/14',
          '11/38',
          '21.2',
          '0.70',
          '0.049',
          '0.815',
          '0.12–0.17',
          expect.any(String),
        ],
        [
          'Optimal',
          '3/13',
          '12/43',
          '20.6',
          '0.75',
          '0.050',
          '0.800',
          '0.00–0.12',
          expect.any(String),
        ],
      ]);
    expect(await text(page, 'simon-chosen')).toMatch(
      /^Treat 13 patients; stop if 3 or fewer respond/,
    );
    await page.getByLabel('Use the minimax design 4/18, 10/33').check();
    await expect.poll(() => text(page, 'simon-chosen')).toMatch(/^Treat 18 patients; stop if 4/);
    await type(page, 'simon-observed', '11');
    expect(await text(page, 'simon-inference')).toMatch(
      /^11 responders: the study ran to all 33 patients\. p = 0\.0\d+ against p0 = 20\.0%/,
    );

    // Lee & Liu (2008): 16 of 23, Nmax 40, Beta(0.6, 0.4), p0 0.6, thetaT 0.9.
    expect(await text(page, 'monitor-prior-beta')).toMatch(/^Beta\(0\.6, 0\.4\)/);
    await type(page, 'monitor-x', '16');
    await type(page, 'monitor-n', '23');
    await expect.poll(() => text(page, 'monitor-pp')).toBe('0.5656');
    await expect
      .poll(async () => (await rows(page, 'monitor-boundaries')).at(-1), WORKER_ANSWER)
      .toEqual(['40 (final)', '27', '28']);
    const exactOc = await rows(page, 'monitor-oc-table');
    expect(exactOc.find((r) => r[0] === '60.0% (p0)')).toBeDefined();

    // The next study, simulated from the cohort under the minimax design.
    await type(page, 'study-trials', '200');
    await page.click('[data-testid=study-run]');
    // Partial results show while the run goes on; the numbers are read once it is done.
    await expect
      .poll(() => text(page, 'study-status'), WORKER_ANSWER)
      .toMatch(/^Done in .+: 200 studies, seed 1\.$/);
    const results = await text(page, 'study-results');
    expect(results).toMatch(/of 200 simulated studies succeed/);
    expect(await text(page, 'study-how')).toMatch(
      /analysed then, with the patients enrolled so far/,
    );

    // The whole plan is in the link; opened elsewhere, it shows the same plan and numbers.
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/view=design/);
    for (const part of [
      'd.s0=0.2',
      'd.s1=0.4',
      'd.sn=33',
      'd.sx=11',
      'd.ix=16',
      'd.in=23',
      'd.trials=200',
    ]) {
      expect(hash).toContain(part);
    }
    const again = await openApp(session, hash, { waitFor: '[data-testid=design-test-sentence]' });
    await expect
      .poll(() => rows(again.page, 'simon-table'), WORKER_ANSWER)
      .toEqual(await rows(page, 'simon-table'));
    expect(await text(again.page, 'monitor-pp')).toBe('0.5656');
    expect(await text(again.page, 'simon-inference')).toBe(await text(page, 'simon-inference'));
    await again.page.locator('[data-testid=study-results]').waitFor(WORKER_ANSWER);
    expect(await text(again.page, 'study-results')).toBe(results);
    expect(app.errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.context.close();
    await app.context.close();
  });

  it('names the link values it refuses and says why a plan cannot be computed', async () => {
    const app = await openApp(session, '#v=1&view=design&d.sa=0.7&d.zz=1&d.s0=0.6&d.s1=0.4', {
      waitFor: '[data-testid=design-test-sentence]',
    });
    const { page } = app;
    await expect
      .poll(() => page.locator('[data-testid=notices] li').allInnerTexts())
      .toEqual([
        '"d.sa" must be a number from 0.001 to 0.5; got "0.7"; using 0.05.',
        '"d.zz" is not a setting of the Design tab; ignored.',
      ]);
    expect(await page.inputValue('[data-testid=simon-alpha]')).toBe('0.05');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toMatch(/d\.(sa|zz)=/);
    expect(await text(page, 'simon-status')).toBe('p1 must be above p0 = 0.6; got 0.4.');
    // The HLH cohort's interval starts at 58.6%, not above p0 = 60%: offered, but not clickable.
    const lowerEnd = page.getByRole('button', { name: /^p1 = the lower end of its interval/ });
    expect(await lowerEnd.innerText()).toBe(
      'p1 = the lower end of its interval (58.6%, not above p0 = 60.0%)',
    );
    expect(await lowerEnd.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /^p1 = the cohort's ORR/ }).isDisabled()).toBe(
      false,
    );
    await type(page, 'simon-p0', '0.2');
    await type(page, 'simon-nmax', '10');
    await expect
      .poll(() => text(page, 'simon-status'), WORKER_ANSWER)
      .toMatch(/^No two-stage design with at most 10 patients has α ≤ 0\.05/);
    await type(page, 'design-x', '30');
    expect(
      await page.locator('[role=alert]', { hasText: 'x must be at most n = 18' }).count(),
    ).toBe(1);
    await type(page, 'simon-beta', '0.9');
    expect(
      await page
        .locator('[role=alert]', { hasText: 'β (1 − power) must be a number from 0.01 to 0.5' })
        .count(),
    ).toBe(1);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('has no serious or critical accessibility violation, results shown (axe-core)', async () => {
    const app = await openApp(session, '#v=1&view=design&d.trials=100&d.ms=2000&d.sx=12', {
      waitFor: '[data-testid=design-test-sentence]',
    });
    const { page } = app;
    await page.locator('[data-testid=study-results]').waitFor(WORKER_ANSWER);
    await page
      .locator('[data-testid=monitor-sim-status]', { hasText: 'Done' })
      .waitFor(WORKER_ANSWER);
    await loadAxe(page);
    expect(await axeProblems(page, 'Design')).toEqual([]);
    expect(await page.locator('svg[role=img]').count()).toBeGreaterThanOrEqual(5);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
