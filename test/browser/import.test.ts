import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/engine/analyze.ts';
import { importFiles } from '../../src/io/importFiles.ts';
import { readMapping } from '../../src/io/mapping/readMapping.ts';
import { format } from '../../src/ui/format.ts';
import { FIXTURES, fixtureFile } from '../io/import/readFixture.ts';
import { axeProblems, loadAxe } from './axe.ts';
import { chromiumAvailable } from './findChromium.ts';
import { copiedLinkWithData, openApp, startSession, type BrowserSession } from './session.ts';

/** How long a condition may take to come true on a busy machine. */
const POLL = { timeout: 20_000 };

interface Proportion {
  x: number;
  n: number;
  estimate: number;
  ci: Record<string, [number, number]>;
}
interface Km {
  median: number | null;
  ci: Record<string, [number | null, number | null]>;
}
interface RCase {
  name: string;
  report: { n: number; orr: Proportion; cr: Proportion; dor: Km | null; ttr: { km: Km | null } };
}
const fixture = JSON.parse(readFileSync('test/fixtures/import.json', 'utf8')) as {
  cases: RCase[];
  disagreeing: string[];
  bad_sheet: {
    file: string;
    map: string;
    cells: { cell: string; row: number; column: string; value: string; problem: string }[];
  };
};
const fromR = (name: string) => fixture.cases.find((c) => c.name.startsWith(name))!.report;

/** Text of every cell of the endpoint summary table, row by row. */
async function summaryCells(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid=summary-table] tbody tr', (rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
  );
}

/** The summary rows R's report gives, as the page writes them (Clopper–Pearson, log–log). */
function expectedRows(r: RCase['report']): Record<string, string[]> {
  const p = (x: Proportion) => [
    `${x.x}/${x.n}`,
    format.percent(x.estimate),
    format.percentInterval(x.ci['clopper-pearson']),
  ];
  const km = (k: Km) => [format.weeks(k.median), format.weeksInterval(k.ci['log-log'])];
  return {
    orr: p(r.orr),
    cr: p(r.cr),
    ...(r.dor ? { dor: km(r.dor) } : {}),
    ...(r.ttr.km ? { ttr: km(r.ttr.km) } : {}),
  };
}

/** The same rows read off the page: count, estimate and interval (medians: estimate and interval). */
async function shownRows(page: Page): Promise<Record<string, string[]>> {
  const rows = await page.$$eval('[data-testid=summary-table] tbody tr', (trs) =>
    trs.map((tr) => [
      tr.getAttribute('data-endpoint')!,
      ...[...tr.querySelectorAll('td')].map((c) => c.textContent!.trim()),
    ]),
  );
  const by = new Map(rows.map(([key, ...cells]) => [key, cells]));
  const shown: Record<string, string[]> = {};
  for (const key of ['orr', 'cr']) if (by.has(key)) shown[key] = by.get(key)!;
  for (const key of ['dor', 'ttr']) if (by.has(key)) shown[key] = by.get(key)!.slice(1);
  return shown;
}

/** Puts fixture files into the page's file input (several at once). */
async function choose(page: Page, names: string[], folder = FIXTURES): Promise<void> {
  await page.setInputFiles(
    '[data-testid=file-input]',
    names.map((n) => `${folder}/${n}`),
  );
}

