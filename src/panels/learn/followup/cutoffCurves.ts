import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { FollowupSummary } from '../../../engine/lessons/index.ts';
import { lessonBox, type LessonFrame } from '../lessonBox.ts';

/** The median duration of response over many studies against the follow-up, in plot coordinates. */
export interface CutoffCurvesGeometry {
  /** The follow-up across, the median DOR up. */
  frame: LessonFrame;
  /** Height of the true median's dotted line. */
  truthY: number;
  /** The 10th–90th percentile band as an area, interrupted where no median was reached. */
  band: string | null;
  /** The middle Kaplan–Meier median, interrupted where none was reached. */
  middle: string | null;
  /** The naive median of completed responses, interrupted where none had ended. */
  naive: string | null;
  /** Where the chosen cut-off stands. */
  cutoffX: number;
}

/**
 * Lays out the summaries of many simulated studies against the weeks of follow-up after the last
 * patient started (0 to `longestWk`): the middle Kaplan–Meier median as a line with its 10th–90th
 * percentile band as an area, and the naive median as a line; the y axis reaches 5% beyond three
 * true medians or the top of the band, whichever is higher.
 * Assumes rows sorted by follow-up.
 * @example cutoffCurves([], { truthWk: 10, longestWk: 20, followupWk: 5 }).cutoffX // 149
 */
export function cutoffCurves(
  rows: readonly FollowupSummary[],
  {
    truthWk,
    longestWk,
    followupWk,
    width,
  }: { truthWk: number; longestWk: number; followupWk: number; width?: number },
): CutoffCurvesGeometry {
  const box = lessonBox(300, {}, width);
  const x = scaleLinear().domain([0, longestWk]).range([0, box.innerWidth]);
  const yMax = Math.max(truthWk * 3, ...rows.map((r) => r.high ?? 0)) * 1.05;
  const y = scaleLinear().domain([0, yMax]).range([box.innerHeight, 0]).nice();
  const curve = (pick: (r: FollowupSummary) => number | null) =>
    line<FollowupSummary>()
      .defined((r) => pick(r) !== null)
      .x((r) => x(r.followupWk))
      .y((r) => y(pick(r) ?? 0))(rows);
  const band = area<FollowupSummary>()
    .defined((r) => r.low !== null && r.high !== null)
    .x((r) => x(r.followupWk))
    .y0((r) => y(r.low ?? 0))
    .y1((r) => y(r.high ?? 0))(rows);
  return {
    frame: { ...box, x, y },
    truthY: y(truthWk),
    band,
    middle: curve((r) => r.middle),
    naive: curve((r) => r.naive),
    cutoffX: x(followupWk),
  };
}
