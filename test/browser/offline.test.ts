import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precacheManifest } from '../../src/offline/precacheManifest.ts';
import { CACHE_PREFIX } from '../../src/offline/serviceWorker.ts';
import { LESSONS } from '../../src/panels/learn/lessons.ts';
import { chromiumAvailable } from './findChromium.ts';
import { largeCsv } from '../io/largeCsv.ts';
import { openApp, startSession, type BrowserSession } from './session.ts';
import { serveSiteCopy, type SiteCopy } from './siteCopy.ts';

const run = chromiumAvailable();
const POLL = { timeout: 20_000 };
const TABS = [
  'Summary & swimmer',
  'Kaplan–Meier',
  'Bootstrap',
  'Re-simulation',
  'Reconstruct',
  'Learn',
  'Load',
];

/** Waits until the service worker controls the page and its cache holds the whole site. */
async function waitUntilKept(page: Page): Promise<string[]> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), POLL)
    .toBe(true);
  return page.evaluate(async () => caches.keys());
}

describe.runIf(run)('offline, after a first visit', { timeout: 180_000 }, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('serves every file, tab and lesson, reads a file in its worker and runs a bootstrap with the network cut', async () => {
    const { page, context, errors } = await openApp(session);
    const caches = await waitUntilKept(page);
    expect(caches).toHaveLength(1);
    expect(caches[0]).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]{16}$`));
    const sw = await readFile(join(session.dir, 'sw.js'), 'utf8');
    const files = (await precacheManifest(session.dir, ['sw.js'])).files.map((f) => f.url);
    expect(files.every((f) => sw.includes(`"${f}"`))).toBe(true);
    expect(files.some((f) => /xlsx-.*\.js$/.test(f))).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('g[data-patient-id]', POLL);
    // every file of the build, the lazily loaded spreadsheet reader included, comes from the cache
    const statuses = await page.evaluate(
      async (urls) => Promise.all(urls.map(async (u) => (await fetch(u)).status)),
      files.map((f) => `./${f}`),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);

    for (const tab of TABS) {
      await page.getByRole('tab', { name: tab }).click();
      await expect
        .poll(() => page.locator('[role=tabpanel]').innerText(), POLL)
        .not.toMatch(/^\s*$/);
    }
    await page.getByRole('tab', { name: 'Learn' }).click();
    for (const lesson of LESSONS) {
      await page.getByRole('button', { name: new RegExp(`^${lesson.title}`) }).click();
      await expect
        .poll(() => page.locator('[data-summary]').first().innerText(), POLL)
        .toMatch(/\d/);
    }

    await page.getByRole('tab', { name: 'Load' }).click();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'offline.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(largeCsv(20_000)), // over 256 KB: read in the import worker
    });
    await expect
      .poll(() => page.textContent('[data-testid=loaded]'), POLL)
      .toMatch(/20000 patients/);
    expect(workers.some((url) => /import\.worker/.test(url))).toBe(true);

    await page.getByRole('tab', { name: 'Bootstrap' }).click();
    await page.fill('[data-testid=boot-reps]', '2000');
    await page.click('[data-testid=boot-run]');
    await page.locator('[data-testid=boot-table]').waitFor(POLL);
    expect(await page.textContent('[data-testid=boot-status]')).toMatch(/^Done/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.runIf(run)('a new build', { timeout: 180_000 }, () => {
  let copy: SiteCopy;
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession();
    copy = await serveSiteCopy(session.dir);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await copy?.close();
  });

  it('is picked up on the next load: a new cache, the old one deleted', async () => {
    const { page, context } = await openApp({ ...session, url: copy.url });
    const [first] = await waitUntilKept(page);

    // the next build: a changed page, and its service worker with the new list of files
    const html = join(copy.dir, 'index.html');
    await writeFile(
      html,
      (await readFile(html, 'utf8')).replace(
        '<title>Cohortscope</title>',
        '<title>Cohortscope 2</title>',
      ),
    );
    const sw = join(copy.dir, 'sw.js');
    const manifest = await precacheManifest(copy.dir, ['sw.js']);
    await writeFile(
      sw,
      (await readFile(sw, 'utf8')).replace(/\{"version":.*\}(?=\))/s, JSON.stringify(manifest)),
    );

    await page.reload();
    await page.waitForSelector('g[data-patient-id]', POLL);
    expect(await page.title()).toBe('Cohortscope 2');
    await expect
      .poll(() => page.evaluate(() => caches.keys()), POLL)
      .toEqual([`${CACHE_PREFIX}${manifest.version}`]);
    expect(first).not.toBe(`${CACHE_PREFIX}${manifest.version}`);

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('g[data-patient-id]', POLL);
    expect(await page.title()).toBe('Cohortscope 2');
    await context.close();
  });
});
