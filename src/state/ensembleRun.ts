import type { CohortSummary } from '../engine/reconstruct/cohortSummary.ts';
import type { EnsembleResult } from '../engine/reconstruct/drawEnsemble.ts';
import { WorkerRun, type WorkerRunOptions } from './WorkerRun.svelte.ts';

/** The inputs an ensemble of reconstructed cohorts belongs to. */
export interface EnsembleInputs {
  /** A summary that passed `checkSummary` (valid, no conflicting figures). */
  summary: CohortSummary;
  cohorts: number;
  seed: number;
  level: number;
  /** Bootstrap resamples per cohort for the median DOR's interval; 0 for none. */
  bootstrapReps: number;
}

/**
 * The run that draws and analyses an ensemble of cohorts consistent with a published summary,
 * on the worker pool's "reconstruct" lane (`MonteCarloPool.reconstruct`): the same cohorts as
 * the command line's `reconstruct --cohorts K --seed S` for the same summary. `options.pool`
 * gives another pool (tests use Node's).
 * @example const run = ensembleRun(); await run.start({ summary, cohorts: 200, seed: 1, level: 0.95, bootstrapReps: 0 });
 */
export function ensembleRun(
  options: WorkerRunOptions = {},
): WorkerRun<EnsembleInputs, EnsembleResult> {
  return new WorkerRun(
    (pool, i, control) =>
      pool.reconstruct(i.summary, {
        cohorts: i.cohorts,
        seed: String(i.seed),
        level: i.level,
        bootstrapReps: i.bootstrapReps,
        ...control,
      }),
    options,
  );
}
