import type { ReplicateEstimates } from '../../../engine/lessons/replicateEstimates.ts';
import { orrMisses } from './orrMisses.ts';
import { stackedIntervalRows, type StackedIntervals } from './stackedIntervalRows.ts';

/**
 * The ORR chart of the dance: each of the newest studies' ORR interval on a 0–100% axis, the
 * misses thick and orange with the text "miss" where it fits. Assumes `studies` oldest first;
 * a study without patients has no interval and leaves its row empty.
 * Example: `orrIntervalRows(studies, 0.83).rows.filter((r) => r.miss).length`.
 */
export function orrIntervalRows(
  studies: readonly ReplicateEstimates[],
  trueOrr: number,
  width?: number,
): StackedIntervals {
  return stackedIntervalRows(
    studies,
    (s) => {
      if (!s.orrInterval || s.orr === null) return null;
      const miss = orrMisses(s, trueOrr);
      return {
        lower: s.orrInterval[0],
        upper: s.orrInterval[1],
        estimate: s.orr,
        miss,
        label: miss ? { text: 'miss', at: 'after' } : null,
      };
    },
    { max: 1, truth: trueOrr, width },
  );
}
