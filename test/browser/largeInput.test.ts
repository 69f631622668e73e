import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './findChromium.ts';
import { openApp, startSession, type BrowserSession } from './session.ts';

const run = chromiumAvailable();
const PATIENTS = 100_000;

/** A valid cohort of `n` patients on a weekly schedule, built deterministically. */
function largeCsv(n: number): string {
  const rows = ['id,best_response,response_wk,loss_wk,followup_wk,sex,age'];
  const codes = ['CR', 'PR', 'PR', 'IMP', 'NR', 'NE'];
  for (let i = 0; i < n; i++) {
    const code = codes[i % codes.length];
    const responds = code === 'CR' || code === 'PR' || code === 'IMP';
    const response = responds ? 1 + (i % 4) : '';
    const loss = responds && i % 3 === 0 ? Number(response) + 1 + (i % 7) : '';
    rows.push(
      `P${i},${code},${response},${loss},${12 + (i % 30)},${i % 5 ? 'F' : 'M'},${20 + (i % 60)}`,
    );
  }
  return rows.join('\n') + '\n';
}

describe.runIf(run)('a large cohort in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('loads 100,000 patients, parsed in a worker, and the views stay usable', async () => {
    const { page, errors } = await openApp(session);
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.getByRole('tab', { name: 'Load' }).click();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(largeCsv(PATIENTS)),
    });
    await expect
      .poll(() => page.textContent('[data-testid=loaded]'), { timeout: 60_000 })
      .toMatch(/100000 patients/);
    expect(workers.some((url) => /import\.worker/.test(url))).toBe(true);
    await page.getByRole('tab', { name: 'Summary & swimmer' }).click();
    await expect
      .poll(() => page.locator('g[data-patient-id]').count(), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(await page.textContent('body')).toMatch(/100000|100,000/);
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    console.log(`large cohort: longest main-thread task ${Math.round(longest)} ms`);

    // The lessons imitate such a cohort with small studies, and the swimmer dance says why not.
    await page.getByRole('tab', { name: 'Learn' }).click();
    const text = (selector: string) => () => page.locator(selector).first().innerText();
    await expect.poll(text('[data-testid=large-cohort]')).toContain('studies of 500 patients');
    const lesson = (title: string) =>
      page.locator('nav[aria-label=Lessons] button', { hasText: title }).click();
    const summary = text('[data-summary]');
    await lesson('The dance of the swimmer plots');
    await expect.poll(summary).toContain('it needs a cohort of at most 500 patients');
    await lesson('The dance of the intervals');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    // the scenario is fitted to the 100,000 patients on a worker first (every model, both endpoints)
    await expect
      .poll(summary, { timeout: 60_000 })
      .toContain('After 1 simulated study of 500 patients');
    await lesson('The ORR moves in steps');
    await expect.poll(summary).toContain('a study of 200 patients');
    expect(errors).toEqual([]);
  }, 240_000);
});
