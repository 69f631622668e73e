import type { Alternative } from '../alternative.ts';
import { binomialDistribution } from '../lessons/binomialDistribution.ts';
import { binomialPValue } from './binomialPValue.ts';

/** The exact binomial test at one study size: where it rejects, its size and its power. */
export interface BinomialTestPower {
  n: number;
  /**
   * `greater`: the test rejects when X >= critical (n + 1 when no result can); `less`: when
   * X <= critical (-1 when none); `two-sided`: the upper end of the rejection region, as for
   * `greater`, with `lowerCritical` the lower end.
   */
  critical: number;
  /** Two-sided only: the test also rejects when X <= lowerCritical (-1 when it never does). */
  lowerCritical?: number;
  /** The test's actual false-positive rate P(reject | p0), at most alpha. */
  size: number;
  /** The chance of rejecting when the true rate is p1, P(reject | p1). */
  power: number;
}

/**
 * The power of the exact binomial test of H0: p = p0 at level alpha for n patients whose true
 * response rate is p1, with where it rejects and its actual size. The test rejects exactly when
 * `binomialTest` gives a p-value <= alpha: one-sided (default `greater`, H0: p <= p0) or
 * two-sided as R's `binom.test`. Because the count is discrete the actual size is below alpha
 * and the power zig-zags (is not monotone) as n grows.
 * Assumes n >= 1 integer, 0 <= p0, p1 <= 1 and 0 < alpha < 1.
 * Reference: Chernick & Liu (2002), The American Statistician 56:149 (the saw-tooth of power);
 * R's `binom.test(x, n, p0, alternative)`.
 * @example binomialTestPower(18, { p0: 0.5, p1: 0.8, alpha: 0.05 }) // critical 13, power 0.8671...
 */
export function binomialTestPower(
  n: number,
  options: { p0: number; p1: number; alpha?: number; alternative?: Alternative },
): BinomialTestPower {
  const { p0, p1, alpha = 0.05, alternative = 'greater' } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const null0 = binomialDistribution(n, p0);
  const true1 = binomialDistribution(n, p1);
  if (alternative === 'greater') {
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
  if (alternative === 'less') {
    let critical = -1;
    let size = 0;
    let power = 0;
    for (let k = 0; k <= n && size + null0[k] <= alpha; k++) {
      critical = k;
      size += null0[k];
      power += true1[k];
    }
    return { n, critical, size, power: Math.min(1, power) };
  }
  const rejects = null0.map(
    (_, x) => binomialPValue(x, n, { p0, alternative, pmf: null0 }).pValue <= alpha,
  );
  let lowerCritical = -1;
  while (lowerCritical < n && rejects[lowerCritical + 1]) lowerCritical++;
  let critical = n + 1;
  while (critical > lowerCritical + 1 && rejects[critical - 1]) critical--;
  let size = 0;
  let power = 0;
  rejects.forEach((reject, x) => {
    if (!reject) return;
    size += null0[x];
    power += true1[x];
  });
  return { n, critical, lowerCritical, size, power: Math.min(1, power) };
}
