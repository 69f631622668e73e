import binomialPmf from '@stdlib/stats-base-dists-binomial-pmf';

/**
 * The probabilities of observing x = 0, 1, …, n responders among n patients when the true
 * response rate is p (the binomial distribution).
 * Assumes n is a whole number >= 0 and 0 <= p <= 1; entry x is R's `dbinom(x, n, p)`.
 * Reference: any introductory text, e.g. Agresti, Categorical Data Analysis (2013), 1.2.1.
 * @example binomialDistribution(2, 0.5) // [0.25, 0.5, 0.25]
 */
export function binomialDistribution(n: number, p: number): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer >= 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  return Array.from({ length: n + 1 }, (_, x) => binomialPmf(x, n, p));
}
