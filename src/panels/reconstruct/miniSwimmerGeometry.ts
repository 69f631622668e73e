import { scaleLinear } from 'd3-scale';
import type { Cohort, ResponseCode } from '../../engine/cohort.ts';
import { laneCourse } from '../../charts/swimmer/laneCourse.ts';
import { laneSegments, type LaneSegment } from '../../charts/swimmer/laneSegments.ts';
import { sortPatients, type SwimmerSort } from '../../charts/swimmer/sortPatients.ts';

/** One lane of a small swimmer plot: grey before response, blue in response, orange after loss. */
export interface MiniLane {
  id: string;
  y: number;
  segments: LaneSegment[];
  /** x of death, or `null`. */
  death: number | null;
  /** x where an ongoing response's arrow starts, or `null`. */
  ongoing: number | null;
}

/** Everything a small swimmer plot draws, in pixels from the plot's top-left corner. */
export interface MiniSwimmerGeometry {
  width: number;
  height: number;
  left: number;
  top: number;
  /** Height of the lanes' block; the axis sits below it. */
  plotHeight: number;
  step: number;
  lanes: MiniLane[];
  ticks: { x: number; label: string }[];
}

/**
 * Lays out a small swimmer plot for side-by-side comparison: thin lanes, no labels, and an x axis
 * in weeks from 0 to `maxWeek`, which the caller shares between plots so they compare by eye.
 * Example: `miniSwimmerGeometry(cohort, { sort: 'dor', responders: ['CR', 'PR'], width: 320, maxWeek: 40 })`.
 */
export function miniSwimmerGeometry(
  cohort: Cohort,
  {
    sort,
    responders,
    width,
    maxWeek,
    step = 9,
  }: {
    sort: SwimmerSort;
    responders: readonly ResponseCode[];
    width: number;
    maxWeek: number;
    step?: number;
  },
): MiniSwimmerGeometry {
  const left = 8;
  const right = 18;
  const top = 6;
  const x = scaleLinear()
    .domain([0, Math.max(1, maxWeek)])
    .nice()
    .range([0, Math.max(40, width - left - right)]);
  const X = (week: number) => Math.round(x(week) * 10) / 10;
  const lanes = sortPatients(cohort.patients, sort, responders).map((p, i): MiniLane => {
    const course = laneCourse(p, responders);
    return {
      id: p.id,
      y: i * step + step / 2,
      segments: laneSegments(course, X),
      death: p.deathWk === null ? null : X(p.deathWk),
      ongoing: course.ongoing ? X(p.followupWk) : null,
    };
  });
  const plotHeight = lanes.length * step;
  return {
    width,
    height: top + plotHeight + 34,
    left,
    top,
    plotHeight,
    step,
    lanes,
    ticks: x.ticks(Math.max(2, Math.floor((width - left - right) / 60))).map((t) => ({
      x: X(t),
      label: String(t),
    })),
  };
}
