import type { Rng } from '../montecarlo/chunkRng.ts';
import { checkStoppingRule, type StoppingRule } from './stoppingRule.ts';

/** Counts from simulated studies run under a stopping rule; tallies of chunks add up. */
export interface RuleTally {
  trials: number;
  /** For each look, how many studies stopped there for futility (final look: failed). */
  futility: number[];
  /** For each look, how many stopped there for efficacy (final look: succeeded). */
  efficacy: number[];
}

/**
 * Simulates `count` single-arm studies under a stopping rule at a true rate p, patient by
 * patient (a response when rng() < p), and counts where each stopped and why. For rules and
 * scenarios beyond exact enumeration; chunks drawn with `chunkRng(seed, index)` give the same
 * tally whichever worker runs them. `summarizeRuleTally` turns tallies into characteristics.
 * Assumes a rule that `checkStoppingRule` accepts, 0 <= p <= 1 and count >= 0 whole.
 * Reference: Lee & Liu (2008), Clinical Trials 5:93, section 3 (simulated operating characteristics).
 * @example ruleSimulationChunk(rule, { p: 0.2, count: 1000, rng: chunkRng('s', 0) }).trials // 1000
 */
export function ruleSimulationChunk(
  rule: StoppingRule,
  { p, count, rng }: { p: number; count: number; rng: Rng },
): RuleTally {
  checkStoppingRule(rule);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a whole number >= 0, got ${count}`);
  }
  const { looks } = rule;
  const futility = looks.map(() => 0);
  const efficacy = looks.map(() => 0);
  for (let t = 0; t < count; t++) {
    let n = 0;
    let x = 0;
    for (let i = 0; i < looks.length; i++) {
      const look = looks[i];
      for (; n < look.n; n++) if (rng() < p) x++;
      if (look.efficacy !== null && x >= look.efficacy) {
        efficacy[i]++;
        break;
      }
      if (i === looks.length - 1 || (look.futility !== null && x <= look.futility)) {
        futility[i]++;
        break;
      }
    }
  }
  return { trials: count, futility, efficacy };
}
