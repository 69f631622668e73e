import {
  BOOTSTRAP_CHUNK_SIZE,
  bootstrapPlan,
  chunkCount,
  mergeBootstrapCounts,
  summarizeBootstrap,
} from '../../engine/montecarlo/index.ts';
import type { BootstrapOptions, BootstrapReport, Cohort, MonteCarloWorkerApi } from '../api.ts';
import type { Job } from '../Lanes.ts';
import { MAX_BOOTSTRAP_REPS } from '../../engine/limits.ts';
import { checkCount } from './checkCount.ts';
import { checkLevel } from './checkLevel.ts';

/**
 * The bootstrap as a pool job: `reps` replicates in chunks of `BOOTSTRAP_CHUNK_SIZE`, ranges of
 * chunks per worker, their tallies merged and summarised as `bootstrap` in the engine does.
 * Throws a RangeError for a request out of bounds. Runs on the "bootstrap" lane unless told.
 * @example await lanes.run(bootstrapJob(cohort, { reps: 1e6, seed: 'hlh' }))
 */
export function bootstrapJob(
  cohort: Cohort,
  { reps, seed, level = 0.95, responders, lane = 'bootstrap' }: BootstrapOptions,
): Job<MonteCarloWorkerApi, BootstrapReport> {
  checkCount('reps', reps, { max: MAX_BOOTSTRAP_REPS });
  checkLevel(level);
  const plan = bootstrapPlan(cohort, { responders });
  return {
    lane,
    total: reps,
    async execute({ spread }) {
      const parts = await spread(
        chunkCount(reps, BOOTSTRAP_CHUNK_SIZE),
        (remote, range, progress) =>
          remote.bootstrapChunks(plan, { ...range, seed, total: reps }, progress),
      );
      return summarizeBootstrap(plan, mergeBootstrapCounts(plan, parts), { level, seed });
    },
  };
}
