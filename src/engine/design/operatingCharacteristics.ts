import { checkStoppingRule, type StoppingRule } from './stoppingRule.ts';

/** How a stopping rule behaves when the true response rate is p. */
export interface OperatingCharacteristics {
  p: number;
  /** P(the study rejects H0): by an early efficacy stop or success at the final look. */
  success: number;
  /** P(the study stops before its final look), and split by reason. */
  earlyStop: number;
  earlyFutility: number;
  earlyEfficacy: number;
  /** The expected number of patients treated. */
  expectedN: number;
  /** For each look, the probability of stopping there for futility and for efficacy. */
  byLook: { n: number; futility: number; efficacy: number }[];
}

/**
 * The exact operating characteristics of a single-arm stopping rule at a true rate p, by
 * dynamic programming over the states (patients so far, responders so far) of the studies still
 * running: each patient moves x to x + 1 with probability p, and at each look the states at or
 * below the futility boundary and at or above the efficacy boundary stop. At p0 `success` is the
 * type I error, at p1 the power. Cost O(nMax²).
 * Assumes a rule that `checkStoppingRule` accepts and 0 <= p <= 1.
 * Reference: Lee & Liu (2008), Clinical Trials 5:93 (exact operating characteristics); Simon
 * (1989) for two stages (clinfun's `oc.twostage.bdry`).
 * @example operatingCharacteristics(simonRule({ r1: 3, n1: 13, r: 12, n: 43 }), { p: 0.2 }).expectedN // 20.58
 */
export function operatingCharacteristics(
  rule: StoppingRule,
  { p }: { p: number },
): OperatingCharacteristics {
  const nMax = checkStoppingRule(rule);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  let running = new Float64Array(nMax + 1);
  let next = new Float64Array(nMax + 1);
  running[0] = 1;
  let n = 0;
  let expectedN = 0;
  let success = 0;
  let earlyFutility = 0;
  let earlyEfficacy = 0;
  const byLook = rule.looks.map((look, i) => {
    for (; n < look.n; n++) {
      next[0] = running[0] * (1 - p);
      for (let x = 1; x <= n + 1; x++) next[x] = running[x] * (1 - p) + running[x - 1] * p;
      [running, next] = [next, running];
    }
    const final = i === rule.looks.length - 1;
    let futility = 0;
    let efficacy = 0;
    for (let x = 0; x <= n; x++) {
      if (look.efficacy !== null && x >= look.efficacy) efficacy += running[x];
      else if (final || (look.futility !== null && x <= look.futility)) futility += running[x];
      else continue;
      running[x] = 0;
    }
    expectedN += n * (futility + efficacy);
    success += efficacy;
    if (!final) {
      earlyFutility += futility;
      earlyEfficacy += efficacy;
    }
    return { n, futility, efficacy };
  });
  return {
    p,
    success,
    earlyStop: earlyFutility + earlyEfficacy,
    earlyFutility,
    earlyEfficacy,
    expectedN,
    byLook,
  };
}
