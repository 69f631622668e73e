import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';

/** The Beta posterior of a response rate after x responders of n. */
export interface BetaPosterior {
  /** Posterior Beta parameters: a + x and b + n - x. */
  a: number;
  b: number;
  mean: number;
  /** Equal-tailed credible interval at `level`. */
  lower: number;
  upper: number;
  level: number;
  /** Posterior probability that the true rate exceeds `threshold`. */
  threshold: number;
  probabilityAbove: number;
}

/**
 * The beta-binomial posterior for a response rate: prior Beta(a, b) updated by x responders of n,
 * with its mean, equal-tailed credible interval and the probability the true rate exceeds a
 * threshold. Defaults: uniform prior Beta(1, 1), level 0.95, threshold 0.5.
 * Assumes a, b > 0, 0 <= x <= n integers, 0 < level < 1, 0 <= threshold <= 1.
 * Reference: Gelman et al., Bayesian Data Analysis, 3rd ed. (2013), section 2.4; R's
 * `qbeta` and `pbeta(threshold, a, b, lower.tail = FALSE)`.
 * @example betaPosterior(15, 18).mean // 0.8 (Beta(16, 4))
 */
export function betaPosterior(
  x: number,
  n: number,
  options: { a?: number; b?: number; level?: number; threshold?: number } = {},
): BetaPosterior {
  const { a = 1, b = 1, level = 0.95, threshold = 0.5 } = options;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer >= 0, got ${n}`);
  if (!Number.isInteger(x) || x < 0 || x > n) {
    throw new RangeError(`x must be an integer from 0 to n = ${n}, got ${x}`);
  }
  if (!(a > 0 && b > 0)) throw new RangeError(`prior a and b must be > 0, got ${a} and ${b}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new RangeError(`threshold must be in [0, 1], got ${threshold}`);
  }
  const pa = a + x;
  const pb = b + n - x;
  const tail = (1 - level) / 2;
  return {
    a: pa,
    b: pb,
    mean: pa / (pa + pb),
    lower: betaQuantile(tail, pa, pb),
    upper: betaQuantile(1 - tail, pa, pb),
    level,
    threshold,
    probabilityAbove: 1 - betaCdf(threshold, pa, pb),
  };
}
