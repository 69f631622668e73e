import { afterEach, describe, expect, it } from 'vitest';
import { MonteCarloPool } from '../../src/worker/pool.ts';
import { NODE_WORKER_ENV, spawnNodeWorker } from '../../src/worker/nodePool.ts';
import { bootstrap } from '../../src/engine/montecarlo/index.ts';
import { hlh } from '../engine/montecarlo/hlh.ts';

const cohort = hlh();
const compiled = process.env[NODE_WORKER_ENV];
afterEach(() => {
  if (compiled === undefined) delete process.env[NODE_WORKER_ENV];
  else process.env[NODE_WORKER_ENV] = compiled;
});

describe('the Node Monte Carlo worker', { timeout: 60_000 }, () => {
  it.each([
    ['its TypeScript entry through tsx', undefined],
    ['the compiled worker the unit tests build', compiled],
  ])('runs from %s, as the inline engine computes', async (_, script) => {
    if (script === undefined) delete process.env[NODE_WORKER_ENV];
    else process.env[NODE_WORKER_ENV] = script;
    const pool = new MonteCarloPool({ size: 1, spawn: spawnNodeWorker });
    try {
      const options = { reps: 5000, seed: 'node-worker' };
      const report = await pool.bootstrap(cohort, options);
      expect(JSON.stringify(report)).toBe(JSON.stringify(bootstrap(cohort, options)));
    } finally {
      pool.terminate();
    }
  });
});
