import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import { betaBinomialDistribution } from './betaBinomialDistribution.ts';
import type { BetaPrior } from './betaPrior.ts';
import { finalSuccessCount } from './finalSuccessCount.ts';
import { predictiveSuccess } from './predictiveSuccess.ts';

/** Lee & Liu's predictive probability at an interim look, with the table behind it. */
export interface PredictiveProbability {
  /** P(the final analysis succeeds | x of n so far). */
  probability: number;
  /** The fewest responders among all nMax that make the final analysis succeed (null: none). */
  successTotal: number | null;
  /**
   * For each number y = 0..nMax - n of responders still to come: its predictive probability,
   * the final posterior probability P(p > p0 | x + y of nMax) and whether that exceeds thetaT.
   */
  future: { y: number; probability: number; posterior: number; success: boolean }[];
}

/**
 * The Bayesian predictive probability that a single-arm study of nMax patients will succeed at
 * its final analysis (posterior probability that the rate exceeds p0 above thetaT), given x
 * responders among the first n and a Beta(a, b) prior, with Lee & Liu's Table 1 (the
 * beta-binomial probability of each future count and its final posterior probability).
 * Assumes 0 <= x <= n <= nMax whole numbers, a Beta prior, 0 <= p0 <= 1, 0 <= thetaT < 1.
 * Reference: Lee & Liu (2008), Clinical Trials 5:93, section 2 and Table 1.
 * @example predictiveProbability(16, 23, { nMax: 40, prior: { a: 0.6, b: 0.4 }, p0: 0.6, thetaT: 0.9 }).probability // 0.5656
 */
export function predictiveProbability(
  x: number,
  n: number,
  options: { nMax: number; prior: BetaPrior; p0: number; thetaT: number },
): PredictiveProbability {
  const { nMax, prior, p0 } = options;
  const successTotal = finalSuccessCount(options);
  const probability = predictiveSuccess(x, n, { nMax, prior, successTotal });
  const remaining = nMax - n;
  const predictive = betaBinomialDistribution(remaining, prior.a + x, prior.b + n - x);
  const future = predictive.map((p, y) => ({
    y,
    probability: p,
    posterior: 1 - betaCdf(p0, prior.a + x + y, prior.b + nMax - x - y),
    success: successTotal !== null && x + y >= successTotal,
  }));
  return { probability, successTotal, future };
}
