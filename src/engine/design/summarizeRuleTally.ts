import type { OperatingCharacteristics } from './operatingCharacteristics.ts';
import type { RuleTally } from './ruleSimulationChunk.ts';
import type { StoppingRule } from './stoppingRule.ts';

/**
 * The operating characteristics estimated from simulated studies: the tallies of every chunk
 * added up, each probability a share of the trials, in the shape `operatingCharacteristics`
 * gives exactly (so the two can be compared), plus the number of trials.
 * Assumes tallies of the same rule, at least one trial in all.
 * Reference: Lee & Liu (2008), Clinical Trials 5:93, section 3.
 * @example summarizeRuleTally(rule, [tally1, tally2], { p: 0.2 }).success // ≈ the exact type I error
 */
export function summarizeRuleTally(
  rule: StoppingRule,
  tallies: readonly RuleTally[],
  { p }: { p: number },
): OperatingCharacteristics & { trials: number } {
  const last = rule.looks.length - 1;
  const trials = tallies.reduce((s, t) => s + t.trials, 0);
  if (trials === 0) throw new RangeError('no simulated trials to summarise');
  const total = (pick: (t: RuleTally) => number[], i: number) =>
    tallies.reduce((s, t) => s + pick(t)[i], 0);
  const byLook = rule.looks.map((look, i) => ({
    n: look.n,
    futility: total((t) => t.futility, i) / trials,
    efficacy: total((t) => t.efficacy, i) / trials,
  }));
  const early = byLook.slice(0, last);
  const earlyFutility = early.reduce((s, l) => s + l.futility, 0);
  const earlyEfficacy = early.reduce((s, l) => s + l.efficacy, 0);
  return {
    p,
    trials,
    success: earlyEfficacy + byLook[last].efficacy,
    earlyStop: earlyFutility + earlyEfficacy,
    earlyFutility,
    earlyEfficacy,
    expectedN: byLook.reduce((s, l) => s + l.n * (l.futility + l.efficacy), 0),
    byLook,
  };
}
