import binomialPmf from '@stdlib/stats-base-dists-binomial-pmf';

/**
 * The probabilities of observing x = 0, 1, …, n responders among n patients when the true
 * response rate is p (the binomial distribution). The most likely x is computed directly and the
 * others by the ratio P(x + 1) / P(x) = (n - x) / (x + 1) · p / (1 - p), walking out from it, so a
 * whole row costs one exact term and n multiplications (relative error about n ulps).
 * Assumes n is a whole number >= 0 and 0 <= p <= 1; entry x is R's `dbinom(x, n, p)`.
 * Reference: any introductory text, e.g. Agresti, Categorical Data Analysis (2013), 1.2.1.
 * @example binomialDistribution(2, 0.5) // [0.25, 0.5, 0.25]
 */
export function binomialDistribution(n: number, p: number): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer >= 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  const pmf = new Array<number>(n + 1).fill(0);
  if (p === 0 || p === 1) {
    pmf[p === 0 ? 0 : n] = 1;
    return pmf;
  }
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  pmf[mode] = binomialPmf(mode, n, p);
  for (let x = mode; x < n; x++) pmf[x + 1] = ((pmf[x] * (n - x)) / (x + 1)) * odds;
  for (let x = mode; x > 0; x--) pmf[x - 1] = (pmf[x] * x) / (n - x + 1) / odds;
  return pmf;
}
