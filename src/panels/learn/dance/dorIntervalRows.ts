import type { ReplicateEstimates } from '../../../engine/lessons/replicateEstimates.ts';
import { dorMisses } from './dorMisses.ts';
import { stackedIntervalRows, type StackedIntervals } from './stackedIntervalRows.ts';

/**
 * The median-DOR chart of the dance: each of the newest studies' Kaplan–Meier median and its
 * interval, in weeks from 0 to four times the true median (at least 8). A missing lower limit
 * starts at 0, an open upper limit ends in an arrow at the right edge; a miss is labelled "miss"
 * where it fits; a median not reached is yellow dashes from its lower limit (when known) with the
 * text "not reached" where it fits.
 * Assumes `studies` oldest first.
 * Example: `dorIntervalRows(studies, 3.4).frame.x.domain() // [0, 14]`.
 */
export function dorIntervalRows(
  studies: readonly ReplicateEstimates[],
  trueMedian: number,
  width?: number,
): StackedIntervals {
  return stackedIntervalRows(
    studies,
    (s) => {
      const miss = dorMisses(s, trueMedian);
      if (s.dorMedian !== null)
        return {
          lower: s.dorLower ?? 0,
          upper: s.dorUpper,
          estimate: s.dorMedian,
          miss,
          label: miss ? { text: 'miss', at: 'after' } : null,
        };
      const text = s.responders === 0 ? 'not reached (no responders)' : 'not reached';
      return { lower: s.dorLower, upper: null, estimate: null, miss, label: { text, at: 'edge' } };
    },
    { max: Math.max(8, Math.ceil(trueMedian * 4)), truth: trueMedian, width },
  );
}
