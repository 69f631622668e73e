// The app's two page figures for `npm run bench`: initial JavaScript (gzipped) and the time
// from navigation to the first swimmer plot in headless Chromium. Prints, asserts nothing.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath } from '../test/browser/findChromium.ts';
import { serveStatic } from '../test/browser/staticServer.ts';
import { largeCohortCsv, tourLargeCohort, type StepTasks } from '../test/browser/largeCohort.ts';
import { swimmerCsv } from '../test/helpers/swimmerCsv.ts';
import { line, median } from './line.ts';

const JS_BUDGET_KB = 150;
const FIRST_PLOT_BUDGET_MS = 1000;
const LOADS = 5;

/** Gzipped size of the scripts the page loads before any interaction (entry + preloads). */
async function initialJsBytes(dir: string): Promise<number> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const pattern = /<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g;
  let total = 0;
  for (const [, src] of html.matchAll(pattern)) {
    total += gzipSync(await readFile(join(dir, src))).length;
  }
  return total;
}

/** Milliseconds from navigation start to the app's `cohortscope:first-swimmer` mark, per load. */
async function firstPlotTimes(dir: string): Promise<number[]> {
  const server = await serveStatic(dir, '/');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitForSelector('g[data-patient-id]', { timeout: 30_000 });
      const mark = await page.evaluate(
        () => performance.getEntriesByName('cohortscope:first-swimmer')[0]?.startTime ?? null,
      );
      if (mark !== null) times.push(mark);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

/**
 * The swimmer plot at 2,000 patients, median of `LOADS` runs: from choosing the file on the Load
 * tab to the overview and the window of lanes drawn (parsing and analysis included), from moving
 * the pointer onto a lane to its tooltip, and from choosing another order to the lanes redrawn.
 */
async function swimmerTimes(dir: string): Promise<{ draw: number; hover: number; sort: number }[]> {
  const server = await serveStatic(dir, '/');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
  });
  const csv = Buffer.from(swimmerCsv(2000));
  const runs: { draw: number; hover: number; sort: number }[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.origin}/#v=1&view=load`);
      await page.waitForSelector('[data-testid=file-input]');
      let start = performance.now();
      await page.setInputFiles('[data-testid=file-input]', {
        name: 'bench.csv',
        mimeType: 'text/csv',
        buffer: csv,
      });
      await page.waitForFunction(
        () =>
          /2000 patients/.test(document.querySelector('[data-testid=loaded]')?.textContent ?? ''),
        null,
        { timeout: 60_000 },
      );
      await page.getByRole('tab', { name: 'Summary & swimmer' }).click();
      await page.waitForSelector('[data-swimmer-overview]', { timeout: 60_000 });
      await page.waitForSelector('g[data-patient-id]');
      const draw = performance.now() - start;
      const lane = page.locator('g[data-patient-id]').nth(5);
      const box = (await lane.boundingBox())!;
      start = performance.now();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.getByRole('tooltip').waitFor();
      const hover = performance.now() - start;
      const first = await page
        .locator('g[data-patient-id]')
        .first()
        .getAttribute('data-patient-id');
      start = performance.now();
      await page.selectOption('[data-testid=swimmer-sort]', 'id');
      await page.waitForFunction(
        (id) =>
          document.querySelector('g[data-patient-id]')?.getAttribute('data-patient-id') !== id,
        first,
      );
      runs.push({ draw, hover, sort: performance.now() - start });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return runs;
}

const LARGE_PATIENTS = 100_000;
const TASK_BUDGET_MS = 200;

/**
 * The longest main-thread task of each step at 100,000 patients: loading the file on the Load
 * tab, then opening each main tab (`tourLargeCohort`), in one fresh page.
 */
async function largeCohortTasks(dir: string): Promise<StepTasks[]> {
  const server = await serveStatic(dir, '/');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
  });
  const file = join(dir, 'bench-large.csv');
  await writeFile(file, largeCohortCsv(LARGE_PATIENTS));
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('g[data-patient-id]', { timeout: 30_000 });
    return await tourLargeCohort(page, file, { loaded: /100000 patients/ });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Builds the site into a temporary folder and prints its size and first-plot figures. */
export async function siteBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'cohortscope-bench-'));
  try {
    const root = resolve(import.meta.dirname, '..');
    await build({ root, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
    const kb = (await initialJsBytes(dir)) / 1024;
    line(
      'initial JavaScript, gzipped',
      `${kb.toFixed(1)} KB (${(kb / JS_BUDGET_KB).toFixed(2)} of the 150 KB budget)`,
    );
    if (!existsSync(chromiumPath())) {
      line('first swimmer plot', `skipped: no Chromium at ${chromiumPath()}`);
      return;
    }
    const times = (await firstPlotTimes(dir)).sort((a, b) => a - b);
    if (times.length === 0) {
      line('first swimmer plot', 'no performance mark recorded');
      return;
    }
    const middle = median(times);
    line(
      `first swimmer plot, median of ${times.length} loads`,
      `${middle.toFixed(0)} ms (${(middle / FIRST_PLOT_BUDGET_MS).toFixed(2)} of the 1 s budget; range ${times[0].toFixed(0)}–${times[times.length - 1].toFixed(0)} ms)`,
    );
    const swimmer = await swimmerTimes(dir);
    const ms = (key: 'draw' | 'hover' | 'sort') =>
      `${median(swimmer.map((r) => r[key])).toFixed(0)} ms`;
    line(
      '2,000-patient swimmer: first draw and hover',
      `${ms('draw')} from the file to the plot; hover ${ms('hover')}; re-sort ${ms('sort')} (median of ${swimmer.length})`,
    );
    const steps = await largeCohortTasks(dir);
    for (const { step, longest, culprit } of steps) {
      line(
        `100,000 patients, ${step}`,
        `longest task ${longest} ms${culprit ? ` (${culprit})` : ''}`,
      );
    }
    const worst = Math.max(...steps.map((s) => s.longest));
    line(
      '100,000 patients, longest main-thread task',
      `${worst} ms (${(worst / TASK_BUDGET_MS).toFixed(2)} of the 200 ms budget)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
