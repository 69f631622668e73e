import { cp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeSite } from './buildSite.ts';
import { chromiumAvailable } from './findChromium.ts';
import { openApp, SITE_PREFIX, startSession, type BrowserSession } from './session.ts';
import { serveStatic, type StaticServer } from './staticServer.ts';

const run = chromiumAvailable();
const POLL = { timeout: 20_000 };

/** A cohort over 256 KB (the import worker's threshold): `n` patients, 20,000 or more. */
function largeCsv(n: number): string {
  const rows = ['id,best_response,response_wk,loss_wk,followup_wk'];
  for (let i = 0; i < n; i++) {
    const responds = i % 4 < 3;
    rows.push(
      `P${i},${responds ? 'CR' : 'NR'},${responds ? 1 + (i % 5) : ''},${responds && i % 3 ? 8 + (i % 6) : ''},${20 + (i % 7)}`,
    );
  }
  return rows.join('\n') + '\n';
}

describe.runIf(run)('a Monte Carlo worker killed mid-run', { timeout: 120_000 }, () => {
  let session: BrowserSession;
  let site: { dir: string; owned: boolean };
  beforeAll(async () => {
    site = await buildSite();
    session = await startSession(site);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    if (site) await removeSite(site);
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
  let site: { dir: string; owned: boolean };
  let copy: string;
  let server: StaticServer;
  let session: BrowserSession;
  beforeAll(async () => {
    site = await buildSite();
    copy = join(tmpdir(), `cohortscope-no-import-worker-${process.pid}`);
    await cp(site.dir, copy, { recursive: true });
    const assets = await readdir(join(copy, 'assets'));
    const worker = assets.filter((f) => /^import\.worker-.*\.js$/.test(f));
    expect(worker).toHaveLength(1);
    await rm(join(copy, 'assets', worker[0]));
    server = await serveStatic(copy, SITE_PREFIX);
    session = await startSession(site);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await rm(copy, { recursive: true, force: true });
    if (site) await removeSite(site);
  });

  it('still reads a large file, on the page, instead of staying at "Reading…"', async () => {
    const { page, context } = await openApp({ ...session, url: server.origin + SITE_PREFIX });
    await page.getByRole('tab', { name: 'Load' }).click();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) failed.push(r.url());
    });
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'no-worker.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(largeCsv(20_000)),
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
