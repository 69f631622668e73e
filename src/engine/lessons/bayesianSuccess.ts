import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import { probabilityAtLeast } from './probabilityAtLeast.ts';

/** How often a study would end convinced, in the Bayesian sense, that the ORR beats a threshold. */
export interface BayesianSuccess {
  /** P(true ORR > threshold | x responders) for x = 0..n. */
  byX: number[];
  /** The fewest responders that make that probability at least `bar`; null if none do. */
  smallestX: number | null;
  /** The chance a study of n reaches smallestX when the true ORR is `trueOrr` (0 if never). */
  probability: number;
}

/**
 * The Bayesian probability of success of a single-arm study of n patients: with a Beta(a, b)
 * prior, a study "succeeds" when the posterior probability that the true ORR exceeds `threshold`
 * is at least `bar`; as that probability grows with the number of responders x, success means
 * x >= smallestX, whose chance under a true ORR `trueOrr` is a binomial tail.
 * Assumes n >= 1 integer, a, b > 0, and threshold, bar and trueOrr in [0, 1].
 * Reference: Spiegelhalter, Abrams & Myles, Bayesian Approaches to Clinical Trials (2004), 6.5;
 * R: min(which(pbeta(th, a + 0:n, b + n - 0:n, lower.tail = FALSE) >= bar)) - 1 and pbinom.
 * @example bayesianSuccess(18, { trueOrr: 0.83, a: 1, b: 1, threshold: 0.6, bar: 0.9 }).smallestX // 14
 */
export function bayesianSuccess(
  n: number,
  {
    trueOrr,
    a = 1,
    b = 1,
    threshold,
    bar,
  }: { trueOrr: number; a?: number; b?: number; threshold: number; bar: number },
): BayesianSuccess {
  if (!(bar >= 0 && bar <= 1)) throw new RangeError(`bar must be in [0, 1], got ${bar}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  if (!(a > 0 && b > 0)) throw new RangeError(`prior a and b must be > 0, got ${a} and ${b}`);
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new RangeError(`threshold must be in [0, 1], got ${threshold}`);
  }
  // The posterior after x responders is Beta(a + x, b + n - x); only its upper tail is needed.
  const byX = Array.from({ length: n + 1 }, (_, x) => 1 - betaCdf(threshold, a + x, b + n - x));
  const first = byX.findIndex((p) => p >= bar);
  const smallestX = first < 0 ? null : first;
  const probability = smallestX === null ? 0 : probabilityAtLeast(smallestX, n, trueOrr);
  return { byX, smallestX, probability };
}
