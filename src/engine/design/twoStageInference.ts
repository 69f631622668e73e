import { max } from 'd3-array';
import { binomialDistribution } from '../lessons/binomialDistribution.ts';

/** Inference at the end of a two-stage study that respects its stopping rule. */
export interface TwoStageInference {
  x: number;
  /** 1 when the study stopped after stage 1 (x <= r1), 2 when it ran to n. */
  stage: 1 | 2;
  /** P(an outcome at least as extreme as x | p0) in the ordering of Koyama & Chen (2008). */
  pValue: number;
  /** The uniformly minimum-variance unbiased estimate of the response rate (Jung & Kim 2004). */
  umvue: number;
  level: number;
  /** Exact two-sided interval inverting the same ordering, (1 - level)/2 in each tail. */
  ci: [number, number];
}

/**
 * P_p(T >= x) for the total responders T of a two-stage study, outcomes ordered by T (every
 * outcome that stopped after stage 1 lies below every outcome that continued).
 */
function tailAtLeast(x: number, p: number, r1: number, n1: number, n2: number): number {
  if (x <= 0) return 1;
  const stage1 = binomialDistribution(n1, p);
  if (x <= r1) {
    let total = 0;
    for (let k = n1; k >= x; k--) total += stage1[k];
    return Math.min(1, total);
  }
  const stage2 = binomialDistribution(n2, p);
  let total = 0;
  for (let k = n1; k > r1; k--) {
    const need = x - k;
    if (need > n2) break;
    let tail = 0;
    for (let j = n2; j >= Math.max(0, need); j--) tail += stage2[j];
    total += stage1[k] * tail;
  }
  return Math.min(1, total);
}

/** The p at which an increasing function f on [0, 1] crosses `target`, by bisection. */
function crossing(f: (p: number) => number, target: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 100 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The p-value, UMVUE and confidence interval for the response rate after a Simon-type two-stage
 * study (stop after n1 patients when r1 or fewer respond, otherwise treat n in all) ended with x
 * responders in all. Outcomes are ordered by the total x, stage-1 stops below every outcome that
 * continued; the p-value is P_p0(T >= x) and the interval's bounds solve P_p(T >= x) = (1 -
 * level)/2 and P_p(T <= x) = (1 - level)/2 (0 at the lowest outcome, 1 at the highest). The p-value
 * and UMVUE are R clinfun's `twostage.inference`; its lower limit is this lower bound (clinfun
 * reads it off a grid of step 0.0001), while its upper limit solves P_p(T >= x) = 1 - (1 -
 * level)/2, the bound of the outcome just below x, which this function does not repeat.
 * Assumes 0 <= r1 < n1 < n whole numbers, x a possible outcome (0..r1, or r1 + 1..n), 0 <= p0 <= 1
 * and 0 < level < 1 (default 0.95; clinfun's alpha = 0.05 is level 0.9).
 * Reference: Koyama & Chen (2008), Statistics in Medicine 27:3145; Jung & Kim (2004), Statistics
 * in Medicine 23:561 (UMVUE); R clinfun's `twostage.inference`.
 * @example twoStageInference(16, { r1: 3, n1: 13, n: 43, p0: 0.2 }).pValue // 0.0057...
 */
export function twoStageInference(
  x: number,
  options: { r1: number; n1: number; n: number; p0: number; level?: number },
): TwoStageInference {
  const { r1, n1, n, p0, level = 0.95 } = options;
  if (![r1, n1, n].every(Number.isInteger) || r1 < 0 || r1 >= n1 || n1 >= n) {
    throw new RangeError(`need whole numbers 0 <= r1 < n1 < n, got r1 ${r1}, n1 ${n1}, n ${n}`);
  }
  if (!Number.isInteger(x) || x < 0 || x > n) {
    throw new RangeError(`x must be a whole number from 0 to n = ${n}, got ${x}`);
  }
  if (!(p0 >= 0 && p0 <= 1)) throw new RangeError(`p0 must be in [0, 1], got ${p0}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const n2 = n - n1;
  const stage: 1 | 2 = x <= r1 ? 1 : 2;
  const tail = (1 - level) / 2;
  const atLeast = (value: number) => (p: number) => tailAtLeast(value, p, r1, n1, n2);
  const lower = x === 0 ? 0 : crossing(atLeast(x), tail);
  // P_p(T <= x) = 1 - P_p(T >= x + 1) falls as p grows; the top outcome has upper bound 1.
  const upper = x === n ? 1 : crossing(atLeast(x + 1), 1 - tail);
  return {
    x,
    stage,
    pValue: tailAtLeast(x, p0, r1, n1, n2),
    umvue: stage === 1 ? x / n1 : umvue(x, r1, n1, n2),
    level,
    ci: [lower, upper],
  };
}

/**
 * Jung & Kim's UMVUE after stage 2: Σ C(n1-1, x1-1) C(n2, x-x1) / Σ C(n1, x1) C(n2, x-x1) over
 * the stage-1 counts x1 that continue and are consistent with x; the ratio of the two terms is
 * x1 / n1, so it is a weighted mean of x1 / n1, weights summed in logs to avoid overflow.
 */
function umvue(x: number, r1: number, n1: number, n2: number): number {
  const from = Math.max(r1 + 1, x - n2);
  const to = Math.min(x, n1);
  const logWeights: number[] = [0];
  for (let x1 = from; x1 < to; x1++) {
    const ratio = ((n1 - x1) / (x1 + 1)) * ((x - x1) / (n2 - x + x1 + 1));
    logWeights.push(logWeights[logWeights.length - 1] + Math.log(ratio));
  }
  const top = max(logWeights) ?? 0;
  let num = 0;
  let den = 0;
  logWeights.forEach((lw, i) => {
    const w = Math.exp(lw - top);
    num += (w * (from + i)) / n1;
    den += w;
  });
  return num / den;
}
