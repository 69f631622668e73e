import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { axeProblems, loadAxe } from './axe.ts';
import { buildSite, removeSite } from './buildSite.ts';
import { chromiumAvailable } from './findChromium.ts';
import {
  copiedLinkWithData,
  openApp,
  startSession,
  type AppPage,
  type BrowserSession,
  type OpenAppOptions,
} from './session.ts';

const VALID_CSV = [
  'id,best_response,response_wk,loss_wk,followup_wk,sex,age',
  'A1,CR,1,,20,F,40',
  'A2,PR,2,6,18,M,51',
  'A3,NR,,,9,F,63',
  'A4,PR,1,,15,F,35',
  'A5,NE,,,3,M,70',
].join('\n');

const REFUSED_CSV = [
  'id,best_response,response_wk,followup_wk',
  'B1,CR,1,10',
  'B2,XX,1,10',
  'B3,PR,abc,10',
  'B1,PR,1,10',
].join('\n');

/** Text of every cell of the endpoint summary table, row by row. */
async function summaryCells(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid=summary-table] tbody tr', (rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
  );
}

async function laneIds(page: Page): Promise<string[]> {
  return page.$$eval('g[data-patient-id]', (gs) =>
    gs.map((g) => g.getAttribute('data-patient-id')!),
  );
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** How long a condition may take to come true on a busy machine. */
const POLL = { timeout: 15_000 };

const run = chromiumAvailable();

let site: { dir: string; owned: boolean };
beforeAll(async () => {
  site = await buildSite();
}, 120_000);
afterAll(async () => {
  if (site) await removeSite(site);
});

describe('the built site', () => {
  it('is light: the initial JavaScript is at most 150 KB gzipped', async () => {
    const html = await readFile(join(site.dir, 'index.html'), 'utf8');
    const scripts = [
      ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const src of scripts) total += gzipSync(await readFile(join(site.dir, src))).length;
    expect(total).toBeLessThanOrEqual(150 * 1024);
  });

  it('has a strict Content-Security-Policy, no inline script and only relative URLs', async () => {
    const html = await readFile(join(site.dir, 'index.html'), 'utf8');
    const raw = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const csp = raw
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v.join(' ')]),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives.get('script-src')).not.toMatch(/unsafe-inline/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^\.\//);
  });
});

