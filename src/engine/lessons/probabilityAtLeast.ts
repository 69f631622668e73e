import { binomialDistribution } from './binomialDistribution.ts';

/**
 * The chance of observing at least x responders among n patients when the true response rate is
 * p: the binomial upper tail P(X >= x).
 * Assumes n >= 0 and x integers (x <= 0 gives 1, x > n gives 0) and 0 <= p <= 1. The smaller tail
 * is summed term by term, so tiny tails keep their relative precision.
 * Reference: R's `pbinom(x - 1, n, p, lower.tail = FALSE)`.
 * @example probabilityAtLeast(15, 18, 0.6) // 0.0328...
 */
export function probabilityAtLeast(x: number, n: number, p: number): number {
  if (!Number.isInteger(x)) throw new RangeError(`x must be an integer, got ${x}`);
  const pmf = binomialDistribution(n, p);
  if (x <= 0) return 1;
  if (x > n) return 0;
  const sum = (from: number, to: number) => {
    let total = 0;
    for (let k = to; k >= from; k--) total += pmf[k];
    return total;
  };
  return x > n * p ? Math.min(1, sum(x, n)) : Math.max(0, 1 - sum(0, x - 1));
}
