import { betaBinomialDistribution } from './betaBinomialDistribution.ts';
import type { BetaPrior } from './betaPrior.ts';

/**
 * The predictive probability that a study ends with at least `successTotal` responders among
 * nMax patients, after x responders among the first n: the chance, under the beta-binomial
 * predictive distribution of the nMax - n responders still to come (Beta(a + x, b + n - x)), that
 * they number at least successTotal - x. With `successTotal` from `finalSuccessCount` this is
 * Lee & Liu's predictive probability of success; null means the study cannot succeed (0).
 * Assumes 0 <= x <= n <= nMax whole numbers and a Beta prior.
 * Reference: Lee & Liu (2008), Clinical Trials 5:93, equation (2).
 * @example predictiveSuccess(16, 23, { nMax: 40, prior: { a: 0.6, b: 0.4 }, successTotal: 28 }) // 0.5656
 */
export function predictiveSuccess(
  x: number,
  n: number,
  options: { nMax: number; prior: BetaPrior; successTotal: number | null },
): number {
  const { nMax, prior, successTotal } = options;
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(nMax) || n > nMax) {
    throw new RangeError(`need whole numbers 0 <= n <= nMax, got n ${n}, nMax ${nMax}`);
  }
  if (!Number.isInteger(x) || x < 0 || x > n) {
    throw new RangeError(`x must be a whole number from 0 to n = ${n}, got ${x}`);
  }
  if (successTotal === null) return 0;
  const needed = successTotal - x;
  const remaining = nMax - n;
  if (needed <= 0) return 1;
  if (needed > remaining) return 0;
  const future = betaBinomialDistribution(remaining, prior.a + x, prior.b + n - x);
  let total = 0;
  for (let y = remaining; y >= needed; y--) total += future[y];
  return Math.min(1, total);
}
