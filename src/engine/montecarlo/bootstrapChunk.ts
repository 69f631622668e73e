import type { BootstrapPlan } from './bootstrapPlan.ts';
import { bootstrapTallies, type BootstrapCounts } from './bootstrapCounts.ts';
import { BOOTSTRAP_STATISTICS } from './bootstrapStatistics.ts';
import { ReplicateEvaluator } from './ReplicateEvaluator.ts';

/** Replicates between two calls of a chunk's `onProgress`. */
const PROGRESS_EVERY = 256;

/**
 * Runs `count` bootstrap replicates (n patients drawn with replacement) and streams every
 * statistic into exact tallies; memory does not grow with `count`. `onProgress` is told the
 * replicates done every 256 replicates, so a worker can show it is alive within a long chunk.
 * Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 6.
 * @example bootstrapChunk(plan, { count: 16384, rng: chunkRng('s', 0) }).reps // 16384
 */
export function bootstrapChunk(
  plan: BootstrapPlan,
  {
    count,
    rng,
    onProgress,
  }: { count: number; rng: () => number; onProgress?: (done: number) => void },
): BootstrapCounts {
  const evaluator = new ReplicateEvaluator(plan);
  const tallies = bootstrapTallies(plan);
  const stats = BOOTSTRAP_STATISTICS.length;
  const undefinedCounts = new Float64Array(stats);
  const codes = new Float64Array(stats);
  for (let r = 0; r < count; r++) {
    evaluator.resample(rng);
    evaluator.evaluate(codes);
    for (let s = 0; s < stats; s++) {
      const code = codes[s];
      if (code < 0) undefinedCounts[s]++;
      else tallies[s].add(code);
    }
    if (onProgress && (r + 1) % PROGRESS_EVERY === 0) onProgress(r + 1);
  }
  return { reps: count, undefinedCounts, tallies: tallies.map((t) => t.toData()) };
}
