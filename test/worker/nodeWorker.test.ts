import { afterEach, describe, expect, it } from 'vitest';
import { MonteCarloPool } from '../../src/worker/pool.ts';
import { NODE_WORKER_ENV, spawnNodeWorker } from '../../src/worker/nodePool.ts';
import { BOOTSTRAP_CHUNK_SIZE, bootstrap } from '../../src/engine/montecarlo/index.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';

const cohort = hlhCohort();
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

describe('a Node pool', { timeout: 60_000 }, () => {
  it('starts no worker until a job comes, and then only as many as its chunks', async () => {
    let spawned = 0;
    const pool = new MonteCarloPool({ size: 4, spawn: () => (spawned++, spawnNodeWorker()) });
    try {
      expect(spawned).toBe(0);
      await pool.bootstrap(cohort, { reps: 100, seed: 'one chunk' });
      expect(spawned).toBe(1);
      await pool.bootstrap(cohort, { reps: 3 * BOOTSTRAP_CHUNK_SIZE, seed: 'three chunks' });
      expect(spawned).toBe(3);
    } finally {
      pool.terminate();
    }
  });
});
