import type { ReplicateEstimates } from '../../../engine/lessons/replicateEstimates.ts';
import { dorMisses } from './dorMisses.ts';
import { orrMisses } from './orrMisses.ts';

/** The running counts of the dance of the intervals, over every study drawn so far. */
export interface DanceCounts {
  /** Studies whose ORR interval missed the true ORR. */
  orrMissed: number;
  /** Studies whose median-DOR interval missed the true median (see `dorMisses`). */
  dorMissed: number;
  /** Studies whose median duration of response was not reached. */
  medianNotReached: number;
  /** Studies with a median whose interval has no upper limit. */
  upperNotReached: number;
}

/**
 * Counts, among the studies drawn, the intervals that missed the truth and the medians and upper
 * limits that were not reached. Assumes `truth` is the scenario the studies were drawn from.
 * Example: `danceCounts([study], { orr: 0.83, dor_median: 3.4 }).orrMissed // 0 or 1`.
 */
export function danceCounts(
  studies: readonly ReplicateEstimates[],
  truth: { orr: number; dor_median: number },
): DanceCounts {
  const counts: DanceCounts = {
    orrMissed: 0,
    dorMissed: 0,
    medianNotReached: 0,
    upperNotReached: 0,
  };
  for (const study of studies) {
    if (orrMisses(study, truth.orr)) counts.orrMissed++;
    if (dorMisses(study, truth.dor_median)) counts.dorMissed++;
    if (study.dorMedian === null) counts.medianNotReached++;
    else if (study.dorUpper === null) counts.upperNotReached++;
  }
  return counts;
}
