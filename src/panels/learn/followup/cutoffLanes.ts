import { scaleLinear } from 'd3-scale';
import type { ResponseLane } from './responseLanes.ts';
import { lessonBox, type LessonFrame } from '../lessonBox.ts';

/** One response as the data cut-off sees it, in plot coordinates. */
export interface CutoffLane {
  /** Centre line of the lane. */
  y: number;
  /** The part seen by the cut-off, or `null` for a response that starts after it. */
  seen: { x1: number; x2: number } | null;
  /**
   * The shared swimmer symbol where a response seen to end ended (`loss`: by loss or death), or
   * the arrow just after the cut-off for one still going on (`ongoing`); centred at (x, y), half-size r.
   */
  marker: { kind: 'loss' | 'ongoing'; x: number; y: number; r: number } | null;
  /** What happens after the cut-off, not yet known there, or `null` for a response that ended before it. */
  unknown: { x1: number; x2: number } | null;
}

/** The example study's lanes against the cut-off: frame, lanes and the cut-off line. */
export interface CutoffLanesGeometry {
  /** Calendar weeks across, responses down (response i between i and i + 1). */
  frame: LessonFrame;
  lanes: CutoffLane[];
  cutoffX: number;
}

/**
 * Lays out responses in calendar weeks against a data cut-off: each lane solid up to the cut-off,
 * ending in the swimmer plots' loss symbol (×) if the response ended by then or their arrow if it
 * is still going on (symbols inside the lane's band), with grey
 * dashes for the part after the cut-off. The axis reaches 4 weeks past the cut-off and the end of
 * every response up to `horizonWk` (the latest cut-off offered), where longer ones are cut short.
 * @example cutoffLanes([{ start: 2, end: 30 }], { cutoffWk: 10, horizonWk: 40 }).lanes[0].marker?.kind // 'ongoing'
 */
export function cutoffLanes(
  responses: readonly ResponseLane[],
  { cutoffWk, horizonWk, width }: { cutoffWk: number; horizonWk: number; width?: number },
): CutoffLanesGeometry {
  const box = lessonBox(300, {}, width);
  const calendarMax = Math.max(cutoffWk + 4, ...responses.map((l) => Math.min(l.end, horizonWk)));
  const x = scaleLinear().domain([0, calendarMax]).range([0, box.innerWidth]).nice();
  const y = scaleLinear()
    .domain([Math.max(1, responses.length), 0])
    .range([box.innerHeight, 0]);
  const band = box.innerHeight / Math.max(1, responses.length);
  const r = Math.min(6, band * 0.45);
  const lanes = responses.map(({ start, end }, i): CutoffLane => {
    const laneY = y(i + 0.5);
    const started = start <= cutoffWk;
    const ended = end <= cutoffWk;
    return {
      y: laneY,
      seen: started ? { x1: x(start), x2: x(Math.min(end, cutoffWk)) } : null,
      marker: !started
        ? null
        : ended
          ? { kind: 'loss', x: x(end), y: laneY, r }
          : { kind: 'ongoing', x: x(cutoffWk) + r + 1, y: laneY, r },
      unknown: ended
        ? null
        : { x1: x(Math.max(start, cutoffWk)), x2: x(Math.min(end, calendarMax)) },
    };
  });
  return {
    frame: { ...box, x, y },
    lanes,
    cutoffX: x(cutoffWk),
  };
}
