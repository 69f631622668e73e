import type { Cohort } from '../cohort.ts';
import { chunkCount, chunkRange } from '../montecarlo/chunkRange.ts';
import type { CohortSummary } from './cohortSummary.ts';
import {
  ENSEMBLE_CHUNK_SIZE,
  ensembleChunks,
  type EnsembleChunk,
  type EnsembleRound,
} from './ensembleChunks.ts';
import { ensembleAnalysis } from './ensembleAnalysis.ts';
import { ensembleSpread, type EnsembleEndpoints } from './ensembleSpread.ts';
import { reconstructEnsemble, type Ensemble } from './reconstructEnsemble.ts';
import type { Spread } from './spread.ts';

/**
 * An ensemble drawn from a summary (`Ensemble`, with every cohort renamed #1 to #K), each cohort's
 * endpoints, their spread, and the settings it was drawn with.
 */
export interface EnsembleResult extends Ensemble {
  seed: string;
  level: number;
  bootstrapReps: number;
  endpoints: EnsembleEndpoints[];
  /** How what the summary leaves open varies across the cohorts (`ensembleSpread`). */
  spread: Record<string, Spread>;
}

/** Options of `drawEnsemble`. */
export interface EnsembleOptions {
  cohorts: number;
  seed: string;
  level?: number;
  /** Bootstrap resamples per cohort for the median DOR's interval; 0 (the default) for none. */
  bootstrapReps?: number;
  /** Draws allowed in all; by default 20 per cohort + 200. */
  maxAttempts?: number;
}

/** Computes the chunks of a round (in this thread, or on workers), one result per chunk in order. */
export type RoundRunner = (round: EnsembleRound, accepted: number) => Promise<EnsembleChunk[]>;

/**
 * Draws `cohorts` distinct cohorts that each reproduce every figure of a validated summary, and
 * analyses each (`cohortEndpoints`). The work is cut into chunks of `ENSEMBLE_CHUNK_SIZE` with
 * their own seeded streams (`ensembleChunks`), drawn in rounds: a round asks for the cohorts still
 * missing, its chunks share what is left of the attempt budget in proportion to their size, and
 * its cohorts are accepted in chunk order, a repeat of an earlier one counted as a duplicate; the
 * next round excludes every accepted cohort. So the ensemble depends only on the summary and the
 * options, whoever runs the chunks: `runRound` computes them (here by default, on the worker pool
 * in `MonteCarloPool.reconstruct`).
 * @example (await drawEnsemble(summary, { cohorts: 200, seed: '1' })).spread.ongoing_at_cutoff.quantiles.median
 */
export async function drawEnsemble(
  summary: CohortSummary,
  { cohorts, seed, level = 0.95, bootstrapReps = 0, maxAttempts }: EnsembleOptions,
  runRound: RoundRunner = async (round) => ensembleChunks(summary, round),
): Promise<EnsembleResult> {
  const budget = maxAttempts ?? 20 * cohorts + 200;
  const plan = reconstructEnsemble(summary, { cohorts: 0, rng: () => 0 });
  const drawn: Cohort[] = [];
  const endpoints: EnsembleEndpoints[] = [];
  const keys: string[] = [];
  const rejected: Record<string, number> = {};
  const reject = (why: string, count: number) => (rejected[why] = (rejected[why] ?? 0) + count);
  let attempts = 0;
  const result = (message: string | null): EnsembleResult => ({
    seed,
    requested: cohorts,
    level,
    bootstrapReps,
    cohorts: drawn,
    endpoints,
    spread: drawn.length > 0 ? ensembleSpread(endpoints, bootstrapReps > 0) : {},
    attempts,
    constraints: plan.constraints,
    conflicts: plan.conflicts,
    satisfiable: plan.satisfiable,
    rejected,
    message,
  });
  if (plan.conflicts.length > 0) return result(plan.message);

  const analysis = ensembleAnalysis(summary, { level, bootstrapReps });
  const seen = new Set<string>();
  let next = 0;
  while (drawn.length < cohorts && attempts < budget) {
    const missing = cohorts - drawn.length;
    const left = budget - attempts;
    const share = (k: number) => Math.floor((left * k) / missing);
    const round: EnsembleRound = {
      seed,
      analysis,
      exclude: next === 0 ? [] : [...keys],
      chunks: [],
    };
    for (let j = 0; j < chunkCount(missing, ENSEMBLE_CHUNK_SIZE); j++) {
      const { start, count } = chunkRange(missing, ENSEMBLE_CHUNK_SIZE, j);
      round.chunks.push({ index: next++, count, maxAttempts: share(start + count) - share(start) });
    }
    for (const chunk of await runRound(round, drawn.length)) {
      attempts += chunk.attempts;
      for (const [why, count] of Object.entries(chunk.rejected)) reject(why, count);
      chunk.cohorts.forEach((cohort, i) => {
        if (seen.has(chunk.keys[i])) return void reject('duplicate', 1);
        seen.add(chunk.keys[i]);
        keys.push(chunk.keys[i]);
        drawn.push({
          ...cohort,
          name: `${cohort.name.replace(/ #\d+$/, '')} #${drawn.length + 1}`,
        });
        endpoints.push({ ...chunk.endpoints[i], name: drawn[drawn.length - 1].name });
      });
    }
  }
  const worst = Object.entries(rejected).sort((a, b) => b[1] - a[1])[0];
  return result(
    drawn.length < cohorts
      ? `drew ${drawn.length} of ${cohorts} cohorts in ${attempts} attempts` +
          (worst ? ` (most rejections: ${worst[0]}, ${worst[1]} times)` : '')
      : null,
  );
}
