import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { FollowupSummary } from '../../../engine/lessons/index.ts';
import { lessonBox, type LessonFrame } from '../lessonBox.ts';

/** The share of studies whose median was not reached against the follow-up, in plot coordinates. */
export interface NotReachedCurveGeometry {
  /** The follow-up across, and 0 to 100% up whatever the data. */
  frame: LessonFrame;
  path: string | null;
  /** Where the chosen cut-off stands. */
  cutoffX: number;
}

/**
 * Lays out, on its own short chart from 0 to 100%, the share of simulated studies whose
 * Kaplan–Meier median duration of response was not reached against the weeks of follow-up after
 * the last patient started (0 to `longestWk`, as in `cutoffCurves`).
 * Assumes rows sorted by follow-up.
 * @example notReachedCurve([{ followupWk: 0, notReached: 1, … }], { longestWk: 12, followupWk: 4 }).path // 'M0,0Z'
 */
export function notReachedCurve(
  rows: readonly FollowupSummary[],
  { longestWk, followupWk, width }: { longestWk: number; followupWk: number; width?: number },
): NotReachedCurveGeometry {
  const box = lessonBox(170, {}, width);
  const x = scaleLinear().domain([0, longestWk]).range([0, box.innerWidth]);
  const y = scaleLinear().domain([0, 1]).range([box.innerHeight, 0]);
  const path = line<FollowupSummary>()
    .x((r) => x(r.followupWk))
    .y((r) => y(r.notReached))(rows);
  return {
    frame: { ...box, x, y },
    path,
    cutoffX: x(followupWk),
  };
}
