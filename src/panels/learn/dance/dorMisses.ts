import type { ReplicateEstimates } from '../../../engine/lessons/replicateEstimates.ts';

/**
 * Whether a study's interval for the median duration of response misses the true median.
 * Assumes a `null` bound is open (not reached): the truth is missed when it lies below a known
 * lower limit or above a known upper one. A study with responders but no response seen to end
 * has no bounds at all, and counts as a miss too: it cannot say anything about the median.
 * A study without responders misses nothing.
 * Example: `dorMisses({ ...study, dorLower: 6, dorUpper: null }, 3.4) === true`.
 */
export function dorMisses(study: ReplicateEstimates, trueMedian: number): boolean {
  const { dorLower, dorUpper } = study;
  return (
    (dorLower !== null && trueMedian < dorLower) ||
    (dorUpper !== null && trueMedian > dorUpper) ||
    (dorLower === null && dorUpper === null && study.dorEvents === 0 && study.responders > 0)
  );
}
