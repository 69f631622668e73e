/**
 * The parts of the app that load on demand — the link's compression, the subgroup engine, the
 * scenario fit, the file readers, the report writer — are there on the first load of a link that
 * needs them, and with the network cut after a first visit: the numbers shown are the engine's.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { analyzeSubgroups } from '../../src/engine/analyzeSubgroups.ts';
import { fitScenario } from '../../src/engine/montecarlo/fitScenario.ts';
import { parseCohort } from '../../src/io/parseCohort.ts';
import { compressText } from '../../src/state/compressText.ts';
import { format } from '../../src/ui/format.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { buildSite, removeSite } from './buildSite.ts';
import { chromiumAvailable } from './findChromium.ts';
import { copiedLinkWithData, openApp, startSession, type BrowserSession } from './session.ts';

const POLL = { timeout: 15_000 };
const run = chromiumAvailable();
const cohort = hlhCohort();

/** A small cohort with a sex column, for a link that carries it compressed. */
const LINKED_CSV = [
  'id,best_response,response_wk,loss_wk,followup_wk,sex,age',
  'L1,CR,1,,20,F,40',
  'L2,PR,2,6,18,M,51',
  'L3,NR,,,9,F,63',
  'L4,PR,1,,15,F,35',
  'L5,NE,,,3,M,70',
  'L6,PR,3,10,16,M,44',
].join('\n');
const linked = (() => {
  const parsed = parseCohort(LINKED_CSV, { fileName: 'linked.csv' });
  if (!parsed.ok) throw new Error('the linked cohort is refused');
  return parsed.cohort;
})();
const LINKED_HASH = `#v=1&src=inline&name=linked&csv=${compressText(LINKED_CSV)}`;

/** Text of an element, spaces collapsed. */
async function words(page: Page, selector: string): Promise<string> {
  return (await page.innerText(selector)).replace(/\s+/g, ' ').trim();
}

/** The ORR cells (count and percentage) of the summary table. */
async function orrCells(page: Page): Promise<string[]> {
  const cells = await page.$$eval('[data-testid=summary-table] tbody tr:first-child td', (tds) =>
    tds.map((td) => td.textContent!.trim()),
  );
  return cells.slice(0, 2);
}

let site: { dir: string; owned: boolean };
beforeAll(async () => {
  site = await buildSite();
}, 120_000);
afterAll(async () => {
  if (site) await removeSite(site);
});

describe.skipIf(!run)('a link whose parts load on demand, on its first load', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startSession(site);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it('opens on the Subgroups tab grouped by sex with the engine’s tests', async () => {
    const { page, errors } = await openApp(session, '#view=subgroups&by=sex', {
      waitFor: '[data-testid=groups-logrank-dor]',
    });
    const engine = analyzeSubgroups(cohort, { by: 'sex' });
    await expect
      .poll(() => words(page, '[data-testid=groups-logrank-dor]'), POLL)
      .toBe(
        `Duration of response, log-rank: χ² = 0.88 on 1 df, p = ${format.pValue(engine.logrank.dor!.p)}`,
      );
    expect(await page.inputValue('[data-testid=group-by]')).toBe('sex');
    expect(errors).toEqual([]);
  }, 60_000);

  it('writes a grouping’s tests into the report saved from the Summary tab', async () => {
    const { page, errors } = await openApp(session, '#by=sex');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-report').click(),
    ]);
    const json = JSON.parse((await readFile(await download.path())).toString());
    const engine = analyzeSubgroups(cohort, { by: 'sex' });
    expect(json.results.subgroups.groups.map((g: { value: string; n: number }) => g.n)).toEqual(
      engine.groups.map((g) => g.n),
    );
    // Chromium's and Node's Math.exp and Math.log may differ in the last bit.
    expect(json.results.subgroups.logrank.dor.p).toBeCloseTo(engine.logrank.dor!.p!, 12);
    expect(errors).toEqual([]);
  }, 60_000);

  it('opens a cohort carried compressed in the link, and its subgroups', async () => {
    const { page, errors } = await openApp(session, LINKED_HASH);
    await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toBe('linked');
    const report = analyze(linked);
    expect(await orrCells(page)).toEqual([
      `${report.orr!.x}/${report.n}`,
      format.percent(report.orr!.estimate),
    ]);
    await page.getByRole('tab', { name: 'Subgroups' }).click();
    await page.selectOption('[data-testid=group-by]', 'sex');
    const engine = analyzeSubgroups(linked, { by: 'sex' });
    await expect
      .poll(() => words(page, '[data-testid=groups-logrank-dor]'), POLL)
      .toContain(`p = ${format.pValue(engine.logrank.dor!.p)}`);
    // The address names the cohort; the link with data carries its rows again.
    expect(await page.evaluate(() => location.hash)).toMatch(/src=bundle&name=linked.*by=sex/);
    expect(await copiedLinkWithData(page)).toMatch(/src=inline.*csv=.*by=sex/);
    expect(errors).toEqual([]);
  }, 60_000);

  it('opens on the Re-simulation tab with an edited scenario from the link', async () => {
    const edited = { ...fitScenario(cohort).scenario, n: 30 };
    const hash = `#v=1&view=resim&rscn=${compressText(JSON.stringify(edited))}`;
    const { page, errors } = await openApp(session, hash, { waitFor: '#scenario-json-n' });
    expect(await page.inputValue('#scenario-json-n')).toBe('30');
    await page.click('[data-testid=resim-scenario-json-toggle]');
    const text = await page.inputValue('[data-testid=resim-scenario]');
    expect(JSON.parse(text)).toEqual(edited);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe.runIf(run)('a link whose parts load on demand, offline after a first visit', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession(site);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('opens a compressed cohort on the Subgroups tab with the network cut', async () => {
    const { page, context, errors } = await openApp(session);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), POLL)
      .toBe(true);
    await context.setOffline(true);
    await page.goto(`${session.url}${LINKED_HASH}&view=subgroups&by=sex`);
    await page.reload();
    const engine = analyzeSubgroups(linked, { by: 'sex' });
    await expect
      .poll(() => words(page, '[data-testid=groups-logrank-dor]'), { timeout: 20_000 })
      .toContain(`p = ${format.pValue(engine.logrank.dor!.p)}`);
    expect(await page.textContent('[data-testid=cohort-name]')).toBe('linked');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
