import type { Rng } from './chunkRng.ts';

/**
 * One draw of a bootstrap resample: the index of a patient chosen uniformly from n, patient
 * ⌊u · n⌋ for the next number u of `rng`. Every bootstrap (the Monte Carlo engine, the lessons,
 * the reconstruction) draws its patients here, so one stream gives one resample everywhere.
 * Assumes n >= 1 and `rng` uniform on [0, 1); uses exactly one number of the stream.
 * Reference: Efron & Tibshirani, An Introduction to the Bootstrap (1993), chapter 6.
 * @example drawPatient(18, () => 0.5) // 9
 */
export function drawPatient(n: number, rng: Rng): number {
  return (rng() * n) | 0;
}
