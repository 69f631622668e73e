import { binomialDistribution } from './binomialDistribution.ts';

/** The one-sided exact binomial test at one study size. */
export interface BinomialTestPower {
  n: number;
  /** Responders needed to reject H0: p <= p0 (the test rejects when X >= critical); n + 1 when no result can. */
  critical: number;
  /** The test's actual false-positive rate P(X >= critical | p0), at most alpha. */
  size: number;
  /** The chance of rejecting when the true rate is p1, P(X >= critical | p1). */
  power: number;
}

/**
 * The power of the one-sided exact binomial test of H0: p <= p0 against p > p0 at level alpha,
 * for n patients whose true response rate is p1, with its critical value and actual size.
 * Assumes n >= 1 integer, 0 <= p0, p1 <= 1 and 0 < alpha < 1. Because the count is discrete the
 * actual size is below alpha and the power zig-zags (is not monotone) as n grows.
 * Reference: Chernick & Liu (2002), The American Statistician 56:149 (the saw-tooth of power);
 * R's `binom.test(x, n, p0, alternative = "greater")`.
 * @example binomialTestPower(18, { p0: 0.5, p1: 0.8, alpha: 0.05 }) // critical 13, power 0.8671...
 */
export function binomialTestPower(
  n: number,
  options: { p0: number; p1: number; alpha?: number },
): BinomialTestPower {
  const { p0, p1, alpha = 0.05 } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const null0 = binomialDistribution(n, p0);
  const true1 = binomialDistribution(n, p1);
  let critical = n + 1;
  let size = 0;
  let power = 0;
  for (let k = n; k >= 0 && size + null0[k] <= alpha; k--) {
    critical = k;
    size += null0[k];
    power += true1[k];
  }
  return { n, critical, size, power: Math.min(1, power) };
}
