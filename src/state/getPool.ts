import type { MonteCarloPool } from '../worker/pool.ts';

let pool: Promise<MonteCarloPool> | null = null;

/**
 * The app's one Monte Carlo worker pool, created on first use; its code is loaded only then,
 * so the first screen does not pay for it.
 */
export function getPool(): Promise<MonteCarloPool> {
  pool ??= import('../worker/pool.ts').then(({ MonteCarloPool }) => new MonteCarloPool());
  return pool;
}
