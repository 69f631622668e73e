import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './findChromium.ts';
import { largeCsv } from '../io/largeCsv.ts';
import { openApp, startSession, type BrowserSession } from './session.ts';
import { serveSiteCopy, type SiteCopy } from './siteCopy.ts';

const run = chromiumAvailable();
const POLL = { timeout: 20_000 };

describe.runIf(run)('a Monte Carlo worker killed mid-run', { timeout: 120_000 }, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('is noticed: the run says so instead of staying at "Running…", and the next run works', async () => {
    const { page, context } = await openApp(session, '#view=bootstrap', {
      waitFor: '[data-testid=boot-run]',
    });
    // a test hook: remember the page's workers, so the test can end one as the system would
    await page.evaluate(() => {
      const Original = window.Worker;
      const made: Worker[] = [];
      (window as unknown as { made: Worker[] }).made = made;
      window.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          made.push(this);
        }
      };
    });
    await page.fill('[data-testid=boot-reps]', '1000000000');
    await page.click('[data-testid=boot-run]');
    await expect
      .poll(() => page.textContent('[data-testid=boot-status]'), POLL)
      .toMatch(/Running… [1-9]/);
    const killed = await page.evaluate(() => {
      const { made } = window as unknown as { made: Worker[] };
      made.forEach((w) => w.terminate());
      return made.length;
    });
    expect(killed).toBeGreaterThan(0);
    await expect
      .poll(() => page.textContent('[data-testid=boot-status]'), { timeout: 60_000 })
      .toBe('Failed: The Monte Carlo worker stopped responding; it was restarted. Run again.');
    expect(await page.isEnabled('[data-testid=boot-run]')).toBe(true);

    await page.fill('[data-testid=boot-reps]', '2000');
    await page.click('[data-testid=boot-run]');
    await expect
      .poll(() => page.textContent('[data-testid=boot-status]'), POLL)
      .toMatch(/^Done in .*2,000 replicates/);
    expect(await page.locator('[data-testid=boot-table]').count()).toBe(1);
    await context.close();
  });
});

describe.runIf(run)('a site without its import worker', { timeout: 120_000 }, () => {
  let copy: SiteCopy;
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession();
    copy = await serveSiteCopy(session.dir, async (dir) => {
      const worker = (await readdir(join(dir, 'assets'))).filter((f) =>
        /^import\.worker-.*\.js$/.test(f),
      );
      expect(worker).toHaveLength(1);
      await rm(join(dir, 'assets', worker[0]));
    });
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await copy?.close();
  });

  it('still reads a large file, on the page, instead of staying at "Reading…"', async () => {
    const { page, context } = await openApp({ ...session, url: copy.url });
    await page.getByRole('tab', { name: 'Load' }).click();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) failed.push(r.url());
    });
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'no-worker.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(largeCsv(20_000)), // over 256 KB: for the import worker
    });
    await expect
      .poll(() => page.textContent('[data-testid=loaded]'), POLL)
      .toMatch(/20000 patients/);
    expect(await page.textContent('[data-testid=cohort-name]')).toBe('no-worker');
    expect(await page.getByText('Reading…').count()).toBe(0);
    expect(failed.some((url) => /import\.worker/.test(url))).toBe(true);
    await context.close();
  });
});
