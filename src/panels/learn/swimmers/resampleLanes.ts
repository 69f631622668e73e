import { scaleLinear } from 'd3-scale';
import type { Patient, ResponseCode } from '../../../engine/cohort.ts';
import { dorObservations } from '../../../engine/dorObservations.ts';
import { responseOnset } from '../../../engine/responseOnset.ts';
import { laneSegments, type LaneSegment } from '../../../charts/swimmer/laneSegments.ts';
import { lessonBox, type LessonFrame } from '../lessonBox.ts';

/** A stretch of a lane (see `laneSegments`), dashed for the lane of a patient left out. */
export interface ResampleSegment extends LaneSegment {
  dash?: string;
}

/** One patient's lane in the resample's swimmer plot, in plot coordinates. */
export interface ResampleLane {
  id: string;
  /** Centre line of the lane. */
  y: number;
  /** 0.25 for a patient left out, else 1. */
  opacity: number;
  /** Stroke width: thicker for a patient drawn more than once. */
  thickness: number;
  /** The whole lane first, then the response and what follows its end on top. */
  segments: ResampleSegment[];
  /** The centre and half-size of the death symbol (the swimmer plots' cross), or `null`. */
  death: { x: number; y: number; r: number } | null;
  /** Where the label after the lane starts, and its text: "left out", "×2", "×3" or nothing. */
  labelX: number;
  label: string;
}

/** The resample's swimmer plot: its frame and one lane per patient. */
export interface ResampleSwimmerGeometry {
  /** Weeks across, lanes down (lane i between i and i + 1). */
  frame: LessonFrame;
  lanes: ResampleLane[];
  /** Lanes drawn (the first patients of the cohort, at most `maxLanes`) and patients in all. */
  shown: number;
  total: number;
}

/** At most this many lanes are drawn, so a large cohort does not make a chart pages tall. */
export const RESAMPLE_MAX_LANES = 40;

const ROW = 18;
/** Room on the right for the ×2 and "left out" labels. */
const MARGIN = { top: 10, right: 56, bottom: 46 };

/**
 * Lays out the small swimmer plot of one bootstrap resample: a lane per patient of the cohort,
 * 18 px apart in cohort order, grey from the start to last follow-up with the response in blue
 * and, once it ended (by loss or death), orange (`laneSegments`); the swimmer plots' death
 * symbol at death. A patient left out of the resample is faded and dashed; one drawn more than
 * once is thick and labelled ×2, ×3, …. Only the first `maxLanes` patients get a lane.
 * Assumes `counts[i]` is how often patient i was drawn (all 1 before any resample).
 * @example resampleLanes([p1, p2], [0, 2], { responders: ['CR', 'PR', 'IMP'] }).lanes[1].label // '×2'
 */
export function resampleLanes(
  patients: readonly Patient[],
  counts: readonly number[],
  {
    responders,
    maxLanes = RESAMPLE_MAX_LANES,
    width,
  }: { responders: readonly ResponseCode[]; maxLanes?: number; width?: number },
): ResampleSwimmerGeometry {
  const drawn = patients.slice(0, maxLanes);
  const rows = Math.max(1, drawn.length);
  const tMax = Math.max(1, ...patients.map((p) => p.followupWk));
  const box = lessonBox(MARGIN.top + MARGIN.bottom + rows * ROW, MARGIN, width);
  const x = scaleLinear().domain([0, tMax]).range([0, box.innerWidth]).nice();
  const y = scaleLinear()
    .domain([rows, 0])
    .range([rows * ROW, 0]);
  const lanes = drawn.map((p, i): ResampleLane => {
    const c = counts[i];
    const onset = responseOnset(p, responders);
    // The lane follows the duration of response: death ends a response as a loss does.
    const endWk = onset === null ? p.followupWk : onset + dorObservations([p], responders)[0].time;
    const segments: ResampleSegment[] = [
      { state: 'before', x0: x(0), x1: x(p.followupWk), ...(c === 0 ? { dash: '3 3' } : {}) },
      ...laneSegments({ onsetWk: onset, endWk, followupWk: p.followupWk }, x).filter(
        (s) => s.state !== 'before',
      ),
    ];
    const laneY = y(i + 0.5);
    return {
      id: p.id,
      y: laneY,
      opacity: c === 0 ? 0.25 : 1,
      thickness: c > 1 ? 10 : 6,
      segments,
      death: p.deathWk === null ? null : { x: x(p.deathWk), y: laneY, r: 6 },
      labelX: x(p.followupWk) + 6,
      label: c === 0 ? 'left out' : c > 1 ? `×${c}` : '',
    };
  });
  return {
    frame: { ...box, x, y },
    lanes,
    shown: drawn.length,
    total: patients.length,
  };
}
