import type { BetaPrior } from './betaPrior.ts';
import { finalSuccessCount } from './finalSuccessCount.ts';
import { predictiveSuccess } from './predictiveSuccess.ts';
import type { StoppingRule } from './stoppingRule.ts';

/** Lee & Liu's monitoring rule: its boundaries at each look and what success needs at the end. */
export interface MonitoringRule extends StoppingRule {
  nMax: number;
  /** Responders among all nMax that make the final analysis succeed (null: none can). */
  successTotal: number | null;
}

/**
 * The stopping boundaries of a Bayesian predictive-probability design: at each interim look n,
 * stop for futility when the predictive probability of success is below thetaL (the largest
 * such x is the boundary) and for efficacy when it is above thetaU (the smallest such x); at the
 * final look nMax success is x >= `successTotal`. Looks default to every patient from 1 to nMax;
 * nMax is always the last.
 * Assumes nMax >= 1 whole, looks whole numbers in [1, nMax], a Beta prior, 0 <= p0 <= 1,
 * 0 <= thetaT < 1 and 0 <= thetaL < thetaU <= 1 (thetaU = 1: no early efficacy stop).
 * Reference: Lee & Liu (2008), Clinical Trials 5:93, section 2.
 * @example monitoringBoundaries({ nMax: 40, prior: { a: 0.6, b: 0.4 }, p0: 0.6, thetaT: 0.9, thetaL: 0.1, thetaU: 1 }).successTotal // 28
 */
export function monitoringBoundaries(options: {
  nMax: number;
  prior: BetaPrior;
  p0: number;
  thetaT: number;
  thetaL: number;
  thetaU: number;
  looks?: readonly number[];
}): MonitoringRule {
  const { nMax, prior, thetaL, thetaU } = options;
  if (!(thetaL >= 0 && thetaL < thetaU && thetaU <= 1)) {
    throw new RangeError(`need 0 <= thetaL < thetaU <= 1, got thetaL ${thetaL}, thetaU ${thetaU}`);
  }
  const successTotal = finalSuccessCount(options);
  const interim = options.looks ?? Array.from({ length: nMax }, (_, i) => i + 1);
  for (const [i, n] of interim.entries()) {
    if (!Number.isInteger(n) || n < 1 || n > nMax || (i > 0 && n <= interim[i - 1])) {
      throw new RangeError(
        `looks must be increasing whole numbers from 1 to nMax = ${nMax}, got ${n}`,
      );
    }
  }
  const pp = (x: number, n: number) => predictiveSuccess(x, n, { nMax, prior, successTotal });
  // The smallest x in [from, to] for which test(x) holds (to + 1 when none); test is monotone.
  const first = (from: number, to: number, test: (x: number) => boolean) => {
    let lo = from;
    let hi = to + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (test(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const looks = interim
    .filter((n) => n < nMax)
    .map((n) => {
      const futility = first(0, n, (x) => pp(x, n) >= thetaL) - 1;
      const efficacy = first(0, n, (x) => pp(x, n) > thetaU);
      return {
        n,
        futility: futility >= 0 ? futility : null,
        efficacy: efficacy <= n ? efficacy : null,
      };
    });
  looks.push({
    n: nMax,
    futility: successTotal === null ? nMax : successTotal - 1,
    efficacy: successTotal,
  });
  return { nMax, successTotal, looks };
}
