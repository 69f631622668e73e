import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable } from './findChromium.ts';
import { deflateRawSync } from 'node:zlib';
import {
  copiedLinkWithData,
  openApp,
  startSession,
  type AppPage,
  type BrowserSession,
} from './session.ts';

const KEPT_CSV = [
  'id,best_response,response_wk,loss_wk,followup_wk,sex,age',
  'K1,CR,1,,20,F,40',
  'K2,PR,2,6,18,M,51',
  'K3,NR,,,9,F,63',
  'K4,PR,1,,15,F,35',
  'K5,NE,,,3,M,70',
  'K6,PR,3,12,30,M,44',
].join('\n');

const OTHER_CSV = [
  'id,best_response,response_wk,followup_wk',
  'T1,CR,1,10',
  'T2,NR,,12',
  'T3,PR,2,14',
].join('\n');

/** How long a condition may take to come true on a busy machine. */
const POLL = { timeout: 15_000 };

/** The session record the page keeps in IndexedDB, reduced to what the tests compare. */
interface KeptSummary {
  hash: string;
  name: string;
  writer: string;
  bootstrap: boolean;
  resim: boolean;
}

/**
 * Reads the kept session straight from IndexedDB (without creating the database when it is
 * missing, which would stand in the app's way).
 */
async function keptSession(page: Page): Promise<KeptSummary | null> {
  return page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'cohortscope')) return null;
    return new Promise<KeptSummary | null>((resolve) => {
      const request = indexedDB.open('cohortscope');
      request.onerror = () => resolve(null);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('session')) {
          db.close();
          resolve(null);
          return;
        }
        const get = db.transaction('session', 'readonly').objectStore('session').get('session');
        get.onerror = () => (db.close(), resolve(null));
        get.onsuccess = () => {
          db.close();
          const r = get.result as Record<string, unknown> | undefined;
          resolve(
            r
              ? {
                  hash: String(r.hash),
                  name: String(r.name),
                  writer: String(r.writer),
                  bootstrap: r.bootstrap !== null && r.bootstrap !== undefined,
                  resim: r.resim !== null && r.resim !== undefined,
                }
              : null,
          );
        };
      };
    });
  });
}

/** Writes `value` as the kept session, as a damaged or hostile store would hold it. */
async function plantSession(page: Page, value: unknown): Promise<void> {
  await page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cohortscope');
        request.onupgradeneeded = () => request.result.createObjectStore('session');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('session', 'readwrite');
          tx.objectStore('session').put(v, 'session');
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

async function bootRows(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=boot-table] tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim()).join(' | ')),
  );
}

async function resimRows(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=resim-table] tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim()).join(' | ')),
  );
}

