import type { ReplicateEstimates } from '../../../engine/lessons/replicateEstimates.ts';

/**
 * Whether a study's ORR interval misses the true ORR, that is lies wholly above or below it.
 * Assumes the interval is `[lower, upper]` as the study reports it; a study without an interval
 * (no patients) misses nothing, and a truth on a bound counts as inside.
 * Example: `orrMisses({ ...study, orrInterval: [0.4, 0.7] }, 0.83) === true`.
 */
export function orrMisses(study: ReplicateEstimates, trueOrr: number): boolean {
  const interval = study.orrInterval;
  return interval !== null && (trueOrr < interval[0] || trueOrr > interval[1]);
}
