import {
  SIMULATION_CHUNK_SIZE,
  chunkCount,
  scenarioTruth,
  summarizeSimulation,
  validateScenario,
} from '../../engine/montecarlo/index.ts';
import type { MonteCarloWorkerApi, Scenario, SimulateOptions, SimulationReport } from '../api.ts';
import type { Job } from '../Lanes.ts';
import { MAX_SIMULATION_TRIALS } from '../../engine/limits.ts';
import { checkCount } from './checkCount.ts';
import { checkLevel } from './checkLevel.ts';

/**
 * Re-simulation as a pool job: `trials` studies of a scenario in chunks of
 * `SIMULATION_CHUNK_SIZE`, ranges of chunks per worker, summarised against the truth as
 * `simulateStudies` in the engine does (with the predictive check when `observed` is given). Throws a RangeError for a request out of bounds or an
 * invalid scenario. Runs on the "simulate" lane.
 * @example await lanes.run(simulateJob(scenario, { trials: 1000, seed: 's' }))
 */
export function simulateJob(
  scenario: Scenario,
  { trials, seed, level = 0.95, truth, observed }: SimulateOptions,
): Job<MonteCarloWorkerApi, SimulationReport> {
  checkCount('trials', trials, { max: MAX_SIMULATION_TRIALS });
  checkLevel(level);
  const checked = validateScenario(scenario);
  if (!checked.ok) throw new RangeError(`invalid scenario: ${checked.issues.join('; ')}`);
  return {
    lane: 'simulate',
    total: trials,
    async execute({ spread }) {
      const groups = await spread(
        chunkCount(trials, SIMULATION_CHUNK_SIZE),
        (remote, range, progress) =>
          remote.simulateChunks(
            checked.scenario,
            { ...range, seed, total: trials, level },
            progress,
          ),
      );
      return summarizeSimulation(checked.scenario, groups.flat(), {
        seed,
        level,
        truth: { ...scenarioTruth(checked.scenario), ...truth },
        observed,
      });
    },
  };
}
