import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** Checked inputs of a binomial interval: the level's two-sided tail and normal quantile. */
export interface BinomialArgs {
  /** One tail's probability, (1 - level) / 2. */
  alpha: number;
  /** The standard normal quantile at 1 - alpha. */
  z: number;
}

/**
 * Checks x successes of n trials and a two-sided level, and returns the tail and normal quantile.
 * Assumes nothing: throws a RangeError naming the bad value (n >= 1, 0 <= x <= n integers, 0 < level < 1).
 * Reference: the quantile is R's `qnorm(1 - (1 - level) / 2)`.
 * @example binomialArgs(3, 10, 0.95) // { alpha: 0.025, z: 1.95996... }
 */
export function binomialArgs(x: number, n: number, level = 0.95): BinomialArgs {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  if (!Number.isInteger(x) || x < 0 || x > n) {
    throw new RangeError(`x must be an integer from 0 to n = ${n}, got ${x}`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const alpha = (1 - level) / 2;
  return { alpha, z: normalQuantile(1 - alpha, 0, 1) };
}