describe.skipIf(!run)('the built app in Chromium', () => {
  let session: BrowserSession;
  const pages: AppPage[] = [];
  const open = async (hash = '', options?: OpenAppOptions) => {
    const app = await openApp(session, hash, options);
    pages.push(app);
    return app;
  };

  beforeAll(async () => {
    session = await startSession(site);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it('opens on the built-in cohort: 18 lanes, its name, the reconstruction notice and the privacy statement', async () => {
    const { page, errors, requests } = await open();
    expect(await page.locator('g[data-patient-id]').count()).toBe(18);
    await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toMatch(/HLH/);
    expect(await page.textContent('[data-testid=cohort-notice]')).toMatch(/not the real patients/);
    expect(await page.textContent('body')).toMatch(/never leaves your browser/i);
    const orr = (await summaryCells(page))[0];
    expect(orr.slice(1, 3)).toEqual(['15/18', '83.3%']);
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
    await page.screenshot({ path: 'test-results/browser-default.png', fullPage: true });
  }, 60_000);

  it('re-sorts and groups the swimmer plot, and the link follows', async () => {
    const { page } = await open();
    const before = await laneIds(page);
    await page.selectOption('[data-testid=swimmer-sort]', 'id');
    await expect
      .poll(() => laneIds(page))
      .toEqual([...before].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    await page.check('[data-testid=swimmer-group]');
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toMatch(/sort=id&group=1/);
    // Grouped by best response: the lanes of each response come together, CR first.
    const grouped = await laneIds(page);
    expect(grouped).toHaveLength(18);
    expect(grouped.slice(0, 2).sort()).toEqual(['P03', 'P11']);
  }, 60_000);

  it('changing the interval method changes every interval in the table', async () => {
    const { page } = await open();
    const exact = await summaryCells(page);
    await page.selectOption('#setting-method', 'wald');
    await expect.poll(async () => (await summaryCells(page))[0][3], POLL).not.toBe(exact[0][3]);
    const wald = await summaryCells(page);
    expect(wald[0][2]).toBe(exact[0][2]);
    await page.selectOption('#setting-level', '0.9');
    await expect.poll(async () => (await summaryCells(page))[0][3], POLL).not.toBe(wald[0][3]);
  }, 60_000);

  it('loads a valid file and keeps it when a refused file follows, listing every problem', async () => {
    const { page } = await open();
    await openTab(page, 'Load');
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'my-cohort.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(VALID_CSV),
    });
    await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toBe('my-cohort');
    await expect.poll(() => page.textContent('[data-testid=loaded]'), POLL).toMatch(/5 patients/);
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(REFUSED_CSV),
    });
    const refused = page.locator('[data-testid=refused]');
    await refused.waitFor();
    const text = (await refused.textContent())!;
    expect(text).toMatch(/broken\.csv was not loaded/);
    expect(text).toMatch(/row 2, column best_response: "XX"/);
    expect(text).toMatch(/row 3, column response_wk: "abc"/);
    expect(text).toMatch(/row 4, column id: "B1"/);
    expect(await page.textContent('[data-testid=cohort-name]')).toBe('my-cohort');
    await page.screenshot({ path: 'test-results/browser-refused.png', fullPage: true });
    await openTab(page, 'Summary & swimmer');
    expect(await laneIds(page)).toHaveLength(5);
  }, 60_000);

  it('a shared link reopened in a new page shows identical numbers, cohort included', async () => {
    const first = await open();
    await openTab(first.page, 'Load');
    await first.page.setInputFiles('[data-testid=file-input]', {
      name: 'shared.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(VALID_CSV),
    });
    await expect
      .poll(() => first.page.textContent('[data-testid=cohort-name]'), POLL)
      .toBe('shared');
    await openTab(first.page, 'Summary & swimmer');
    await first.page.selectOption('#setting-method', 'wilson');
    await first.page.selectOption('[data-testid=swimmer-sort]', 'dor');
    await first.page.locator('g[data-patient-id="A2"]').click();
    await expect.poll(() => first.page.evaluate(() => location.hash), POLL).toMatch(/sel=A2/);
    // The address names the cohort; the link with data carries its rows.
    expect(await first.page.evaluate(() => location.hash)).toMatch(/src=bundle&name=shared&/);
    const hash = await copiedLinkWithData(first.page);
    expect(hash).toMatch(/src=inline&name=shared&csv=.*sel=A2/);
    expect(await first.page.textContent('body')).toMatch(
      /it holds all \d+ patients’ rows \(ids and every column\); anyone with the link can read them/,
    );
    const cells = await summaryCells(first.page);
    const lanes = await laneIds(first.page);

    const second = await open(hash);
    expect(await second.page.textContent('[data-testid=cohort-name]')).toBe('shared');
    expect(await summaryCells(second.page)).toEqual(cells);
    expect(await laneIds(second.page)).toEqual(lanes);
    expect(await second.page.inputValue('#setting-method')).toBe('wilson');
    expect(await second.page.textContent('body')).toMatch(/Selected: A2/);
    expect(second.errors).toEqual([]);
  }, 60_000);

  it('a hostile or malformed link shows a message and falls back to the default cohort', async () => {
    const { page, errors } = await open(
      '#v=1&src=inline&name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&csv=%%%&sort=<script>&level=7',
    );
    const notice = (await page.textContent('[data-testid=notices]'))!;
    expect(notice).toMatch(/could not be read/);
    expect(notice).toMatch(/"sort"/);
    expect(notice).toMatch(/"level"/);
    expect(await page.locator('g[data-patient-id]').count()).toBe(18);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a link to a built-in cohort that does not exist says so and shows the default cohort', async () => {
    const { page, errors } = await open('#v=1&src=builtin&id=no-such-cohort&view=summary', {
      waitFor: 'g[data-patient-id]',
    });
    await expect
      .poll(() => page.textContent('[data-testid=notices]'), POLL)
      .toMatch(
        /built-in cohort "no-such-cohort" could not be loaded.*default cohort is shown instead/,
      );
    await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toMatch(/HLH/);
    expect(await page.locator('g[data-patient-id]').count()).toBe(18);
    // the browser itself logs the two missing files (the CSV and its side file)
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  }, 60_000);

  it('names every value a link gets wrong, in lessons and Reconstruct too, and each control shows the value used', async () => {
    const lesson = await open('#v=1&view=learn&lesson=coverage&l.n=500&l.zz=1&level=0.5', {
      waitFor: '[data-summary]',
    });
    const { page } = lesson;
    await expect
      .poll(() => page.locator('[data-testid=notices] li').allInnerTexts(), POLL)
      .toEqual([
        '"l.n" must be a whole number from 5 to 150; got "500"; using 18.',
        '"l.zz" is not a setting of the lesson "coverage"; ignored.',
      ]);
    expect(await page.getByLabel('Patients (n)').inputValue()).toBe('18');
    // The link drops what it refused; a level between the menu's choices is shown by the menu.
    await expect.poll(() => page.evaluate(() => location.hash), POLL).not.toMatch(/l\.(n|zz)=/);
    expect(await page.inputValue('#setting-level')).toBe('0.5');
    expect(await page.locator('#setting-level option:checked').innerText()).toBe('50%');
    expect(lesson.errors).toEqual([]);

    const reconstruct = await open('#v=1&view=reconstruct&r.seed=abc', { waitFor: null });
    await expect
      .poll(() => reconstruct.page.locator('[data-testid=notices] li').allInnerTexts(), POLL)
      .toEqual(['"r.seed" must be a whole number from 0 to 4,294,967,295; got "abc"; using 1.']);
    expect(await reconstruct.page.inputValue('[data-testid=reconstruct-seed]')).toBe('1');
    expect(reconstruct.errors).toEqual([]);
  }, 60_000);

  it('exports the swimmer plot as SVG and PNG, the cohort as CSV and the report as JSON', async () => {
    const { page } = await open();
    const save = async (click: () => Promise<void>) => {
      const [download] = await Promise.all([page.waitForEvent('download'), click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), body: await readFile(path) };
    };
    const svg = await save(() =>
      page.getByRole('button', { name: 'Save swimmer plot as SVG' }).click(),
    );
    expect(svg.name).toMatch(/swimmer\.svg$/);
    expect(svg.body.toString()).toMatch(
      /^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
    expect(svg.body.toString().match(/data-patient-id=/g)).toHaveLength(18);
    const png = await save(() =>
      page.getByRole('button', { name: 'Save swimmer plot as PNG' }).click(),
    );
    expect(png.name).toMatch(/swimmer\.png$/);
    expect([...png.body.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const csv = await save(() => page.getByTestId('export-csv').click());
    expect(csv.body.toString().split(/\r?\n/).filter(Boolean)).toHaveLength(19);
    const report = await save(() => page.getByTestId('export-report').click());
    const json = JSON.parse(report.body.toString());
    expect(json.app.name).toBe('cohortscope');
    expect(json.inputs.cohort.n).toBe(18);
    expect(json.inputs.link).toMatch(/^#v=1&/);
    expect(json.results.analysis.orr.x).toBe(15);
    expect(json.inputs.cohort.csv.split(/\r?\n/).filter(Boolean)).toHaveLength(19);
    expect(json.seeds.bootstrap).toBe(json.inputs.settings.bootSeed);
    expect(json.app.version).toMatch(/^\d+\.\d+\.\d+/);

    // The template offered on the Load tab downloads, and loads as it is.
    await openTab(page, 'Load');
    const template = await save(() =>
      page.getByRole('link', { name: 'Download the template CSV' }).click(),
    );
    expect(template.name).toBe('cohortscope-template.csv');
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'template.csv',
      mimeType: 'text/csv',
      buffer: template.body,
    });
    await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toBe('template');
  }, 60_000);

  it('asks before starting a long run a link requests, and starts it only when told', async () => {
    const { page, errors } = await open('#v=1&view=bootstrap&breps=100000000&bseed=5', {
      waitFor: '[data-testid=boot-run]',
    });
    const question = page.getByTestId('boot-link-question');
    await question.waitFor(POLL);
    expect((await question.textContent())!.replace(/\s+/g, ' ')).toMatch(
      /The link asks for a bootstrap of 100,000,000 replicates of 18 patients: about .+ on this machine’s \d+ workers?, by an estimate from patients × count\. It was not started\./,
    );
    expect(await page.textContent('[data-testid=boot-status]')).toBe('');
    await page.getByTestId('boot-link-decline').click();
    expect(await question.count()).toBe(0);
    expect(await page.textContent('[data-testid=boot-status]')).toBe('');

    const resim = await open('#v=1&view=resim&rtrials=1000000&rseed=2', {
      waitFor: '[data-testid=resim-run]',
    });
    await resim.page.getByTestId('resim-link-question').waitFor(POLL);
    await resim.page.getByTestId('resim-link-run').click();
    await expect
      .poll(() => resim.page.textContent('[data-testid=resim-status]'), POLL)
      .toMatch(/Running/);
    await resim.page.click('[data-testid=resim-cancel]');
    expect([...errors, ...resim.errors]).toEqual([]);
  }, 60_000);

  it('runs a bootstrap with a progress bar, cancels it, and reruns it to the same numbers from a link', async () => {
    const { page } = await open();
    await openTab(page, 'Bootstrap');
    await page.fill('[data-testid=boot-reps]', '5000000');
    await page.click('[data-testid=boot-run]');
    const progress = page.locator('[data-testid=progress] progress');
    await progress.waitFor();
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/browser-bootstrap-running.png' });
    await page.click('[data-testid=boot-cancel]');
    await expect
      .poll(() => page.textContent('[data-testid=boot-status]'), POLL)
      .toMatch(/Cancelled/);
    expect(await progress.count()).toBe(0);
    expect(await page.locator('[data-testid=boot-table]').count()).toBe(0);

    // An absurd request is refused up front.
    await page.fill('[data-testid=boot-reps]', '10000000000');
    expect(await page.isDisabled('[data-testid=boot-run]')).toBe(true);
    expect(await page.textContent('[role=alert]')).toMatch(/Replicates must be a whole number/);

    // Starting and cancelling in quick succession leaves no stale or mixed result behind.
    await page.fill('[data-testid=boot-reps]', '3000000');
    for (let i = 0; i < 3; i++) {
      await page.click('[data-testid=boot-run]');
      await page.click('[data-testid=boot-cancel]');
    }
    await expect
      .poll(() => page.textContent('[data-testid=boot-status]'), POLL)
      .toMatch(/Cancelled/);
    expect(await page.locator('[data-testid=boot-table]').count()).toBe(0);

    await page.fill('[data-testid=boot-reps]', '4000');
    await page.fill('[data-testid=boot-seed]', '77');
    await page.click('[data-testid=boot-run]');
    const table = page.locator('[data-testid=boot-table]');
    await table.waitFor({ timeout: 20_000 });
    const rows = async (p: Page) =>
      p.$$eval('[data-testid=boot-table] tbody tr', (trs) =>
        trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim()).join(' | ')),
      );
    const first = await rows(page);
    expect(first[0]).toMatch(/^Overall response rate \| 83\.3% \| /);
    expect(await page.locator('svg[role=img]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/browser-bootstrap.png', fullPage: true });

    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/breps=4000&bseed=77/);
    // The link opens on the bootstrap and runs it at once, to the same numbers.
    const again = await open(hash, { waitFor: '[data-testid=boot-run]' });
    await again.page.locator('[data-testid=boot-table]').waitFor({ timeout: 20_000 });
    expect(await rows(again.page)).toEqual(first);
  }, 90_000);

  it('re-simulates studies from the fitted scenario and marks the observed values', async () => {
    const { page } = await open();
    await openTab(page, 'Re-simulation');
    await page.fill('[data-testid=resim-trials]', '300');
    await page.click('[data-testid=resim-run]');
    await page.locator('[data-testid=resim-table]').waitFor({ timeout: 20_000 });
    expect(await page.textContent('[data-testid=resim-status]')).toMatch(/300 studies/);
    // the two sampling distributions, besides the fitted curves of both endpoints
    expect(await page.locator('.plots svg[role=img]').count()).toBe(2);
    expect(await page.locator('[data-testid=fit-dor] svg[role=img]').count()).toBe(1);
    await page.screenshot({ path: 'test-results/browser-resim.png', fullPage: true });
    await page.click('[data-testid=resim-scenario-json-toggle]');
    await page.fill('[data-testid=resim-scenario]', '{"n": -1}');
    expect(await page.textContent('[role=alert]')).toMatch(/n must be/);
    expect(await page.isDisabled('[data-testid=resim-run]')).toBe(true);
  }, 60_000);

  it('draws a synthetic cohort from a scenario and seed, and the link brings the same patients back', async () => {
    const { page } = await open('#v=1&view=load', { waitFor: '[data-testid=synthetic-draw]' });
    await page.fill('[data-testid=synthetic-seed]', '99');
    await page.click('[data-testid=synthetic-draw]');
    await expect
      .poll(() => page.textContent('[data-testid=cohort-name]'))
      .toMatch(/Synthetic cohort \(seed 99\)/);
    await openTab(page, 'Summary & swimmer');
    await page.locator('g[data-patient-id]').first().waitFor();
    const cells = await summaryCells(page);
    const lanes = await laneIds(page);
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/src=synthetic/);
    const again = await open(hash);
    expect(await summaryCells(again.page)).toEqual(cells);
    expect(await laneIds(again.page)).toEqual(lanes);
  }, 60_000);

  it('shows ids and extra columns holding HTML or script as plain text everywhere', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const csv = [
      'id,best_response,response_wk,followup_wk,note',
      `"${evil.replace(/"/g, '""')}",PR,1,10,"<script>window.__pwned=2</script>"`,
      'N2,NR,,8,<b>bold</b>',
    ].join('\n');
    const { page, errors } = await open('#v=1&view=load', { waitFor: '[data-testid=file-input]' });
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'evil.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toBe('evil');
    await openTab(page, 'Summary & swimmer');
    const lane = page.locator('g[data-patient-id]').first();
    await lane.waitFor();
    await page.locator(`g[data-patient-id="${evil.replace(/"/g, '\\"')}"]`).click();
    await expect.poll(() => page.textContent('body'), POLL).toContain(`Selected: ${evil}`);
    expect(await page.textContent('body')).toContain('<script>window.__pwned=2</script>');
    await openTab(page, 'Kaplan–Meier');
    await expect.poll(() => page.textContent('body'), POLL).toContain(`Selected patient ${evil}`);
    expect(await page.locator('img[src=x], b').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(errors).toEqual([]);
  }, 60_000);

  it('reads a dropped file like a chosen one', async () => {
    const { page } = await open('#v=1&view=load', { waitFor: '[data-testid=file-input]' });
    await page.evaluate((csv) => {
      const data = new DataTransfer();
      data.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      const zone = document.querySelector('[aria-label="Drop a cohort file here"]')!;
      zone.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, VALID_CSV);
    await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toBe('dropped');
  }, 60_000);

  it('a cohort too large for a link travels as a bundle that reopens with its settings', async () => {
    // 800 patients with pseudo-random values: too many to compress into a link.
    let x = 12345;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const rows = ['id,best_response,response_wk,loss_wk,followup_wk,age'];
    for (let i = 1; i <= 800; i++) {
      const responder = rnd() < 0.7;
      const onset = 1 + Math.floor(rnd() * 6);
      const loss = responder && rnd() < 0.4 ? onset + 1 + Math.floor(rnd() * 30) : '';
      const follow = Math.max(Number(loss) || 0, onset) + Math.floor(rnd() * 50);
      const best = responder ? (rnd() < 0.15 ? 'CR' : 'PR') : 'NR';
      rows.push(
        `Z${i},${best},${responder ? onset : ''},${loss},${follow},${(18 + rnd() * 60).toFixed(1)}`,
      );
    }
    const { page } = await open('#v=1&view=load', { waitFor: '[data-testid=file-input]' });
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\n')),
    });
    await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toBe('large');
    await page.selectOption('#setting-method', 'jeffreys');
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toMatch(/src=bundle/);
    await page.getByTestId('copy-link-data').click();
    expect(await page.textContent('body')).toMatch(/too large for a link/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Save cohort and settings as a bundle/ }).click(),
    ]);
    const bundle = await readFile(await download.path());
    expect(JSON.parse(bundle.toString()).format).toBe('cohortscope-bundle');
    await page.getByRole('tab', { name: 'Summary & swimmer' }).click();
    await page.locator('g[data-patient-id]').first().waitFor();
    const cells = await summaryCells(page);
    expect(cells[0][1]).toMatch(/\/800$/);

    // A reload in the same browser brings the large cohort back from its storage.
    await page.reload();
    await page.locator('g[data-patient-id]').first().waitFor();
    expect(await page.textContent('[data-testid=cohort-name]')).toBe('large');
    expect(await summaryCells(page)).toEqual(cells);

    // Another browser without it is told to open the bundle, and sees the default cohort.
    const link = await open(await page.evaluate(() => location.hash));
    expect(await link.page.textContent('[data-testid=refused-banner]')).toMatch(
      /does not keep it: open its file or bundle on the Load tab/,
    );
    expect(await link.page.locator('g[data-patient-id]').count()).toBe(18);

    // Deleting what is kept makes the first browser forget it too.
    const hash = await page.evaluate(() => location.hash);
    await openTab(page, 'Load');
    await page.getByTestId('forget').click();
    await expect
      .poll(() => page.textContent('body'), POLL)
      .toMatch(/kept in this browser is deleted/);
    await page.goto('about:blank');
    await page.goto(session.url + hash);
    await page.locator('[data-testid=refused-banner]').waitFor();
    expect(await page.textContent('[data-testid=refused-banner]')).toMatch(
      /open its file or bundle/,
    );

    const again = await open('#v=1&view=load', { waitFor: '[data-testid=file-input]' });
    await again.page.setInputFiles('[data-testid=file-input]', {
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: bundle,
    });
    await expect
      .poll(() => again.page.textContent('[data-testid=cohort-name]'), POLL)
      .toBe('large');
    expect(await again.page.inputValue('#setting-method')).toBe('jeffreys');
    await again.page.getByRole('tab', { name: 'Summary & swimmer' }).click();
    await again.page.locator('g[data-patient-id]').first().waitFor();
    expect(await summaryCells(again.page)).toEqual(cells);
  }, 90_000);

  it('opens a cohort of a reconstruction ensemble from its link, marked as a reconstruction', async () => {
    const { page, errors } = await open('#v=1&view=reconstruct&r.cohorts=20&r.seed=3', {
      waitFor: null,
    });
    const use = page.getByRole('button', { name: 'Use this cohort' }).first();
    await use.waitFor({ timeout: 30_000 });
    expect(await page.textContent('[data-testid=reconstruct-status]')).toMatch(
      /^Done in .+: 20 cohorts, seed 3\.$/,
    );
    await use.click();
    await page.locator('g[data-patient-id]').first().waitFor();
    expect(await page.locator('g[data-patient-id]').count()).toBe(18);
    expect(await page.textContent('[data-testid=cohort-notice]')).toMatch(/not the real patients/);
    expect((await summaryCells(page))[0].slice(1, 3)).toEqual(['15/18', '83.3%']);
    expect(await page.evaluate(() => location.hash)).toMatch(
      /src=bundle.*view=summary.*r\.cohorts=20&r\.seed=3/,
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('has no serious or critical accessibility violation on any tab (axe-core)', async () => {
    const { page } = await open();
    await loadAxe(page);
    const problems: string[] = [];
    for (const tab of [
      'Summary & swimmer',
      'Kaplan–Meier',
      'Subgroups',
      'Bootstrap',
      'Re-simulation',
      'Reconstruct',
      'Design',
      'Learn',
      'Load',
    ]) {
      await openTab(page, tab);
      await page.waitForTimeout(300);
      problems.push(...(await axeProblems(page, tab)));
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('sent every request of every page above to the local server, and nowhere else', () => {
    const all = pages.flatMap((p) => p.requests);
    expect(pages.length).toBeGreaterThan(10);
    const local = (url: string) =>
      url.startsWith(session.server.origin + '/') ||
      url.startsWith('blob:') ||
      url.startsWith('data:');
    expect(all.filter((url) => !local(url))).toEqual([]);
    expect(all.some((url) => url.includes('/cohorts/hlh-anakinra-2025.csv'))).toBe(true);
  });
});
