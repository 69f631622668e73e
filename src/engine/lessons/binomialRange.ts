import { binomialDistribution } from './binomialDistribution.ts';

/**
 * The range of responder counts that the middle `level` of studies of n patients report when the
 * true response rate is p: the (1 - level)/2 and (1 + level)/2 quantiles of the binomial, each the
 * smallest x whose cumulative probability reaches the quantile (as R's `qbinom`).
 * Assumes n is a whole number >= 0, 0 <= p <= 1 and 0 < level < 1 (default 0.95).
 * Reference: R's `qbinom(c(0.025, 0.975), n, p)`.
 * @example binomialRange(18, 0.6) // [7, 15]
 */
export function binomialRange(n: number, p: number, { level = 0.95 } = {}): [number, number] {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const pmf = binomialDistribution(n, p);
  // R's qbinom compares with a small fuzz so that a sum landing a hair below the quantile counts.
  const fuzz = 1 - 64 * Number.EPSILON;
  const quantile = (q: number) => {
    let cumulative = 0;
    for (let x = 0; x <= n; x++) {
      cumulative += pmf[x];
      if (cumulative >= q * fuzz) return x;
    }
    return n;
  };
  return [quantile((1 - level) / 2), quantile((1 + level) / 2)];
}
