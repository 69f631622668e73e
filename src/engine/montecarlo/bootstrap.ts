import type { Cohort, ResponseCode } from '../cohort.ts';
import type { BootstrapCounts } from './bootstrapCounts.ts';
import { mergeBootstrapCounts } from './bootstrapCounts.ts';
import { bootstrapChunk } from './bootstrapChunk.ts';
import { bootstrapPlan } from './bootstrapPlan.ts';
import type { BootstrapReport } from './bootstrapReport.ts';
import { BOOTSTRAP_CHUNK_SIZE, chunkCount, chunkRange } from './chunkRange.ts';
import { chunkRng, type Rng } from './chunkRng.ts';
import { resolveSeed } from './resolveSeed.ts';
import { summarizeBootstrap } from './summarizeBootstrap.ts';

/**
 * The nonparametric bootstrap of a cohort in the calling thread: `reps` resamples of its
 * patients, split into fixed chunks each drawn from `chunkRng(seed, chunk)`, so the result equals
 * the worker pool's for the same seed (an `rng` instead of a seed draws one from it). Use the
 * pool for large `reps` in an interface.
 * Efron & Tibshirani (1993), An Introduction to the Bootstrap.
 * @example bootstrap(cohort, { reps: 10000, seed: 'hlh' }).statistics.orr.ci.percentile
 */
export function bootstrap(
  cohort: Cohort,
  {
    reps,
    level = 0.95,
    responders,
    ...source
  }: {
    reps: number;
    seed?: string;
    rng?: Rng;
    level?: number;
    responders?: readonly ResponseCode[];
  },
): BootstrapReport {
  const seed = resolveSeed(source);
  const plan = bootstrapPlan(cohort, { responders });
  const parts: BootstrapCounts[] = [];
  for (let c = 0; c < chunkCount(reps, BOOTSTRAP_CHUNK_SIZE); c++) {
    const { count } = chunkRange(reps, BOOTSTRAP_CHUNK_SIZE, c);
    parts.push(bootstrapChunk(plan, { count, rng: chunkRng(seed, c) }));
  }
  return summarizeBootstrap(plan, mergeBootstrapCounts(plan, parts), { level, seed });
}
