import type { Cohort, ResponseCode } from '../cohort.ts';
import { chunkRng } from '../montecarlo/chunkRng.ts';
import { cohortEndpoints } from './cohortEndpoints.ts';
import { cohortKey } from './cohortKey.ts';
import type { CohortSummary } from './cohortSummary.ts';
import type { EnsembleEndpoints } from './ensembleSpread.ts';
import { reconstructEnsemble } from './reconstructEnsemble.ts';

/** Cohorts per chunk of an ensemble: some 20 ms of drawing and analysis (60 ms with a bootstrap). */
export const ENSEMBLE_CHUNK_SIZE = 10;

/** How each cohort of an ensemble is analysed. */
export interface EnsembleAnalysis {
  level: number;
  responders: readonly ResponseCode[];
  byWeek: readonly number[];
  /** Bootstrap resamples per cohort for the median DOR's interval; 0 for none. */
  bootstrapReps: number;
}

/** One round of an ensemble: chunks that are drawn independently, each from its own streams. */
export interface EnsembleRound {
  seed: string;
  analysis: EnsembleAnalysis;
  /** Keys (`cohortKey`) of the cohorts accepted in earlier rounds: no chunk draws them again. */
  exclude: string[];
  /** Chunk `index` draws up to `count` cohorts in at most `maxAttempts` draws. */
  chunks: { index: number; count: number; maxAttempts: number }[];
}

/** What one chunk drew: distinct cohorts with their keys and endpoints, and what it rejected. */
export interface EnsembleChunk {
  cohorts: Cohort[];
  keys: string[];
  endpoints: EnsembleEndpoints[];
  attempts: number;
  rejected: Record<string, number>;
}

/**
 * Draws and analyses the chunks of an ensemble round, in order. Chunk `index` draws from
 * `chunkRng(seed, index)` (`reconstructEnsemble`, none of the excluded cohorts) and bootstraps
 * its cohorts' median DOR from one stream, `chunkRng(seed + '/bootstrap', index)`, so a chunk
 * gives the same cohorts and numbers whichever worker computes it. `onCohort` is told how many
 * cohorts have been analysed so far.
 * @example ensembleChunks(summary, { seed: '1', analysis, exclude: [], chunks: [{ index: 0, count: 10, maxAttempts: 400 }] })[0].cohorts.length // 10
 */
export function ensembleChunks(
  summary: CohortSummary,
  { seed, analysis, exclude, chunks }: EnsembleRound,
  onCohort?: (done: number) => void,
): EnsembleChunk[] {
  const { bootstrapReps, ...options } = analysis;
  const excluded = new Set(exclude);
  let done = 0;
  return chunks.map(({ index, count, maxAttempts }) => {
    const drawn = reconstructEnsemble(summary, {
      cohorts: count,
      rng: chunkRng(seed, index),
      maxAttempts,
      exclude: excluded,
    });
    const rng = chunkRng(`${seed}/bootstrap`, index);
    const bootstrap = bootstrapReps > 0 ? { reps: bootstrapReps, rng } : undefined;
    const endpoints = drawn.cohorts.map((cohort) => {
      const { report: _report, ...endpoints } = cohortEndpoints(cohort, { ...options, bootstrap });
      onCohort?.(++done);
      return endpoints;
    });
    return {
      cohorts: drawn.cohorts,
      keys: drawn.cohorts.map(cohortKey),
      endpoints,
      attempts: drawn.attempts,
      rejected: drawn.rejected,
    };
  });
}
