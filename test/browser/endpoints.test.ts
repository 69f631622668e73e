/**
 * The endpoints a reviewer asks for, in the built app: subgroups with their tests, median
 * follow-up, landmark rates, how responses ended, the responder definition and the Kaplan–Meier
 * views; the numbers on screen are the engine's, the link brings every choice back, the new charts
 * export, axe finds nothing serious, and a phone-width screen needs no sideways scrolling.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { analyzeSubgroups } from '../../src/engine/analyzeSubgroups.ts';
import { format } from '../../src/ui/format.ts';
import { compareWithR } from '../helpers/compareWithR.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { axeProblems, loadAxe } from './axe.ts';
import { chromiumAvailable } from './findChromium.ts';
import { openApp, startSession, type BrowserSession } from './session.ts';

const POLL = { timeout: 15_000 };
const run = chromiumAvailable();
const cohort = hlhCohort();

/** Text of an element, spaces collapsed. */
async function words(page: Page, selector: string): Promise<string> {
  return (await page.innerText(selector)).replace(/\s+/g, ' ').trim();
}

describe.skipIf(!run)('the reviewer endpoints in the built app', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startSession();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it('groups the HLH cohort by sex: two coloured curves and the engine’s log-rank p-value, kept by the link', async () => {
    const { page, errors } = await openApp(session);
    await page.getByRole('tab', { name: 'Subgroups' }).click();
    await page.selectOption('[data-testid=group-by]', 'sex');
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toMatch(/&by=sex&/);
    const engine = analyzeSubgroups(cohort, { by: 'sex' });
    const p = format.pValue(engine.logrank.dor!.p);
    expect(p).toBe('0.35');
    await expect
      .poll(() => words(page, '[data-testid=groups-logrank-dor]'), POLL)
      .toBe(`Duration of response, log-rank: χ² = 0.88 on 1 df, p = ${p}`);
    expect(await words(page, '[data-testid=groups-logrank-ttr]')).toContain(
      `p = ${format.pValue(engine.logrank.ttr!.p)}`,
    );
    const curves = page.locator('section[aria-labelledby=groups-km-dor] path[data-group]');
    await expect.poll(() => curves.count(), POLL).toBe(2);
    const strokes = await curves.evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
    expect(new Set(strokes).size).toBe(2);
    expect(await words(page, '[data-testid=orr-difference]')).toContain(
      `Fisher's exact p = ${format.pValue(engine.orr_difference!.fisher_p)}`,
    );

    // The link brings the grouping back in a new page.
    const hash = await page.evaluate(() => location.hash);
    const again = await openApp(session, hash, { waitFor: '[data-testid=groups-logrank-dor]' });
    await expect
      .poll(() => words(again.page, '[data-testid=groups-logrank-dor]'), POLL)
      .toContain(`p = ${p}`);
    expect(await again.page.inputValue('[data-testid=group-by]')).toBe('sex');
    expect([...errors, ...again.errors]).toEqual([]);
  }, 90_000);

  it('shows the median follow-up, the 12-week landmark and how many responses ended by death, as the engine computes them', async () => {
    const { page } = await openApp(session);
    const report = analyze(cohort);
    const fu = report.followup!.reverse_km;
    expect(await words(page, '[data-testid=followup-median]')).toContain(
      `Median follow-up ${format.weeks(fu.median)} (95% CI ${format.weeksInterval(fu.ci['log-log'])};`,
    );
    const twelve = report.dor_landmarks.find((r) => r.week === 12)!;
    expect(await words(page, '[data-testid=landmark-table] tr[data-week="12"]')).toBe(
      `12 ${format.percent(twelve.estimate)} ${format.percentInterval(twelve.ci['log-log'])} not estimable`,
    );
    const deaths = report.dor_competing!.death.reduce((n, r) => n + r.n_event, 0);
    const losses = report.dor_competing!.loss.reduce((n, r) => n + r.n_event, 0);
    expect(await words(page, '[data-testid=endings]')).toContain(
      `Of 15 responses, ${losses} ended by loss of response (relapse) and ${deaths} by death`,
    );
    expect([losses, deaths]).toEqual([10, 1]);
  }, 60_000);

  it('applies the responder definition, the weeks and the Kaplan–Meier choices everywhere, keeps them in the link and the report', async () => {
    const { page, errors } = await openApp(session);
    await page.selectOption('[data-testid=setting-responders]', 'CR');
    await page.fill('[data-testid=landmark-field]', '26, 4,x');
    await page.press('[data-testid=landmark-field]', 'Enter');
    await expect
      .poll(() => page.textContent('[role=alert]'), POLL)
      .toContain(
        'Landmark weeks must be at most 10 comma-separated numbers from 0 to 1,040; got "26, 4,x"',
      );
    await page.fill('[data-testid=landmark-field]', '26, 2');
    await page.press('[data-testid=landmark-field]', 'Enter');
    await expect
      .poll(() => page.evaluate(() => location.hash), POLL)
      .toMatch(/&resp=CR&.*&lm=2%2C26&/);
    const crOnly = analyze(cohort, { responders: ['CR'], landmarks: [2, 26] });
    const orr = (await page.$$eval('[data-testid=summary-table] tbody tr', (rows) =>
      [...rows[0].querySelectorAll('th, td')].map((c) => c.textContent!.trim()),
    )) as string[];
    expect(orr[0]).toMatch(/^Overall response \(CR\)/);
    expect(orr.slice(1, 3)).toEqual([`${crOnly.orr!.x}/18`, format.percent(crOnly.orr!.estimate)]);

    await page.getByRole('tab', { name: 'Kaplan–Meier' }).click();
    await page.check('[data-testid=ttr-scale-survival]');
    await page.fill('[data-testid=km-breaks]', '0, 10, 20, 30');
    await page.press('[data-testid=km-breaks]', 'Enter');
    await page.check('[data-testid=incidence-stacked]');
    await expect
      .poll(() => page.evaluate(() => location.hash), POLL)
      .toMatch(/&kmb=0%2C10%2C20%2C30&ttrs=survival&.*&cil=stacked&/);
    const ttr = page.locator('section[aria-labelledby=km-ttr] svg[role=img]');
    expect(await ttr.getAttribute('aria-label')).toMatch(/Not yet responded against weeks/);
    expect(
      await ttr.locator('[data-risk-table] text').evaluateAll((t) => t.map((e) => e.textContent)),
    ).toEqual(expect.arrayContaining(['At risk', 'Events', 'Censored']));

    // The report carries the options and the results they give.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-report').click(),
    ]);
    const json = JSON.parse((await readFile(await download.path())).toString());
    expect(json.inputs.analysis).toMatchObject({ responders: ['CR'], landmarks: [2, 26] });
    expect(json.results.analysis.orr!.x).toBe(crOnly.orr!.x);
    // Chromium's and Node's Math.exp and Math.log may differ in the last bit.
    const problems: string[] = [];
    for (const key of ['followup', 'dor_landmarks', 'response_landmarks', 'dor_competing'] as const)
      compareWithR(json.results.analysis[key], crOnly[key], key, problems, 1e-12);
    expect(problems).toEqual([]);

    // A new page from the link shows the same choices.
    const again = await openApp(session, await page.evaluate(() => location.hash), {
      waitFor: '[data-testid=competing]',
    });
    expect(await again.page.inputValue('[data-testid=setting-responders]')).toBe('CR');
    expect(await again.page.isChecked('[data-testid=ttr-scale-survival]')).toBe(true);
    expect(await again.page.isChecked('[data-testid=incidence-stacked]')).toBe(true);
    expect(await again.page.inputValue('[data-testid=km-breaks]')).toBe('0, 10, 20, 30');
    expect([...errors, ...again.errors]).toEqual([]);
  }, 90_000);

  it('exports the subgroup and competing-risk charts as SVG and PNG', async () => {
    const { page } = await openApp(session, '#view=subgroups&by=sex', {
      waitFor: 'section[aria-labelledby=groups-km-dor] svg[role=img]',
    });
    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
    };
    const svg = await save('Save Duration of response by sex plot as SVG');
    expect(svg.name).toMatch(/subgroups-dor\.svg$/);
    expect(svg.body.toString()).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.body.toString().match(/data-group=/g)).toHaveLength(2);
    const png = await save('Save Duration of response by sex plot as PNG');
    expect([...png.body.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    await page.getByRole('tab', { name: 'Kaplan–Meier' }).click();
    const cif = await save('Save cumulative incidence plot as SVG');
    expect(cif.name).toMatch(/dor-competing\.svg$/);
    expect(cif.body.toString()).toContain('data-cause="death"');
    const cifPng = await save('Save cumulative incidence plot as PNG');
    expect([...cifPng.body.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  }, 60_000);

  it('says why a grouping cannot be used', async () => {
    const { page } = await openApp(session, '#view=subgroups&by=age:200', {
      waitFor: '[data-testid=group-by]',
    });
    await expect
      .poll(() => words(page, '[data-testid=grouping-problem]'), POLL)
      .toBe(
        'Cannot group by age: every patient with a value is in one group, < 200 (18 patients); there is nothing to compare.',
      );
  }, 60_000);

  it('needs no sideways scrolling at 390 px, and axe finds nothing serious, on the new views', async () => {
    for (const width of [390, 1400]) {
      const { page } = await openApp(session, '#by=sex', { width });
      await loadAxe(page);
      const problems: string[] = [];
      for (const tab of ['Summary & swimmer', 'Kaplan–Meier', 'Subgroups']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.waitForSelector('.panel svg[role=img]');
        await page.waitForTimeout(300);
        const [scroll, client] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        expect(scroll, `${tab} at ${width} px`).toBeLessThanOrEqual(client);
        problems.push(...(await axeProblems(page, `${tab} at ${width} px`)));
      }
      expect(problems).toEqual([]);
    }
  }, 90_000);
});