/** Drops fixture files on the page outside the Load tab's drop zone (a drop anywhere). */
async function dropAnywhere(page: Page, names: string[]): Promise<void> {
  const files = await Promise.all(
    names.map(async (name) => ({
      name,
      bytes: [...(await readFile(`${FIXTURES}/${name}`))],
    })),
  );
  await page.evaluate((given) => {
    const data = new DataTransfer();
    for (const f of given) data.items.add(new File([new Uint8Array(f.bytes)], f.name));
    const target = document.querySelector('header')!;
    target.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, files);
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Maps the myeloid visits: every suggestion kept, "No remission" said to mean NR. */
async function mapMyeloid(page: Page): Promise<void> {
  await page.locator('[data-testid=mapping-step]').waitFor(POLL);
  await expect
    .poll(() => page.textContent('[data-testid=mapping-gaps]'), POLL)
    .toMatch(/say what "No remission" means in response/);
  await page.selectOption('tr[data-value="No remission"] select', 'NR');
  await expect
    .poll(() => page.textContent('[data-testid=mapping-gaps]'), POLL)
    .toMatch(/Every required field has a column and every code a meaning/);
  await page.click('[data-testid=mapping-load]');
  await page.locator('[data-testid=import-details]').waitFor(POLL);
}

/** Gives the page's file input a CSV written here, one line per entry. */
async function give(page: Page, name: string, lines: string[]): Promise<void> {
  await page.setInputFiles('[data-testid=file-input]', {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\n')}\n`),
  });
}

/** A workbook as a trial keeps it: a notes sheet, a patients sheet and a visits sheet, in days. */
function trialWorkbook(): Buffer {
  const book = XLSX.utils.book_new();
  const sheet = (rows: unknown[][]) => XLSX.utils.aoa_to_sheet(rows);
  XLSX.utils.book_append_sheet(book, sheet([['Trial export'], ['Times in days']]), 'Notes');
  XLSX.utils.book_append_sheet(
    book,
    sheet([
      ['Patient', 'Sex', 'Death day', 'Last contact day'],
      ['A01', 'F', null, 180],
      ['A02', 'M', 120, 120],
    ]),
    'Patients',
  );
  XLSX.utils.book_append_sheet(
    book,
    sheet([
      ['Patient', 'Study day', 'Status'],
      ['A01', 14, 'Partial remission'],
      ['A01', 90, 'Complete remission'],
      ['A02', 7, 'Stable'],
      ['A02', 28, 'Partial remission'],
      ['A02', 56, 'Complete remission'],
    ]),
    'Visits',
  );
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const run = chromiumAvailable();

describe.skipIf(!run)('real data in: the Load tab with files as people keep them', () => {
  let session: BrowserSession;
  const open = (hash = '#view=load', waitFor = '[data-testid=file-input]') =>
    openApp(session, hash, { waitFor });

  beforeAll(async () => {
    session = await startSession();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  }, 60_000);

  it('a workbook of visits dropped anywhere, with its own names, codes and days, is mapped to the numbers R gives', async () => {
    const { page, errors } = await open('', 'g[data-patient-id]');
    await dropAnywhere(page, ['myeloid.xlsx']);
    const chooser = page.locator('[data-testid=sheet-chooser]');
    await chooser.waitFor(POLL);
    expect(await chooser.textContent()).toMatch(/Read me.*Visits.*Patients/s);
    await page.check('input[name=sheet-main][value=Visits]');
    await page.selectOption('[data-testid=sheet-second]', 'Patients');
    await page.click('[data-testid=sheet-read]');
    await page.locator('[data-testid=mapping-step]').waitFor(POLL);

    // Each field shows its suggested column and why; the content decides a column of dates.
    const field = (part: string, name: string) =>
      page.locator(`[data-testid=fields-${part}] tr[data-field=${name}]`);
    expect(await field('columns', 'id').locator('select').inputValue()).toBe('Patient');
    expect(await field('columns', 'response').textContent()).toMatch(/contains "assessment"/);
    expect(await field('patient_columns', 'last_followup_date').textContent()).toMatch(
      /its values are dates/,
    );
    expect(await page.inputValue('[data-testid=time-unit]')).toBe('days');
    const preview = await page.locator('[data-testid=mapping-preview]').first().textContent();
    expect(preview).toMatch(/No remission \(not mapped\)/);

    await mapMyeloid(page);
    expect(await page.textContent('[data-testid=cohort-name]')).toBe('myeloid');
    await openTab(page, 'Summary & swimmer');
    await page.locator('g[data-patient-id]').first().waitFor();
    // The swimmer lanes are the visits' sequences of assessed states, with their legend.
    const swimmer = await page.textContent('.swimmer svg[role=img]');
    expect(swimmer).toMatch(/CR assessed|PR assessed/);
    expect(swimmer).not.toContain('In response');
    expect(await shownRows(page)).toEqual(
      expectedRows(fromR('myeloid workbook, visits and patients sheets')),
    );
    // Times read in days are weeks with many decimals: the sentences round them.
    expect(await page.textContent('[data-testid=endings]')).toMatch(
      /By week \d+(\.\d)? from response/,
    );
    expect(errors).toEqual([]);
  }, 120_000);

  it('a semicolon CSV in Latin-1 written by R (NA for blank) is read with its accents and loads', async () => {
    const { page, errors } = await open();
    const text =
      'Identifiant;Réponse;response_wk;followup_wk;death_wk\n' +
      'P1;CR;2;10;NA\nP2;NR;NA;8;8\nP3;PR;1.5;6;NA\n';
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'français.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'latin1'),
    });
    await page.locator('[data-testid=mapping-step]').waitFor(POLL);
    const step = (await page.textContent('[data-testid=mapping-step]'))!;
    expect(step).toContain('Réponse');
    expect(step).not.toContain('\uFFFD');
    await page.selectOption('[data-testid=fields-columns] tr[data-field=id] select', 'Identifiant');
    await page.selectOption(
      '[data-testid=fields-columns] tr[data-field=best_response] select',
      'Réponse',
    );
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await page.locator('[data-testid=loaded]').waitFor(POLL);
    expect(await page.textContent('header')).toMatch(/\(3 patients\)/);
    expect(errors).toEqual([]);
  }, 60_000);

  it('an ADaM trio of .xpt files loads as given and agrees with its ADTTE; one that disagrees is listed', async () => {
    const { page, errors } = await open();
    await choose(page, ['myeloid-adsl.xpt', 'myeloid-adrs.xpt', 'myeloid-adtte.xpt']);
    await page.locator('[data-testid=import-details]').waitFor(POLL);
    expect(await page.locator('[data-testid=disagreements]').count()).toBe(0);
    await openTab(page, 'Summary & swimmer');
    await page.locator('g[data-patient-id]').first().waitFor();
    expect(await shownRows(page)).toEqual(expectedRows(fromR('myeloid ADaM trio (.xpt v5)')));

    await openTab(page, 'Load');
    await choose(page, ['myeloid-adsl.xpt', 'myeloid-adrs.xpt', 'myeloid-adtte-edited.xpt']);
    const listed = page.locator('[data-testid=disagreements]');
    await listed.waitFor(POLL);
    for (const id of fixture.disagreeing) expect(await listed.textContent()).toContain(id);

    // The derived table: each patient's steps beside the ADRS rows they came from.
    const row = page.locator('[data-testid=derived-table] tr[data-patient="MY-003"]');
    await row.locator('[data-testid=show-derivation]').click();
    expect(await page.textContent('[data-testid=derivation-steps]')).toMatch(
      /best overall response CR/,
    );
    const source = page.locator('[data-testid=source-rows]');
    expect(await source.textContent()).toMatch(/USUBJID.*PARAMCD.*AVALC/s);
    expect(await source.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await source.textContent()).toMatch(/first response/);
    await openTab(page, 'Summary & swimmer');
    await page.locator('g[data-patient-id]').first().waitFor();
    expect(await shownRows(page)).toEqual(
      expectedRows(fromR('myeloid ADaM with an ADTTE that disagrees')),
    );
    expect(errors).toEqual([]);
  }, 120_000);

  it('the built-in cohort round-trips through every format with identical results', async () => {
    const { page, errors } = await open('', 'g[data-patient-id]');
    const today = await summaryCells(page);
    const ways: { files: string[]; sheets?: [string, string | null] }[] = [
      { files: ['hlh-visits.csv'] },
      { files: ['hlh.xlsx'], sheets: ['Patients', null] },
      { files: ['hlh.xlsx'], sheets: ['Visits', 'Patient facts'] },
      { files: ['hlh-adsl.xpt', 'hlh-adrs.xpt', 'hlh-adtte.xpt'] },
    ];
    for (const way of ways) {
      await openTab(page, 'Load');
      await choose(page, way.files);
      if (way.sheets) {
        await page.locator('[data-testid=sheet-chooser]').waitFor(POLL);
        await page.check(`input[name=sheet-main][value="${way.sheets[0]}"]`);
        if (way.sheets[1]) await page.selectOption('[data-testid=sheet-second]', way.sheets[1]);
        await page.click('[data-testid=sheet-read]');
      }
      await expect
        .poll(() => page.textContent('[data-testid=loaded]').catch(() => ''), POLL)
        .toContain(way.files[0]);
      await openTab(page, 'Summary & swimmer');
      await page.locator('g[data-patient-id]').first().waitFor();
      expect(await summaryCells(page), way.files.join(', ')).toEqual(today);
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('a bad sheet is explained cell by cell, its unmapped code offered for mapping, and the cohort on screen kept', async () => {
    const { page, errors } = await open('', 'g[data-patient-id]');
    const name = await page.textContent('[data-testid=cohort-name]');
    const lanes = await page.locator('g[data-patient-id]').count();
    await openTab(page, 'Load');
    const { file, map, cells } = fixture.bad_sheet;
    await choose(page, [file]);
    await page.locator('[data-testid=mapping-step]').waitFor(POLL);
    // The study's own MAP.json, as the command line takes it.
    await page.setInputFiles('[data-testid=mapping-step] input[type=file]', `${FIXTURES}/${map}`);
    const code = cells.find((c) => c.problem.startsWith('a code'))!;
    await expect
      .poll(() => page.textContent('[data-testid=mapping-gaps]'), POLL)
      .toMatch(new RegExp(`say what "${code.value}" means in response \\(1 row\\)`));
    await page.selectOption(`tr[data-value="${code.value}"] select`, 'PR');
    await page.click('[data-testid=mapping-load]');
    const refused = page.locator('[data-testid=mapping-step] [data-testid=refused]');
    await refused.waitFor(POLL);
    const text = (await refused.textContent())!;
    for (const c of cells.filter((c) => c !== code)) {
      expect(text, `${c.cell}: ${c.problem}`).toContain(`sheet Visits, row ${c.row}, column`);
      expect(text, `${c.cell}: ${c.problem}`).toContain(`(cell ${c.cell}): "${c.value}"`);
    }
    expect(text).toContain(`the cohort on screen is unchanged (${name})`);
    expect(await page.textContent('[data-testid=cohort-name]')).toBe(name);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await openTab(page, 'Summary & swimmer');
    await page.locator('g[data-patient-id]').first().waitFor();
    expect(await page.locator('g[data-patient-id]').count()).toBe(lanes);
    expect(errors).toEqual([]);
  }, 120_000);

  it('speaks of the mapping step, and of times in the file’s own unit, in its messages', async () => {
    const { page, errors } = await open();
    // A code the mapping does not translate: what to do on the mapping step, not in MAP.json.
    await give(page, 'codes.csv', [
      'Patient,Week,Assessment',
      'B1,2,PR',
      'B1,6,Stable-ish',
      'B2,4,CR',
    ]);
    await page.locator('[data-testid=mapping-step]').waitFor(POLL);
    await page.click('[data-testid=mapping-load]');
    const refused = page.locator('[data-testid=mapping-step] [data-testid=refused]');
    await refused.waitFor(POLL);
    expect(await refused.textContent()).toContain(
      'codes.csv, row 2, column Assessment (response): "Stable-ish" is not mapped to a response code; under “What the codes mean”, choose what “Stable-ish” in Assessment means (CR, PR, IMP, SD, NR, PD or NE), then Load',
    );
    const step = (await page.textContent('[data-testid=mapping-step]'))!;
    expect(step).not.toMatch(/values\.response/);
    await page.getByRole('button', { name: 'Cancel' }).click();

    // Visits kept in days: a conflicting visit is on day 44, not in week 6.28571.
    await give(page, 'days.csv', [
      'Patient,Study day,Status',
      'A01,14,Partial remission',
      'A01,44,Partial remission',
      'A01,44,Complete remission',
    ]);
    await page.locator('[data-testid=mapping-step]').waitFor(POLL);
    expect(await page.inputValue('[data-testid=time-unit]')).toBe('days');
    await page.click('[data-testid=mapping-load]');
    await refused.waitFor(POLL);
    expect(await refused.textContent()).toContain(
      'days.csv, row 3, column Status (response): "Complete remission" conflicts with row 2 (PR) at the same time, day 44, for patient A01; give one assessment per visit',
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(errors).toEqual([]);
  }, 120_000);

  it('a week column holding "6 months" names the unit and maps with it', async () => {
    const { page, errors } = await open();
    await give(page, 'six.csv', [
      'id,best_response,response_wk,followup_wk',
      'P1,CR,2,6 months',
      'P2,NR,,9 months',
    ]);
    const refused = page.locator('[data-testid=refused]');
    await refused.waitFor(POLL);
    const text = (await refused.textContent())!;
    expect(text).toContain(
      'six.csv, row 1, column followup_wk: "6 months" has a unit, but this column holds a number of weeks — also in row 2; write weeks, or map the columns (“Map the columns…” below) and set the unit of followup_wk to months',
    );
    expect(text).not.toMatch(/not a number|MAP\.json/);
    await page.click('[data-testid=start-mapping]');
    await page.locator('[data-testid=mapping-step]').waitFor(POLL);
    const unit = page.locator(
      '[data-testid=fields-columns] tr[data-field=followup_wk] select[aria-label^="Unit"]',
    );
    expect(await unit.inputValue()).toBe('months');
    await page.click('[data-testid=mapping-load]');
    await page.locator('[data-testid=loaded]').waitFor(POLL);
    expect(await page.textContent('header')).toMatch(/\(2 patients\)/);
    expect(errors).toEqual([]);
  }, 120_000);

  it('a workbook of notes, patients and visits starts with its visits and patients sheets, and shows each patient’s last visit apart from death', async () => {
    const { page, errors } = await open();
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'trial.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: trialWorkbook(),
    });
    const chooser = page.locator('[data-testid=sheet-chooser]');
    await chooser.waitFor(POLL);
    expect(await page.locator('input[name=sheet-main]:checked').getAttribute('value')).toBe(
      'Visits',
    );
    expect(await page.inputValue('[data-testid=sheet-second]')).toBe('Patients');
    expect(await page.textContent('[data-testid=sheet-preset]')).toMatch(
      /Chosen by their names: Visits, with Patients beside it/,
    );
    // Still the user's choice: the patients sheet alone, then back.
    await page.check('input[name=sheet-main][value=Patients]');
    expect(await page.inputValue('[data-testid=sheet-second]')).toBe('');
    expect(await page.locator('[data-testid=sheet-preset]').count()).toBe(0);
    await page.check('input[name=sheet-main][value=Visits]');
    await page.selectOption('[data-testid=sheet-second]', 'Patients');
    await page.click('[data-testid=sheet-read]');
    await page.locator('[data-testid=mapping-step]').waitFor(POLL);
    await page.click('[data-testid=mapping-load]');
    await page.locator('[data-testid=import-details]').waitFor(POLL);

    // A02 responds, is last seen on day 56 and dies on day 120: the last assessment is day 56.
    const cells = await page.$$eval(
      '[data-testid=derived-table] tr[data-patient="A02"] td',
      (tds) => tds.map((td) => td.textContent!.trim()),
    );
    expect(cells.slice(0, 6)).toEqual(['CR', '4', '8', '', '17.14', '8']);
    await openTab(page, 'Summary & swimmer');
    await page.locator('g[data-patient-id="A02"]').first().click();
    const card = page.locator('section.patient');
    await card.waitFor(POLL);
    const record = (await card.textContent())!.replace(/\s+/g, ' ');
    expect(record).toContain('Death day 120 (week 17.1)');
    expect(record).toContain('Last response assessment day 56 (week 8)');
    expect(errors).toEqual([]);
  }, 120_000);

  it('remembers a mapping for its headers across reloads, and edits it', async () => {
    const { page, errors } = await open();
    await choose(page, ['myeloid-visits.csv']);
    await mapMyeloid(page);
    expect(await page.textContent('[data-testid=loaded]')).toMatch(
      /remembered in this browser for files with these headers/,
    );
    // Reloading brings the cohort back with its derivations (the session kept in this browser).
    await expect
      .poll(() => page.evaluate(() => indexedDB.databases().then((d) => d.length)), POLL)
      .toBe(1);
    await page.waitForTimeout(800);
    await page.reload();
    await page.locator('[data-testid=derived-table]').waitFor(POLL);

    // The same headers again: mapped at once, and said so.
    await choose(page, ['myeloid-visits.csv']);
    await expect
      .poll(() => page.textContent('[data-testid=loaded]').catch(() => ''), POLL)
      .toMatch(/Mapped with the column mapping you used for files with these headers/);
    expect(await page.locator('[data-testid=mapping-step]').count()).toBe(0);
    await page.click('[data-testid=edit-mapping]');
    await page.locator('[data-testid=mapping-step]').waitFor(POLL);
    expect(await page.textContent('[data-testid=mapping-step]')).toMatch(
      /This is the mapping of the cohort on screen/,
    );
    expect(await page.locator('tr[data-value="No remission"] select').inputValue()).toBe('NR');

    // Forgetting everything kept forgets the mapping too.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.click('[data-testid=forget]');
    await expect
      .poll(() => page.textContent('[data-testid=forget-status]'), POLL)
      .toMatch(/1 remembered column mapping/);
    await choose(page, ['myeloid-visits.csv']);
    await page.locator('[data-testid=mapping-step]').waitFor(POLL);
    expect(errors).toEqual([]);
  }, 120_000);

  it('a mapped cohort travels in a link and a bundle with its mapping, and its MAP.json is the CLI’s', async () => {
    const first = await open();
    await choose(first.page, ['myeloid-visits.csv']);
    await mapMyeloid(first.page);
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.click('[data-testid=download-cohort-map]'),
    ]);
    const mapText = (await readFile(await download.path())).toString();
    const read = readMapping(mapText);
    if (!read.ok) expect.fail(read.messages.join('\n'));
    const cli = await importFiles([fixtureFile('myeloid-visits.csv')], { mapping: read.mapping });
    if (!cli.ok) expect.fail('the downloaded MAP.json does not load the file');
    const r = analyze(cli.cohort);

    await openTab(first.page, 'Summary & swimmer');
    await first.page.locator('g[data-patient-id]').first().waitFor();
    const cells = await summaryCells(first.page);
    expect(cells[0].slice(1, 3)).toEqual([`${r.orr!.x}/${r.n}`, format.percent(r.orr!.estimate)]);
    expect(await shownRows(first.page)).toEqual(
      expectedRows(fromR('myeloid visits CSV, own names')),
    );
    expect(await first.page.evaluate(() => location.hash)).toMatch(/src=bundle.*fmt=visits.*map=/);
    const hash = await copiedLinkWithData(first.page);
    expect(hash).toMatch(/src=inline.*fmt=visits.*map=/);

    const second = await open(hash, 'g[data-patient-id]');
    expect(await summaryCells(second.page)).toEqual(cells);
    await openTab(second.page, 'Load');
    const summary = second.page.locator('[data-testid=mapping-summary]');
    await summary.waitFor(POLL);
    expect(await summary.textContent()).toMatch(/Disease status.*“No remission” → NR/s);

    await openTab(first.page, 'Load');
    const [bundleFile] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: /Save cohort and settings as a bundle/ }).click(),
    ]);
    const bundle = await readFile(await bundleFile.path());
    expect(JSON.parse(bundle.toString()).imported.mapping).toEqual(read.mapping);
    const third = await open();
    await third.page.setInputFiles('[data-testid=file-input]', {
      name: 'myeloid.cohortscope.json',
      mimeType: 'application/json',
      buffer: bundle,
    });
    await third.page.locator('[data-testid=mapping-summary]').waitFor(POLL);
    await openTab(third.page, 'Summary & swimmer');
    await third.page.locator('g[data-patient-id]').first().waitFor();
    expect(await summaryCells(third.page)).toEqual(cells);
    expect([...first.errors, ...second.errors, ...third.errors]).toEqual([]);
  }, 120_000);

  it('says plainly which endpoints a cohort cannot give, where they would be', async () => {
    const { page } = await open();
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'no-times.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,best_response,followup_wk\nP1,CR,10\nP2,PR,8\nP3,NR,6\nP7,CR,12\n'),
    });
    await page.locator('[data-testid=loaded]').waitFor(POLL);
    await openTab(page, 'Summary & swimmer');
    // The summary table keeps the endpoint's row and says why it is missing.
    const table = await page.textContent('[data-testid=summary-table]');
    expect(table).toMatch(
      /Median duration of response \(KM\)\s*not available: 3 responders \(P1, P2, P7\) have no response time/,
    );
    await openTab(page, 'Kaplan–Meier');
    expect(await page.textContent('[data-testid=km-unavailable-dor]')).toMatch(
      /3 responders \(P1, P2, P7\) have no response time/,
    );
    expect(await page.textContent('[data-testid=km-unavailable-ttr]')).toMatch(/no response time/);
  }, 60_000);

  it('has no serious or critical accessibility violation in the sheet chooser, the mapping step and the derived table', async () => {
    const { page } = await open();
    await loadAxe(page);
    const problems: string[] = [];
    await choose(page, ['myeloid.xlsx']);
    await page.locator('[data-testid=sheet-chooser]').waitFor(POLL);
    problems.push(...(await axeProblems(page, 'sheet chooser')));
    await page.check('input[name=sheet-main][value=Visits]');
    await page.selectOption('[data-testid=sheet-second]', 'Patients');
    await page.click('[data-testid=sheet-read]');
    await page.locator('[data-testid=mapping-step]').waitFor(POLL);
    await page.locator('details.more summary').first().click();
    problems.push(...(await axeProblems(page, 'mapping step')));
    await mapMyeloid(page);
    await page.locator('[data-testid=show-derivation]').first().click();
    problems.push(...(await axeProblems(page, 'derived table')));
    expect(problems).toEqual([]);
  }, 120_000);
});
