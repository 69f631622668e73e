import type { MonteCarloPool } from '../worker/pool.ts';
import { nodeMonteCarloPool } from '../worker/nodePool.ts';

/**
 * Runs a command's Monte Carlo work on a pool of `workers` Node worker threads, ended when the
 * work settles, whether it succeeds or fails.
 * @example const report = await withPool(2, (pool) => pool.bootstrap(cohort, { reps, seed }));
 */
export async function withPool<T>(
  workers: number,
  work: (pool: MonteCarloPool) => Promise<T>,
): Promise<T> {
  const pool = nodeMonteCarloPool({ size: workers });
  try {
    return await work(pool);
  } finally {
    pool.terminate();
  }
}
