import { drawEnsemble, validateSummary } from '../../engine/reconstruct/index.ts';
import type {
  CohortSummary,
  EnsembleResult,
  MonteCarloWorkerApi,
  ReconstructOptions,
} from '../api.ts';
import type { Job } from '../Lanes.ts';
import { MAX_ENSEMBLE_BOOTSTRAP_REPS, MAX_ENSEMBLE_COHORTS } from '../../engine/limits.ts';
import { checkCount } from './checkCount.ts';
import { checkLevel } from './checkLevel.ts';

/**
 * A reconstruction ensemble as a pool job: `drawEnsemble` in the engine plans its rounds and
 * merges them, and each round's chunks are shared out in ranges over the workers of the
 * "reconstruct" lane, so the ensemble is the one `drawEnsemble` draws in a single thread.
 * Progress counts cohorts drawn and analysed. Throws a RangeError for a request out of bounds or
 * an invalid summary (conflicting figures are a result: no cohort, and a message).
 * @example await lanes.run(ensembleJob(summary, { cohorts: 200, seed: '1' }))
 */
export function ensembleJob(
  summary: CohortSummary,
  { cohorts, seed, level = 0.95, bootstrapReps = 0, maxAttempts }: ReconstructOptions,
): Job<MonteCarloWorkerApi, EnsembleResult> {
  checkCount('cohorts', cohorts, { max: MAX_ENSEMBLE_COHORTS });
  checkCount('bootstrapReps', bootstrapReps, { min: 0, max: MAX_ENSEMBLE_BOOTSTRAP_REPS });
  if (maxAttempts !== undefined)
    checkCount('maxAttempts', maxAttempts, { max: Number.MAX_SAFE_INTEGER });
  checkLevel(level);
  const valid = validateSummary(summary);
  if (!valid.ok) throw new RangeError(`invalid summary: ${valid.issues.join('; ')}`);
  return {
    lane: 'reconstruct',
    total: cohorts,
    execute: ({ spread }) =>
      drawEnsemble(
        valid.summary,
        { cohorts, seed, level, bootstrapReps, maxAttempts },
        async (round, accepted) => {
          const groups = await spread(
            round.chunks.length,
            (remote, { first, end }, progress) =>
              remote.ensembleChunks(
                valid.summary,
                { ...round, chunks: round.chunks.slice(first, end) },
                progress,
              ),
            accepted,
          );
          return groups.flat();
        },
      ),
  };
}
