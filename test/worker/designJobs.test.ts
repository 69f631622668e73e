/**
 * The design jobs on the worker pool: the simulated study and the simulated characteristics are
 * byte for byte the engine's one-thread results whatever the number of workers, the design
 * search is the engine's, and a long search can be cancelled.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  monitoringBoundaries,
  runDesignTask,
  simonRule,
  simulateDesignedStudies,
  simulateRule,
} from '../../src/engine/design/index.ts';
import { fitScenario } from '../../src/engine/montecarlo/index.ts';
import { nodeMonteCarloPool } from '../../src/worker/nodePool.ts';
import type { MonteCarloPool } from '../../src/worker/pool.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { leeLiu } from '../helpers/leeLiu.ts';

const pools: MonteCarloPool[] = [];
const pool = (size: number) => {
  const p = nodeMonteCarloPool({ size });
  pools.push(p);
  return p;
};
afterAll(() => pools.forEach((p) => p.terminate()));
const one = pool(1);
const three = pool(3);

const scenario = fitScenario(hlhCohort()).scenario;
const simon = simonRule({ r1: 3, n1: 13, r: 12, n: 43 });
const monitor = monitoringBoundaries({
  ...leeLiu,
  thetaL: 0.1,
  thetaU: 0.99,
  looks: [10, 20, 30],
});
const settings = {
  lookDelayWk: 5,
  level: 0.95,
  transform: 'log-log' as const,
  dorThresholdWk: 1,
};

describe('design jobs on Node worker threads', { timeout: 120_000 }, () => {
  it('simulates the designed study byte for byte as the engine does, with 1 or 3 workers', async () => {
    for (const rule of [simon, monitor]) {
      const options = { ...settings, trials: 300, seed: 'next study' };
      const inline = JSON.stringify(simulateDesignedStudies(rule, scenario, options));
      expect(JSON.stringify(await one.simulateDesignedStudies(rule, scenario, options))).toBe(
        inline,
      );
      expect(JSON.stringify(await three.simulateDesignedStudies(rule, scenario, options))).toBe(
        inline,
      );
    }
  });

  it('simulates a rule at several rates, each rate as simulateRule, whatever the pool size', async () => {
    const options = { rates: [0.6, 0.8], trials: 9000, seed: 'oc' };
    const inline = JSON.stringify(
      options.rates.map((p) => simulateRule(monitor, { p, trials: 9000, seed: 'oc' })),
    );
    expect(JSON.stringify(await one.simulateRule(monitor, options))).toBe(inline);
    expect(JSON.stringify(await three.simulateRule(monitor, options))).toBe(inline);
  });

  it('reports the progress of every rate, ending at the total', async () => {
    const calls: [number, number][] = [];
    await three.simulateRule(simon, {
      rates: [0.2, 0.4, 0.6],
      trials: 5000,
      seed: 'progress',
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.at(-1)).toEqual([15_000, 15_000]);
    calls.slice(1).forEach(([done], k) => expect(done).toBeGreaterThanOrEqual(calls[k][0]));
  });

  it('searches designs and monitoring rules in a worker, as the engine does', async () => {
    const simonTask = {
      kind: 'simon',
      p0: 0.2,
      p1: 0.4,
      alpha: 0.05,
      beta: 0.2,
      nmax: 60,
    } as const;
    expect(await three.design(simonTask)).toEqual(runDesignTask(simonTask));
    const monitorTask = {
      kind: 'monitor',
      ...leeLiu,
      thetaL: 0.1,
      thetaU: 1,
      looks: [10, 20, 30],
      rates: [0.6, 0.8],
    } as const;
    expect(await three.design(monitorTask)).toEqual(runDesignTask(monitorTask));
    expect(await three.design({ ...simonTask, p1: 0.21, nmax: 30 })).toBeNull();
  });

  it('cancels a long design search, which rejects, and searches again', async () => {
    const controller = new AbortController();
    const long = three.design(
      { kind: 'simon', p0: 0.5, p1: 0.55, alpha: 0.05, beta: 0.1, nmax: 1000 },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 200);
    await expect(long).rejects.toMatchObject({ name: 'AbortError' });
    const again = await three.design({
      kind: 'simon',
      p0: 0.2,
      p1: 0.4,
      alpha: 0.05,
      beta: 0.2,
      nmax: 100,
    });
    expect(again?.optimal).toMatchObject({ r1: 3, n1: 13, r: 12, n: 43 });
  });

  it('refuses a bad request before any worker starts, naming it', async () => {
    await expect(
      one.simulateDesignedStudies(simon, scenario, { ...settings, trials: 0, seed: 's' }),
    ).rejects.toThrow(/trials must be a whole number/);
    await expect(one.simulateRule(simon, { rates: [1.5], trials: 10, seed: 's' })).rejects.toThrow(
      /true rate/,
    );
  });
});
