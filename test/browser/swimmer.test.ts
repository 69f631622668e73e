import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems, loadAxe } from './axe.ts';
import { chromiumAvailable } from './findChromium.ts';
import { openApp, startSession, type BrowserSession } from './session.ts';
import { swimmerCsv } from '../helpers/swimmerCsv.ts';

const run = chromiumAvailable();
const POLL = { timeout: 20_000 };

/** Loads a CSV through the Load tab and shows the swimmer plot. */
async function loadCohort(page: Page, csv: string, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'Load' }).click();
  await page.setInputFiles('[data-testid=file-input]', {
    name: `${name}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect.poll(() => page.textContent('[data-testid=cohort-name]'), POLL).toBe(name);
  await page.getByRole('tab', { name: 'Summary & swimmer' }).click();
  await page.locator('g[data-patient-id]').first().waitFor();
}

const hashParam = (page: Page, key: string) =>
  page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);

describe.runIf(run)('the swimmer plot in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('draws 2,000 patients as an overview and a window of lanes, and answers a hover', async () => {
    const { page, errors } = await openApp(session);
    await loadCohort(page, swimmerCsv(2000), 'two thousand');
    await page.locator('[data-swimmer-overview]').waitFor();
    expect(await page.locator('g[data-patient-id]').count()).toBe(40);
    expect(await page.textContent('[data-swimmer-overview]')).toContain(
      'Patients 1 to 40 of 2,000, in detail',
    );
    // The header says nothing about sex or age, which the file does not record.
    const header = await page.textContent('#summary-heading + p');
    expect(header).toBe('n = 2,000.');
    // Hovering a lane shows its record: only the fields the file records.
    const lane = page.locator('g[data-patient-id]').nth(2);
    const id = await lane.getAttribute('data-patient-id');
    await lane.hover();
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent(), POLL).toMatch(new RegExp(`Patient\\s*${id}`));
    expect(await tooltip.textContent()).not.toMatch(/Sex|Age/);
    // Hovering the overview names the patient under the pointer.
    const overview = page.locator('[data-swimmer-overview] g[data-export=skip]').last();
    const box = (await overview.boundingBox())!;
    const before = await tooltip.textContent();
    await page.mouse.move(box.x + box.width / 3, box.y + box.height * 0.9);
    await expect.poll(() => tooltip.textContent(), POLL).not.toBe(before);
    expect(await tooltip.textContent()).toMatch(/Patient\s*P\d{4}/);
    expect(errors).toEqual([]);
  }, 120_000);

  it('is one tab stop: the arrow keys, Home and End move between patients, Enter selects', async () => {
    const { page, errors } = await openApp(session);
    await loadCohort(page, swimmerCsv(300), 'three hundred');
    const list = page.getByRole('listbox', { name: /Patients of the swimmer plot/ });
    await list.focus();
    const active = () => list.getAttribute('aria-activedescendant');
    const activeText = async () =>
      page.locator(`[id="${await active()}"]`).textContent() as Promise<string>;
    await page.keyboard.press('ArrowDown');
    await expect.poll(activeText, POLL).toMatch(/^\s*Patient \S+, 2 of 300:/);
    await page.keyboard.press('End');
    await expect.poll(activeText, POLL).toMatch(/, 300 of 300:/);
    // The window of detailed lanes followed the keys to the last patient.
    expect(await page.textContent('[data-swimmer-overview]')).toContain(
      'Patients 261 to 300 of 300',
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const selected = (await activeText()).match(/Patient (\S+),/)![1];
    await expect.poll(() => hashParam(page, 'sel'), POLL).toBe(selected);
    await expect.poll(activeText, POLL).toMatch(/299 of 300/);
    expect(await page.locator('g[data-patient-id] [tabindex]').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);

  it('finds a patient by id among 2,000 and brings the lane into view', async () => {
    const { page, errors } = await openApp(session);
    await loadCohort(page, swimmerCsv(2000), 'find');
    await page.fill('[data-testid=swimmer-find]', 'p1234');
    await page.keyboard.press('Enter');
    await expect.poll(() => hashParam(page, 'sel'), POLL).toBe('P1234');
    await page.locator('g[data-patient-id="P1234"]').waitFor();
    await page.fill('[data-testid=swimmer-find]', 'nobody');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('form.find'), POLL).toContain('No patient with id');
    expect(errors).toEqual([]);
  }, 120_000);

  it("groups the lanes by the app's one grouping (the link's by), split or coloured, and lets it go", async () => {
    const { page, errors } = await openApp(session, '#v=1&by=sex');
    const figure = page.locator('.swimmer svg[role=img]');
    expect(await figure.getAttribute('aria-label')).toContain('grouped by sex');
    const texts = () => figure.locator('text').allTextContents();
    // Split: a header over each block of lanes, the two men's lanes after the sixteen women's.
    const lanes = () =>
      figure
        .locator('g[data-patient-id]')
        .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-patient-id')));
    await expect.poll(texts, POLL).toContain('Female: 16');
    expect(await texts()).toContain('Male: 2');
    expect((await lanes()).slice(-2)).toEqual(['P06', 'P15']);
    // The Subgroups tab shows the same grouping.
    await page.getByRole('tab', { name: 'Subgroups' }).click();
    await expect
      .poll(() => page.textContent('[data-testid=grouping-summary]'), POLL)
      .toMatch(/sex/i);
    await page.getByRole('tab', { name: 'Summary & swimmer' }).click();
    await page.selectOption('[data-testid=swimmer-group-mode]', 'colour');
    await expect.poll(() => hashParam(page, 'sg'), POLL).toBe('colour');
    // Coloured: the lanes keep their sorted order (by follow-up), the groups named in the legend.
    await expect.poll(async () => (await lanes()).indexOf('P06'), POLL).toBe(4);
    expect(await texts()).toContain('Male: 2');
    expect(await figure.getAttribute('aria-label')).toContain('grouped by sex');
    await page.click('[data-testid=swimmer-ungroup]');
    await expect.poll(() => hashParam(page, 'by'), POLL).toBeNull();
    await page.locator('[data-testid=swimmer-group]').waitFor();
    expect(await figure.getAttribute('aria-label')).not.toContain('grouped by');
    expect(errors).toEqual([]);
  }, 120_000);

  it('zooms the weeks with the link, the keys and the reset button, and the link round-trips', async () => {
    const { page, errors } = await openApp(session, '#v=1&sx=sqrt&sw=0-4');
    expect(await page.textContent('svg[role=img]')).toContain('(square-root scale)');
    expect(await page.inputValue('[data-testid=swimmer-scale]')).toBe('sqrt');
    const ticks = await page.$$eval('svg[role=img] g text[text-anchor=middle]', (ts) =>
      ts.map((t) => t.textContent),
    );
    expect(ticks).toContain('0.5');
    expect(ticks).not.toContain('10');
    await page.getByRole('button', { name: /Show all weeks/ }).click();
    await expect.poll(() => hashParam(page, 'sw'), POLL).toBeNull();
    // Ctrl and the wheel over the lanes zoom around the pointer; the plain wheel scrolls the page.
    const lane = (await page.locator('g[data-patient-id]').nth(3).boundingBox())!;
    await page.mouse.move(lane.x + 150, lane.y + lane.height / 2);
    await page.mouse.wheel(0, 100);
    expect(await hashParam(page, 'sw')).toBeNull();
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => hashParam(page, 'sw'), POLL).toMatch(/^[\d.]+-[\d.]+$/);
    await page.getByRole('listbox', { name: /Patients of the swimmer plot/ }).focus();
    await page.keyboard.press('0');
    await expect.poll(() => hashParam(page, 'sw'), POLL).toBeNull();
    await page.keyboard.press('+');
    await expect.poll(() => hashParam(page, 'sw'), POLL).toMatch(/^[\d.]+-[\d.]+$/);
    const again = await openApp(session, '#v=1&sw=9-3&sx=log');
    await expect
      .poll(() => again.page.textContent('body'), POLL)
      .toContain('"sw" must be two numbers FROM-TO');
    expect([...errors, ...again.errors]).toEqual([]);
  }, 120_000);

  it('exports what is on screen: SVG with a portable font, the legend and the title; PNG at 300 dpi', async () => {
    const { page, errors } = await openApp(session, '#v=1&sw=0-6');
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save swimmer plot as SVG' }).click(),
    ]);
    const svg = await readFile((await svgFile.path())!, 'utf8');
    expect(svg).toMatch(/<svg[^>]*font-family="Helvetica, Arial, [^"]*sans-serif"/);
    expect(svg).toContain('Swimmer plot: HLH');
    expect(svg).toContain('Loss of response');
    expect(svg).not.toMatch(/class="(overlay|selection|handle)/);
    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save swimmer plot for print as PNG 300 dpi' }).click(),
    ]);
    expect(pngFile.suggestedFilename()).toMatch(/-300dpi\.png$/);
    const png = await readFile((await pngFile.path())!);
    const phys = png.indexOf('pHYs');
    expect(phys).toBeGreaterThan(0);
    expect(png.readUInt32BE(phys + 4)).toBe(Math.round(300 / 0.0254));
    // 3.125 times the chart's width in pixels.
    const width = png.readUInt32BE(16);
    const chart = await page.locator('svg[role=img]').first().getAttribute('width');
    expect(width).toBe(Math.round(Number(chart) * 3.125));
    expect(errors).toEqual([]);
  }, 120_000);

  it('has no serious or critical accessibility violation at 18 and 2,000 patients (axe-core)', async () => {
    const { page } = await openApp(session);
    await loadAxe(page);
    const problems = await axeProblems(page, 'swimmer, 18 patients');
    await page.getByRole('listbox', { name: /Patients of the swimmer plot/ }).focus();
    await page.keyboard.press('ArrowDown');
    problems.push(...(await axeProblems(page, 'swimmer, 18 patients, keys')));
    await loadCohort(page, swimmerCsv(2000), 'axe');
    await page.locator('[data-swimmer-overview]').waitFor();
    problems.push(...(await axeProblems(page, 'swimmer, 2,000 patients')));
    expect(problems).toEqual([]);
  }, 120_000);
});
