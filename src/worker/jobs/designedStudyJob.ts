import {
  DESIGNED_STUDY_CHUNK_SIZE,
  checkStoppingRule,
  summarizeDesignedStudies,
} from '../../engine/design/index.ts';
import { chunkCount, validateScenario } from '../../engine/montecarlo/index.ts';
import { MAX_SIMULATION_TRIALS } from '../../engine/limits.ts';
import type {
  DesignedStudyOptions,
  DesignedStudyReport,
  MonteCarloWorkerApi,
  Scenario,
  StoppingRule,
} from '../api.ts';
import type { Job } from '../Lanes.ts';
import { checkCount } from './checkCount.ts';
import { checkLevel } from './checkLevel.ts';

/**
 * Studies run under a stopping rule and drawn from a scenario (`designedStudyChunk`) as a pool
 * job: `trials` studies in chunks of `DESIGNED_STUDY_CHUNK_SIZE`, ranges of chunks per worker of
 * the "design:study" lane, their tallies summarised as `simulateDesignedStudies` does in one
 * thread, so the report depends only on the seed and settings, never on the pool size. Throws a
 * RangeError for a request out of bounds, an invalid scenario or a rule `checkStoppingRule` refuses.
 * @example await lanes.run(designedStudyJob(rule, scenario, { trials: 1000, seed: 's', lookDelayWk: 5, level: 0.95, transform: 'log-log', dorThresholdWk: 1 }))
 */
export function designedStudyJob(
  rule: StoppingRule,
  scenario: Scenario,
  { trials, seed, lookDelayWk, level, transform, dorThresholdWk }: DesignedStudyOptions,
): Job<MonteCarloWorkerApi, DesignedStudyReport> {
  checkStoppingRule(rule);
  checkCount('trials', trials, { max: MAX_SIMULATION_TRIALS });
  checkLevel(level);
  const checked = validateScenario(scenario);
  if (!checked.ok) throw new RangeError(`invalid scenario: ${checked.issues.join('; ')}`);
  const settings = { lookDelayWk, level, transform, dorThresholdWk };
  return {
    lane: 'design:study',
    total: trials,
    async execute({ spread }) {
      const groups = await spread(
        chunkCount(trials, DESIGNED_STUDY_CHUNK_SIZE),
        (remote, range, progress) =>
          remote.designedStudyChunks(
            rule,
            checked.scenario,
            { ...range, seed, total: trials, ...settings },
            progress,
          ),
      );
      return summarizeDesignedStudies(rule, groups.flat());
    },
  };
}
