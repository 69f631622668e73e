import { chunkCount, chunkRange } from '../montecarlo/chunkRange.ts';
import { chunkRng } from '../montecarlo/chunkRng.ts';
import type { OperatingCharacteristics } from './operatingCharacteristics.ts';
import { ruleSimulationChunk } from './ruleSimulationChunk.ts';
import type { StoppingRule } from './stoppingRule.ts';
import { summarizeRuleTally } from './summarizeRuleTally.ts';

/** Simulated studies per chunk of a stopping-rule simulation. */
export const RULE_CHUNK_SIZE = 4096;

/**
 * The operating characteristics of a stopping rule at a true rate p estimated from `trials`
 * simulated studies, in one thread: chunk i of RULE_CHUNK_SIZE studies draws from
 * `chunkRng(seed, i)`, so a worker pool running the same chunks gets the same numbers.
 * Assumes a rule that `checkStoppingRule` accepts, 0 <= p <= 1 and trials >= 1 whole.
 * Reference: Lee & Liu (2008), Clinical Trials 5:93, section 3.
 * @example simulateRule(simonRule({ r1: 3, n1: 13, r: 12, n: 43 }), { p: 0.2, trials: 1e4, seed: 's' }).success // ≈ 0.0496
 */
export function simulateRule(
  rule: StoppingRule,
  { p, trials, seed }: { p: number; trials: number; seed: string },
): OperatingCharacteristics & { trials: number } {
  if (!Number.isInteger(trials) || trials < 1) {
    throw new RangeError(`trials must be a whole number >= 1, got ${trials}`);
  }
  const tallies = Array.from({ length: chunkCount(trials, RULE_CHUNK_SIZE) }, (_, i) =>
    ruleSimulationChunk(rule, {
      p,
      count: chunkRange(trials, RULE_CHUNK_SIZE, i).count,
      rng: chunkRng(seed, i),
    }),
  );
  return summarizeRuleTally(rule, tallies, { p });
}