async function upload(page: Page, name: string, csv: string): Promise<void> {
  await page.getByRole('tab', { name: 'Load' }).click();
  await page.setInputFiles('[data-testid=file-input]', {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const expected = name.replace(/\.csv$/, '');
  await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toBe(expected);
}

/** Waits until the kept session is the state on screen (the page saves shortly after a change). */
async function waitUntilKept(page: Page, extra: (k: KeptSummary) => boolean = () => true) {
  await expect
    .poll(async () => {
      const kept = await keptSession(page);
      const hash = await page.evaluate(() => location.hash);
      return kept !== null && kept.hash === hash && extra(kept);
    }, POLL)
    .toBe(true);
}

const run = chromiumAvailable();

describe.skipIf(!run)('what a user loaded is kept in this browser', () => {
  let session: BrowserSession;

  /** A second page in the same browser context (same storage), recording its errors. */
  const pageIn = (context: BrowserContext, hash = ''): Promise<AppPage> =>
    openApp(session, hash, {
      context,
      waitFor:
        'g[data-patient-id], [data-testid=file-input], [data-testid=boot-run], [data-testid=resim-run]',
    });

  beforeAll(async () => {
    session = await startSession();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it('brings back the uploaded cohort, the settings and the bootstrap result after a reload without link', async () => {
    const { page, context, errors } = await openApp(session);
    await upload(page, 'kept.csv', KEPT_CSV);
    await page.selectOption('#setting-method', 'wilson');
    await page.getByRole('tab', { name: 'Bootstrap' }).click();
    await page.fill('[data-testid=boot-reps]', '3000');
    await page.fill('[data-testid=boot-seed]', '41');
    await page.click('[data-testid=boot-run]');
    await page.locator('[data-testid=boot-table]').waitFor({ timeout: 20_000 });
    const rows = await bootRows(page);
    expect(rows[0]).toMatch(/^Overall response rate \| /);
    await page.getByRole('tab', { name: 'Re-simulation' }).click();
    await page.fill('[data-testid=resim-trials]', '250');
    await page.click('[data-testid=resim-run]');
    await page.locator('[data-testid=resim-table]').waitFor({ timeout: 20_000 });
    const resim = await resimRows(page);
    expect(resim.length).toBeGreaterThan(0);
    await waitUntilKept(page, (k) => k.bootstrap && k.resim && k.name === 'kept');
    const hash = await page.evaluate(() => location.hash);

    // A new page without a hash (as after a crash) shows the same cohort, settings and result.
    const again = await pageIn(context);
    expect(await again.page.textContent('[data-testid=cohort-name]')).toBe('kept');
    expect(await again.page.textContent('header')).toMatch(/Loaded from kept\.csv/);
    expect(await again.page.inputValue('#setting-method')).toBe('wilson');
    await again.page.locator('[data-testid=resim-table]').waitFor(POLL);
    expect(await resimRows(again.page)).toEqual(resim);
    expect(await again.page.textContent('[data-testid=resim-status]')).toMatch(/250 studies/);
    await expect.poll(() => again.page.evaluate(() => location.hash), POLL).toBe(hash);
    await again.page.getByRole('tab', { name: 'Bootstrap' }).click();
    await again.page.locator('[data-testid=boot-table]').waitFor(POLL);
    expect(await bootRows(again.page)).toEqual(rows);
    expect(await again.page.textContent('[data-testid=boot-status]')).toMatch(
      /3,000 replicates, seed 41/,
    );
    expect(await again.page.inputValue('[data-testid=boot-reps]')).toBe('3000');

    // A plain reload keeps the hash, and the results come back with it too.
    await waitUntilKept(again.page, (k) => /view=bootstrap/.test(k.hash));
    await again.page.reload();
    await again.page.locator('[data-testid=boot-table]').waitFor(POLL);
    expect(await bootRows(again.page)).toEqual(rows);
    expect([...errors, ...again.errors]).toEqual([]);
  }, 90_000);

  it('does not show a kept result again once the settings it was computed with have changed', async () => {
    const { page, context } = await openApp(session);
    await upload(page, 'kept.csv', KEPT_CSV);
    await page.getByRole('tab', { name: 'Bootstrap' }).click();
    await page.fill('[data-testid=boot-reps]', '2000');
    await page.click('[data-testid=boot-run]');
    await page.locator('[data-testid=boot-table]').waitFor({ timeout: 20_000 });
    await page.selectOption('#setting-level', '0.9');
    await waitUntilKept(page, (k) => k.bootstrap && /level=0\.9/.test(k.hash));
    const again = await pageIn(context);
    expect(await again.page.inputValue('#setting-level')).toBe('0.9');
    expect(await again.page.textContent('[data-testid=cohort-name]')).toBe('kept');
    // Given time to come back, the result computed at 95% stays away.
    await again.page.waitForTimeout(1_000);
    expect(await again.page.locator('[data-testid=boot-table]').count()).toBe(0);
    expect(again.errors).toEqual([]);
  }, 90_000);

  it('a link still wins over what is kept', async () => {
    const { page, context } = await openApp(session);
    await upload(page, 'kept.csv', KEPT_CSV);
    await waitUntilKept(page);
    const linked = await pageIn(context, '#v=1&src=builtin&id=hlh-anakinra-2025&view=summary');
    expect(await linked.page.locator('g[data-patient-id]').count()).toBe(18);
    expect(await linked.page.textContent('[data-testid=cohort-name]')).toMatch(/HLH/);
    expect(linked.errors).toEqual([]);
  }, 60_000);

  it('two tabs changing things at once leave a consistent state from one of them', async () => {
    const { page: a, context, errors } = await openApp(session);
    await upload(a, 'kept.csv', KEPT_CSV);
    await waitUntilKept(a);
    const second = await pageIn(context);
    const b = second.page;
    expect(await b.textContent('[data-testid=cohort-name]')).toBe('kept');

    // Both tabs change things, interleaved: B loads another cohort, A changes settings.
    await upload(b, 'other.csv', OTHER_CSV);
    await a.getByRole('tab', { name: 'Summary & swimmer' }).click();
    for (const method of ['wald', 'jeffreys', 'agresti-coull']) {
      await a.selectOption('#setting-method', method);
      await b.selectOption('#setting-method', method === 'wald' ? 'wilson' : 'clopper-pearson');
    }
    await a.selectOption('[data-testid=swimmer-sort]', 'id');
    await expect.poll(() => a.evaluate(() => location.hash), POLL).toMatch(/sort=id/);
    const states = {
      a: { name: 'kept', hash: await a.evaluate(() => location.hash) },
      b: { name: 'other', hash: await b.evaluate(() => location.hash) },
    };
    await a.waitForTimeout(1_000);
    const kept = await keptSession(a);
    expect(kept).not.toBeNull();
    const from = kept!.name === 'kept' ? states.a : states.b;
    expect(kept!.hash).toBe(from.hash);

    // Reopening without a link shows exactly the state of the tab that wrote last.
    const third = await pageIn(context);
    expect(await third.page.textContent('[data-testid=cohort-name]')).toBe(from.name);
    await expect.poll(() => third.page.evaluate(() => location.hash), POLL).toBe(from.hash);
    expect(await third.page.locator('g[data-patient-id]').count()).toBe(
      from.name === 'kept' ? 6 : 3,
    );
    expect(await third.page.locator('[data-testid=notices]').count()).toBe(0);
    expect([...errors, ...second.errors, ...third.errors]).toEqual([]);
  }, 90_000);

  it('ignores a damaged kept session with a notice and opens the built-in cohort', async () => {
    const { page, context } = await openApp(session);
    // Once the first page has written its own state, nothing but the planted record is left.
    await waitUntilKept(page);
    await plantSession(page, { format: 'cohortscope-session', version: 1, hash: 42 });
    const damaged = await pageIn(context);
    expect(await damaged.page.locator('g[data-patient-id]').count()).toBe(18);
    expect(await damaged.page.textContent('[data-testid=notices]')).toMatch(
      /session kept in this browser could not be read .*ignored/,
    );
    await waitUntilKept(damaged.page);
    await plantSession(page, 'not a record at all');
    const again = await pageIn(context);
    expect(await again.page.locator('g[data-patient-id]').count()).toBe(18);
    expect(await again.page.textContent('[data-testid=notices]')).toMatch(/not a session record/);
    expect([...damaged.errors, ...again.errors]).toEqual([]);
  }, 60_000);

  it('clears everything kept with one button, says what it cleared, and then opens the built-in cohort', async () => {
    const { page, context, errors } = await openApp(session);
    await upload(page, 'kept.csv', KEPT_CSV);
    await page.getByRole('tab', { name: 'Bootstrap' }).click();
    await page.fill('[data-testid=boot-reps]', '1000');
    await page.click('[data-testid=boot-run]');
    await page.locator('[data-testid=boot-table]').waitFor({ timeout: 20_000 });
    await waitUntilKept(page, (k) => k.bootstrap);

    await page.getByRole('tab', { name: 'Load' }).click();
    await page.getByTestId('forget').click();
    const status = page.getByTestId('forget-status');
    await expect.poll(() => status.textContent(), POLL).toMatch(/kept in this browser is deleted/);
    expect(await status.textContent()).toMatch(
      /the saved session \(the cohort “kept”, its settings and a bootstrap result\)/,
    );
    await page.screenshot({ path: 'test-results/browser-load-cleared.png', fullPage: true });
    expect(await keptSession(page)).toBeNull();
    // This page keeps what is on screen but does not write it back on its own.
    await page.waitForTimeout(1_000);
    expect(await keptSession(page)).toBeNull();

    const fresh = await pageIn(context);
    expect(await fresh.page.locator('g[data-patient-id]').count()).toBe(18);
    expect(await fresh.page.textContent('[data-testid=cohort-name]')).toMatch(/HLH/);
    expect([...errors, ...fresh.errors]).toEqual([]);
  }, 90_000);

  it('works without storage: the page loads and reads files when IndexedDB is unavailable', async () => {
    const context = await session.newContext();
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('storage is disabled', 'SecurityError');
      };
      Object.defineProperty(IDBFactory.prototype, 'open', { value: refuse });
    });
    const app = await pageIn(context);
    expect(await app.page.locator('g[data-patient-id]').count()).toBe(18);
    await upload(app.page, 'kept.csv', KEPT_CSV);
    await app.page.waitForTimeout(600);
    await app.page.getByTestId('forget').click();
    await expect
      .poll(() => app.page.getByTestId('forget-status').textContent(), POLL)
      .toMatch(/could not be cleared/);
    const again = await pageIn(context);
    expect(await again.page.locator('g[data-patient-id]').count()).toBe(18);
    expect([...app.errors, ...again.errors]).toEqual([]);
  }, 60_000);

  it('saves at once when the page is hidden, without waiting for the save delay', async () => {
    const { page } = await openApp(session);
    await page.clock.install();
    await upload(page, 'kept.csv', KEPT_CSV);
    await waitUntilKept(page, (k) => k.name === 'kept');
    // From here the page's timers stand still: only the page being hidden can save.
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.selectOption('#setting-method', 'jeffreys');
    await page.waitForTimeout(500);
    expect((await keptSession(page))?.hash).not.toMatch(/method=jeffreys/);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    await expect.poll(async () => (await keptSession(page))?.hash, POLL).toMatch(/method=jeffreys/);
  }, 60_000);

  it('a malformed link after a kept upload leaves the kept cohort in place and shows it', async () => {
    const { page, context } = await openApp(session);
    await upload(page, 'kept.csv', KEPT_CSV);
    await waitUntilKept(page, (k) => k.name === 'kept');
    await page.close();
    const bad = await pageIn(context, '#v=1&src=inline&name=x&csv=!!!***&view=km&level=0.8');
    await expect
      .poll(() => bad.page.textContent('[data-testid=notices]'), POLL)
      .toMatch(/The cohort in the link could not be read .*its settings were not applied/);
    expect(await bad.page.textContent('[data-testid=notices]')).toMatch(
      /The session kept in this browser is shown instead of the link\./,
    );
    expect(await bad.page.textContent('[data-testid=cohort-name]')).toBe('kept');
    expect(await bad.page.inputValue('#setting-level')).toBe('0.95');
    await bad.page.waitForTimeout(800);
    expect((await keptSession(bad.page))?.name).toBe('kept');
    await bad.page.close();
    const again = await pageIn(context);
    expect(await again.page.textContent('[data-testid=cohort-name]')).toBe('kept');
    expect([...bad.errors, ...again.errors]).toEqual([]);
  }, 60_000);

  it('a malformed link in a browser with nothing kept shows the default cohort without keeping it', async () => {
    const { page, errors } = await openApp(session, '#v=1&src=inline&name=x&csv=!!!***');
    expect(await page.locator('g[data-patient-id]').count()).toBe(18);
    await page.selectOption('#setting-method', 'wilson');
    await page.waitForTimeout(800);
    expect(await keptSession(page)).toBeNull();
    expect(errors).toEqual([]);
  }, 60_000);

  it('a refused cohort from a pasted link is shown on the tab the user is on, and nothing changes', async () => {
    const { page, errors } = await openApp(session);
    await upload(page, 'kept.csv', KEPT_CSV);
    await page.getByRole('tab', { name: 'Kaplan–Meier' }).click();
    const hash = await page.evaluate(() => location.hash);
    // Compressed as a link carries a cohort: raw DEFLATE, base64url.
    const csv = deflateRawSync('id,best_response,followup_wk\nB1,XX,4\n').toString('base64url');
    await page.evaluate(
      (h) => (location.hash = h),
      `#v=1&src=inline&name=ward&csv=${csv}&view=summary&level=0.8&method=wald`,
    );
    const banner = page.getByTestId('refused-banner');
    await banner.waitFor(POLL);
    expect((await banner.textContent())!.replace(/\s+/g, ' ')).toMatch(
      /ward\.csv was not loaded; the cohort on screen and the settings are unchanged \(kept\)\..*row 1, column best_response: "XX"/s,
    );
    expect(
      await page.getByRole('tab', { name: 'Kaplan–Meier' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(await page.inputValue('#setting-level')).toBe('0.95');
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe(hash);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    expect(await banner.count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('keeps patient rows out of the address bar; a link with data still opens and is then named', async () => {
    const { page, errors } = await openApp(session);
    await upload(page, 'kept.csv', KEPT_CSV);
    await page.selectOption('#setting-method', 'wilson');
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toMatch(/method=wilson/);
    const address = await page.evaluate(() => location.hash);
    expect(address).toMatch(/src=bundle&name=kept&/);
    expect(address).not.toMatch(/csv=|K1|K2/);
    const withData = await copiedLinkWithData(page);
    expect(withData).toMatch(/src=inline&name=kept&csv=/);

    const other = await openApp(session, withData, { waitFor: '[data-testid=file-input]' });
    expect(await other.page.textContent('[data-testid=cohort-name]')).toBe('kept');
    expect(await other.page.inputValue('#setting-method')).toBe('wilson');
    await expect.poll(() => other.page.evaluate(() => location.hash), POLL).toBe(address);
    expect([...errors, ...other.errors]).toEqual([]);
  }, 60_000);
});
