import type { VisitResponse } from '../../engine/visits/visitResponse';
import type { SegmentState } from './laneStyle';

/** One assessment as a lane draws it: when, and the response assessed then. */
export interface LaneAssessment {
  week: number;
  response: VisitResponse;
}

/** A stretch of a lane in a visit state, from x0 to x1 in plot coordinates. */
export interface StateSegment {
  state: SegmentState;
  x0: number;
  x1: number;
}

/**
 * A lane as the sequence of assessed states (as ggswim draws visit data): before the first
 * assessment the lane is `before`; from each assessment to the next it shows the response
 * assessed, the last one lasting to last follow-up; consecutive equal responses merge, and
 * stretches that come out empty on the plot are left out.
 * Assumes weeks ≥ 0 and not after follow-up; the assessments may come in any order.
 * Reference: README, "The swimmer plot" (lanes from visits).
 * @example assessedSegments([{ week: 2, response: 'PR' }, { week: 4, response: 'PD' }], 6, (w) => 10 * w)
 * // [{ state: 'before', x0: 0, x1: 20 }, { state: 'PR', x0: 20, x1: 40 }, { state: 'PD', x0: 40, x1: 60 }]
 */
export function assessedSegments(
  assessments: readonly LaneAssessment[],
  followupWk: number,
  x: (week: number) => number,
): StateSegment[] {
  const sorted = [...assessments].sort((a, b) => a.week - b.week);
  const stretches: { state: SegmentState; from: number; to: number }[] = [];
  const first = sorted[0]?.week ?? followupWk;
  if (first > 0) stretches.push({ state: 'before', from: 0, to: first });
  sorted.forEach((a, i) => {
    const to = Math.max(a.week, i + 1 < sorted.length ? sorted[i + 1].week : followupWk);
    const last = stretches.at(-1);
    if (last && last.state === a.response) last.to = to;
    else stretches.push({ state: a.response, from: a.week, to });
  });
  return stretches
    .map((s) => ({ state: s.state, x0: x(s.from), x1: x(s.to) }))
    .filter((s) => s.x1 > s.x0);
}
