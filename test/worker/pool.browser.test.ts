import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/engine/montecarlo/index.ts';
import { drawEnsemble } from '../../src/engine/reconstruct/drawEnsemble.ts';
import { chromiumAvailable } from '../browser/findChromium.ts';
import { openApp, startSession, type BrowserSession } from '../browser/session.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { goldenInputs, readGolden } from '../engine/montecarlo/golden.ts';
import { hlhSummary } from '../helpers/hlhSummary.ts';

const cohort = hlhCohort();

describe.skipIf(!chromiumAvailable())('MonteCarloPool in Chromium module workers', () => {
  let dir: string;
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cohortscope-pool-'));
    await build({
      configFile: false,
      logLevel: 'error',
      root: new URL('./harness/', import.meta.url).pathname,
      base: './',
      worker: { format: 'es' },
      build: { outDir: dir, emptyOutDir: true, target: 'es2022' },
    });
    session = await startSession({ dir, owned: true });
    ({ page } = await openApp(session, '', { waitFor: null }));
    await page.waitForSelector('body[data-ready=true]', { state: 'attached' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives the same bytes as Node for the same seed, with 1 and 2 workers', async () => {
    const options = { reps: 50_000, seed: 'browser' };
    const results = await page.evaluate(
      async ({ cohort, options }) => {
        const out: string[] = [];
        for (const size of [1, 2]) {
          const pool = new window.MonteCarloPool({ size });
          out.push(JSON.stringify(await pool.bootstrap(cohort, options)));
          pool.terminate();
        }
        return out;
      },
      { cohort, options },
    );
    const node = JSON.stringify(bootstrap(cohort, options));
    expect(results[0]).toBe(node);
    expect(results[1]).toBe(node);
  }, 120_000);

  it('draws the same reconstruction ensemble as Node, with 1 and 2 workers', async () => {
    const summary = hlhSummary();
    const options = { cohorts: 24, seed: '3', bootstrapReps: 10 };
    const results = await page.evaluate(
      async ({ summary, options }) => {
        const out: string[] = [];
        for (const size of [1, 2]) {
          const pool = new window.MonteCarloPool({ size });
          out.push(JSON.stringify(await pool.reconstruct(summary, options)));
          pool.terminate();
        }
        return out;
      },
      { summary, options },
    );
    const node = JSON.stringify(await drawEnsemble(summary, options));
    expect(results[0]).toBe(node);
    expect(results[1]).toBe(node);
  }, 120_000);

  it('reproduces the committed golden results in Chromium workers', async () => {
    const inputs = goldenInputs();
    const results = await page.evaluate(async (inputs) => {
      const pool = new window.MonteCarloPool({ size: 2 });
      const boot = await pool.bootstrap(inputs.cohort, inputs.bootstrap);
      const sim = await pool.simulate(inputs.scenario, inputs.simulate);
      pool.terminate();
      return { bootstrap: JSON.stringify(boot), simulate: JSON.stringify(sim) };
    }, inputs);
    const golden = readGolden();
    expect(results.bootstrap).toBe(golden.bootstrap);
    expect(results.simulate).toBe(golden.simulate);
  }, 120_000);

  it('reports progress and keeps the page running during 10^6 replicates', async () => {
    const result = await page.evaluate(async (cohort) => {
      const pool = new window.MonteCarloPool({ size: 2 });
      await pool.bootstrap(cohort, { reps: 1000, seed: 'warm' });
      const calls: [number, number][] = [];
      // The page's own timers keep firing while the workers compute (progress comes at most every
      // 100 ms, so a run with progress along the way outlasts several 10 ms ticks).
      let ticks = 0;
      const timer = setInterval(() => ticks++, 10);
      const report = await pool.bootstrap(cohort, {
        reps: 1_000_000,
        seed: 'responsive',
        onProgress: (done, total) => calls.push([done, total]),
      });
      clearInterval(timer);
      pool.terminate();
      return { calls, reps: report.reps, ticks };
    }, cohort);
    expect(result.reps).toBe(1_000_000);
    expect(result.calls.length).toBeGreaterThan(1);
    expect(result.calls.at(-1)).toEqual([1_000_000, 1_000_000]);
    result.calls
      .slice(1)
      .forEach(([done], k) => expect(done).toBeGreaterThanOrEqual(result.calls[k][0]));
    expect(result.ticks, 'timer ticks during the run').toBeGreaterThan(0);
  }, 120_000);

  it('cancels a running bootstrap, which rejects, and runs again afterwards', async () => {
    const result = await page.evaluate(async (cohort) => {
      const pool = new window.MonteCarloPool({ size: 2 });
      const controller = new AbortController();
      let aborted = false;
      let error = '';
      try {
        await pool.bootstrap(cohort, {
          reps: 500_000_000,
          seed: 'cancel',
          signal: controller.signal,
          onProgress: () => {
            if (!aborted) {
              aborted = true;
              controller.abort();
            }
          },
        });
      } catch (e) {
        error = (e as Error).name;
      }
      const again = await pool.bootstrap(cohort, { reps: 1000, seed: 'again' });
      pool.terminate();
      return { error, aborted, againReps: again.reps };
    }, cohort);
    expect(result.error).toBe('AbortError');
    expect(result.aborted).toBe(true);
    expect(result.againReps).toBe(1000);
  }, 120_000);
});
