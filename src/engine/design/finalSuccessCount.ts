import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import type { BetaPrior } from './betaPrior.ts';

/**
 * The fewest responders among all nMax patients for which the final analysis succeeds: the
 * posterior probability that the rate exceeds p0, P(p > p0 | s of nMax) under the Beta prior,
 * is above thetaT. It grows with s, so success is exactly "s >= this count"; null when even
 * nMax responders are not enough.
 * Assumes nMax >= 1 whole, a Beta prior (a, b > 0), 0 <= p0 <= 1 and 0 <= thetaT < 1.
 * Reference: Lee & Liu (2008), Clinical Trials 5:93 (B_i > θT); R:
 * min(which(pbeta(p0, a + 0:nMax, b + nMax - 0:nMax, lower.tail = FALSE) > thetaT)) - 1.
 * @example finalSuccessCount({ nMax: 40, prior: { a: 0.6, b: 0.4 }, p0: 0.6, thetaT: 0.9 }) // 28
 */
export function finalSuccessCount(options: {
  nMax: number;
  prior: BetaPrior;
  p0: number;
  thetaT: number;
}): number | null {
  const { nMax, prior, p0, thetaT } = options;
  if (!Number.isInteger(nMax) || nMax < 1) {
    throw new RangeError(`nMax must be a whole number >= 1, got ${nMax}`);
  }
  if (!(p0 >= 0 && p0 <= 1)) throw new RangeError(`p0 must be in [0, 1], got ${p0}`);
  if (!(thetaT >= 0 && thetaT < 1)) throw new RangeError(`thetaT must be in [0, 1), got ${thetaT}`);
  // Binary search: the posterior probability is increasing in s.
  const above = (s: number) => 1 - betaCdf(p0, prior.a + s, prior.b + nMax - s) > thetaT;
  if (!above(nMax)) return null;
  let lo = 0;
  let hi = nMax;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (above(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
