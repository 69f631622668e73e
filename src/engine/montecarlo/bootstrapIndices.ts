import type { Rng } from './chunkRng.ts';
import { drawPatient } from './drawPatient.ts';

/**
 * One bootstrap resample of n patients: n patient indices drawn with replacement
 * (`drawPatient`), in draw order.
 * Assumes n >= 1 and `rng` uniform on [0, 1); uses exactly n draws. The Monte Carlo bootstrap
 * draws the same indices from the same stream, one at a time, without keeping them.
 * Reference: Efron & Tibshirani, An Introduction to the Bootstrap (1993), chapter 6.
 * @example bootstrapIndices(3, { rng: () => 0.5 }) // [1, 1, 1]
 */
export function bootstrapIndices(n: number, { rng }: { rng: Rng }): number[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  return Array.from({ length: n }, () => drawPatient(n, rng));
}
