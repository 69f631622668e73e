// The app's two page figures for `npm run bench`: initial JavaScript (gzipped) and the time
// from navigation to the first swimmer plot in headless Chromium. Prints, asserts nothing.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath } from '../test/browser/findChromium.ts';
import { serveStatic } from '../test/browser/staticServer.ts';
import { line } from './line.ts';

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
    const median = times[Math.floor(times.length / 2)];
    line(
      `first swimmer plot, median of ${times.length} loads`,
      `${median.toFixed(0)} ms (${(median / FIRST_PLOT_BUDGET_MS).toFixed(2)} of the 1 s budget; range ${times[0].toFixed(0)}–${times[times.length - 1].toFixed(0)} ms)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
