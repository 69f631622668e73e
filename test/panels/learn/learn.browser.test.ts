import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../../browser/findChromium.ts';
import { axeProblems, loadAxe } from '../../browser/axe.ts';
import { openApp, startSession, type BrowserSession } from '../../browser/session.ts';
import { LESSONS } from '../../../src/panels/learn/lessons.ts';

const BUILTIN = '#v=1&src=builtin&id=hlh-anakinra-2025&view=learn';
/** How long a lesson may take to show an answer computed in the worker pool on a busy machine. */
const WORKER_ANSWER = { timeout: 20_000 };

/** The lesson's text summary, spaces collapsed. */
async function summary(page: Page): Promise<string> {
  const text = await page.locator('[data-summary]').innerText();
  return text.replace(/\s+/g, ' ').trim();
}

/** Moves a range slider by its label with the keyboard, as a user would. */
async function nudge(page: Page, label: string, key = 'ArrowRight', times = 3): Promise<void> {
  const slider = page.getByLabel(label, { exact: true });
  await slider.focus();
  for (let i = 0; i < times; i++) await slider.press(key);
}

let session: BrowserSession;
beforeAll(async () => {
  if (chromiumAvailable()) session = await startSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe.skipIf(!chromiumAvailable())('the Learn lessons in Chromium', { timeout: 90_000 }, () => {
  it.each(LESSONS.map((l) => l.id))(
    'opens lesson %s by its link, with charts and a summary',
    async (id) => {
      const app = await openApp(session, `${BUILTIN}&lesson=${id}`, { waitFor: '[data-summary]' });
      const { page } = app;
      const charts = await page.locator('.lesson svg[role=img]').count();
      expect(charts, id).toBeGreaterThan(0);
      const labels = await page.$$eval('.lesson svg[role=img]', (svgs) =>
        svgs.map((s) => s.getAttribute('aria-label') ?? ''),
      );
      for (const label of labels) expect(label.length, `${id}: ${label}`).toBeGreaterThan(20);
      expect(await summary(page)).toMatch(/\d/);
      expect(app.errors, id).toEqual([]);
      await app.context.close();
    },
  );

  it('every lesson works with a loaded cohort in which nobody responded', async () => {
    const app = await openApp(session);
    const { page } = app;
    await page.getByRole('tab', { name: 'Load' }).click();
    const rows = Array.from({ length: 6 }, (_, i) => `N${i + 1},NR,,,,${8 + i}`);
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'no-responders.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        ['id,best_response,response_wk,loss_wk,death_wk,followup_wk', ...rows].join('\n'),
      ),
    });
    await expect.poll(() => page.textContent('[data-testid=loaded]')).toMatch(/6 patients/);
    await page.getByRole('tab', { name: 'Learn' }).click();
    for (const lesson of LESSONS) {
      await page.getByRole('button', { name: new RegExp(`^${lesson.title}`) }).click();
      await expect
        .poll(() => page.locator('[aria-current=page]').innerText())
        .toContain(lesson.title);
      await expect
        .poll(async () => (await summary(page)).length, WORKER_ANSWER)
        .toBeGreaterThan(40);
      expect(await summary(page), lesson.id).not.toMatch(/NaN|undefined|between not reached/);
    }
    expect(await summary(page)).toContain('After 0 of 6 responded');
    await page.getByRole('button', { name: /^Immature follow-up/ }).click();
    await expect
      .poll(() => summary(page))
      .toContain('No patient of this cohort responded, so the simulated studies have no responses');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('opens a hand-written short link, and names a lesson id that does not exist', async () => {
    const short = await openApp(session, '#view=learn&lesson=bayes&l.th=0.7', {
      waitFor: '[data-summary]',
    });
    expect(await summary(short.page)).toContain('exceeds 70%');
    expect(await short.page.getByRole('alert').count()).toBe(0);
    await short.context.close();
    const wrong = await openApp(session, `${BUILTIN}&lesson=nope`, { waitFor: '[data-summary]' });
    expect(await wrong.page.locator('.lesson-body > [role=status]').innerText()).toContain(
      'The link asks for a lesson "nope", which does not exist; showing the first lesson.',
    );
    expect(await summary(wrong.page)).toContain('If the true ORR were');
    await wrong.context.close();
  });

  it('has no serious or critical accessibility violation in any lesson (axe-core)', async () => {
    const app = await openApp(session, BUILTIN, { waitFor: '[data-summary]' });
    const { page } = app;
    await loadAxe(page);
    const problems: string[] = [];
    for (const lesson of LESSONS) {
      await page.getByRole('button', { name: new RegExp(`^${lesson.title}`) }).click();
      await page.locator('[aria-current=page]', { hasText: lesson.title }).waitFor();
      await page.waitForTimeout(500);
      problems.push(...(await axeProblems(page, lesson.id)));
    }
    expect(problems).toEqual([]);
    await app.context.close();
  });

  it('discreteness: the slider answers at once and is kept in the link', async () => {
    const app = await openApp(session, `${BUILTIN}&lesson=discreteness`, {
      waitFor: '[data-summary]',
    });
    const { page } = app;
    expect(await summary(page)).toContain('If the true ORR were 60.0%');
    await nudge(page, 'True ORR');
    await expect.poll(() => summary(page), WORKER_ANSWER).toContain('If the true ORR were 63.0%');
    await expect.poll(() => page.url()).toContain('l.p=0.63');
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toMatch(
        /In 2,000 studies simulated patient by patient, \d+\.\d% had at least 15 responders/,
      );
    expect(page.workers().length).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('coverage: a link with n = 30 opens with 30 patients', async () => {
    const app = await openApp(session, `${BUILTIN}&lesson=coverage&l.n=30`, {
      waitFor: '[data-summary]',
    });
    expect(await summary(app.page)).toContain('With 30 patients and 25 responders');
    await app.context.close();
  });

  it('coverage: a number of patients out of range is named, and the last valid one is kept', async () => {
    const app = await openApp(session, `${BUILTIN}&lesson=coverage`, { waitFor: '[data-summary]' });
    const { page } = app;
    const field = page.getByLabel('Patients (n)');
    await field.fill('500');
    await expect
      .poll(() => page.getByRole('alert').allInnerTexts())
      .toEqual(['Patients (n) must be a whole number from 5 to 150; got "500"; still using 18.']);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await summary(page)).toContain('With 18 patients and 15 responders');
    await field.fill('7.5');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('got "7.5"');
    // Too small may be a number still being typed: it is named when the user presses Enter.
    await field.fill('3');
    expect(await page.getByRole('alert').count()).toBe(0);
    await field.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('got "3"');
    await field.fill('24');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await expect.poll(() => summary(page)).toContain('With 24 patients and 20 responders');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('coverage: the exact sums arrive from a worker and follow n', async () => {
    const app = await openApp(session, `${BUILTIN}&lesson=coverage`, { waitFor: '[data-summary]' });
    const { page } = app;
    // R: Clopper–Pearson at n = 18 covers p = 15/18 with probability 0.97936 (sum of dbinom over
    // the x whose qbeta interval holds it).
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toContain(
        'Clopper–Pearson (exact): 58.6% to 96.4% (37.8 points wide); if the truth were 83.3% it would contain it in 97.9% of studies',
      );
    expect(page.workers().length).toBeGreaterThan(0);
    await page.getByLabel('Patients (n)').fill('150');
    await page.getByLabel('Patients (n)').press('Enter');
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toMatch(/With 150 patients and 125 responders.*it would contain it in \d/);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('dance of the intervals: Step draws one study and counts it', async () => {
    const app = await openApp(session, `${BUILTIN}&lesson=dance`, { waitFor: '[data-summary]' });
    const { page } = app;
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toContain('After 2 simulated studies of 18 patients');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(800);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(await summary(page)).toMatch(/After ([3-9]|\d\d+) simulated studies/);
    expect(page.workers().length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.getByRole('button', { name: 'Add 100 studies', exact: true }).click();
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toMatch(
        /After 100 simulated studies of 18 patients: the 95% interval for ORR missed the true 83\.0% in \d+/,
      );
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('swimmers: Step draws a resample with patients left out', async () => {
    const app = await openApp(session, `${BUILTIN}&lesson=swimmers`, { waitFor: '[data-summary]' });
    const { page } = app;
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toMatch(/Resample 1: \d+ patients left out/);
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toMatch(
        /in 20,000 resamples computed in the background, the middle 95% of ORRs lay between \d+\.\d% and 100\.0%/,
      );
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('sample size: the exact widths finish without blocking and give a number of patients', async () => {
    const app = await openApp(session, `${BUILTIN}&lesson=sample-size`, {
      waitFor: '[data-summary]',
    });
    const { page } = app;
    await expect.poll(() => summary(page), WORKER_ANSWER).toMatch(/about \d+ patients are needed/);
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toMatch(/Median duration of response, typical interval width: 10 patients/);
    await nudge(page, 'Historical ORR', 'ArrowLeft', 10);
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toContain('against a historical ORR of 50%');
    // A new method asks the workers for its intervals once; the ORR slider then re-weights them.
    await page.getByLabel('Interval method').selectOption('wilson');
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toMatch(/To expect a Wilson interval .* about \d+ patients/);
    await nudge(page, 'Assumed true ORR', 'ArrowLeft', 20);
    await expect
      .poll(() => summary(page), WORKER_ANSWER)
      .toMatch(/when the true ORR is 63%, about \d+ patients/);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('follow-up: the cut-off slider changes the numbers', async () => {
    const app = await openApp(session, `${BUILTIN}&lesson=follow-up&l.dm=26&l.fu=8`, {
      waitFor: '[data-summary]',
    });
    const before = await summary(app.page);
    expect(before).toContain('With 8 weeks of follow-up');
    await nudge(app.page, 'Follow-up after the last patient started', 'ArrowRight', 20);
    await expect
      .poll(() => summary(app.page), WORKER_ANSWER)
      .toMatch(/With 28 weeks of follow-up.*Kaplan–Meier median was not reached in \d+%/);
    expect(app.page.workers().length).toBeGreaterThan(0);
    // The preset returns to the median fitted to the cohort, and the link follows.
    await app.page.getByRole('button', { name: /^Fitted to this cohort/ }).click();
    // the fitted log-logistic's median DOR, as the Kaplan–Meier estimates it, is about half a week
    await expect
      .poll(() => summary(app.page), WORKER_ANSWER)
      .toMatch(/true median duration of response 0\.\d+ wk/);
    await expect.poll(() => app.page.url()).toMatch(/l\.dm=0\.\d/);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('Bayes: a prior preset changes the posterior', async () => {
    const bayes = await openApp(session, `${BUILTIN}&lesson=bayes`, { waitFor: '[data-summary]' });
    expect(await summary(bayes.page)).toContain('the posterior is Beta(16.00, 4.00)');
    await bayes.page.getByRole('button', { name: /Sceptical/ }).click();
    await expect
      .poll(() => summary(bayes.page), WORKER_ANSWER)
      .toContain('the posterior is Beta(18.00, 10.00)');
    await expect
      .poll(() => summary(bayes.page), WORKER_ANSWER)
      .toMatch(/in 1,000 simulated studies it happened in \d+\.\d%/);
    expect(bayes.errors).toEqual([]);
    await bayes.context.close();
  });
});
