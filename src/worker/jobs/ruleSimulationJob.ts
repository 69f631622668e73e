import {
  RULE_CHUNK_SIZE,
  checkStoppingRule,
  summarizeRuleTally,
} from '../../engine/design/index.ts';
import { chunkCount } from '../../engine/montecarlo/index.ts';
import { MAX_SIMULATION_TRIALS } from '../../engine/limits.ts';
import type {
  MonteCarloWorkerApi,
  OperatingCharacteristics,
  RuleSimulationOptions,
  StoppingRule,
} from '../api.ts';
import type { Job } from '../Lanes.ts';
import { checkCount } from './checkCount.ts';

/** Most true rates in one simulation of a rule's characteristics. */
const MAX_RATES = 101;

/**
 * A stopping rule's operating characteristics simulated at several true rates as a pool job: at
 * each rate in turn, `trials` studies in chunks of `RULE_CHUNK_SIZE` shared out over the workers
 * of the "design:rule" lane (`ruleSimulationChunk`), their tallies summarised as `simulateRule`
 * does, so each rate's result is `simulateRule(rule, { p, trials, seed })` whatever the pool size.
 * Every rate draws the same uniform numbers (common random numbers), so the curve over the rates
 * is smooth. Progress counts studies over all rates. Throws a RangeError for a request out of
 * bounds or a rule `checkStoppingRule` refuses.
 * @example await lanes.run(ruleSimulationJob(rule, { rates: [0.2, 0.4], trials: 10_000, seed: 's' }))
 */
export function ruleSimulationJob(
  rule: StoppingRule,
  { rates, trials, seed }: RuleSimulationOptions,
): Job<MonteCarloWorkerApi, (OperatingCharacteristics & { trials: number })[]> {
  checkStoppingRule(rule);
  checkCount('trials', trials, { max: MAX_SIMULATION_TRIALS });
  checkCount('rates', rates.length, { max: MAX_RATES });
  for (const p of rates) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`a true rate must be in [0, 1], got ${p}`);
  }
  return {
    lane: 'design:rule',
    total: trials * rates.length,
    async execute({ spread }) {
      const results: (OperatingCharacteristics & { trials: number })[] = [];
      for (const [i, p] of rates.entries()) {
        const groups = await spread(
          chunkCount(trials, RULE_CHUNK_SIZE),
          (remote, range, progress) =>
            remote.ruleChunks(rule, { ...range, seed, total: trials, p }, progress),
          i * trials,
        );
        results.push(summarizeRuleTally(rule, groups.flat(), { p }));
      }
      return results;
    },
  };
}
