import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { Cohort, Patient, ResponseCode } from '../../engine/cohort';
import type { Grouping } from '../../engine/groupPatients';
import type { Frame } from '../frame';
import { round } from '../round';
import { assessedSegments, type LaneAssessment, type StateSegment } from './assessedSegments';
import { laneCourse } from './laneCourse';
import { FULL_DETAIL_STEP, laneMarks, type LaneStatus, type Marker } from './laneMarks';
import { laneOrder, type GroupMode, type LaneGroup } from './laneOrder';
import { laneSegments } from './laneSegments';
import { legendItems, type LegendItem } from './legendItems';
import { responseNotRecorded } from '../../engine/responseNotRecorded';
import type { MarkerKind } from './markerShape';
import { overviewPaths } from './overviewPaths';
import type { SegmentState } from './laneStyle';
import type { SwimmerSort } from './sortPatients';
import { timeAxis, type TimeAxis, type TimeScale } from './timeAxis';

export type { MarkerKind } from './markerShape';
export type { Marker, LaneStatus } from './laneMarks';

/** One patient's lane: its band, stretches, markers and how it ends. */
export interface Lane {
  patient: Patient;
  /** Its position in the plot's order of all patients (0 = top). */
  index: number;
  /** Top edge of the lane's band, in plot coordinates; the band is `step` high. */
  top: number;
  /** Centre line and thickness of the bar (stretches without a response are half as thick). */
  y: number;
  bar: number;
  segments: StateSegment[];
  markers: Marker[];
  status: LaneStatus;
  /** The colour of its group when lanes are grouped, else `null`. */
  groupColour: string | null;
}

/** The overview of every patient drawn above the detail when there are too many lanes to draw. */
export interface SwimmerOverview {
  top: number;
  height: number;
  /** One path per state, one thin row per patient, on the whole time axis. */
  paths: Partial<Record<SegmentState, string>>;
  /** Height of one patient's row. */
  row: number;
}

/** Everything a swimmer plot draws, in pixels; plot coordinates start at the frame's margin. */
export interface SwimmerGeometry {
  frame: Frame;
  axis: TimeAxis;
  /** The lanes drawn in detail (every lane up to `DETAIL_LIMIT` patients, else the window). */
  lanes: Lane[];
  /** Group headers within the detail (split grouping), and the groups for the legend. */
  headers: { label: string; y: number; colour: string }[];
  groups: LaneGroup[];
  groupedBy: string | null;
  groupError: string | null;
  /** Distance between lane centres. */
  step: number;
  /** `full` draws symbols, the event track and labels; `compact` (thin lanes) draws ticks. */
  detail: 'full' | 'compact';
  /** Where the detail lanes start, in plot coordinates. */
  detailTop: number;
  overview: SwimmerOverview | null;
  /**
   * Up to `DETAIL_LIMIT` patients, the same rows for a strip of `STRIP_HEIGHT` pixels drawn under
   * the plot (not part of the figure), on which to choose the weeks shown; else `null`.
   */
  strip: Partial<Record<SegmentState, string>> | null;
  /** Every patient in plot order (up to `MAX_LANES`); the detail shows `window[0]` to `window[1]`. */
  order: Patient[];
  window: [number, number];
  legend: { items: LegendItem[]; y: number; height: number; note: string | null };
  shown: number;
  total: number;
}

/** Options of {@link swimmerGeometry}. */
export interface SwimmerOptions {
  sort: SwimmerSort;
  responders: readonly ResponseCode[];
  width: number;
  /** Split or colour the lanes by a grouping (`groupPatients`); `null` or absent: none. */
  grouping?: Grouping | null;
  groupMode?: GroupMode;
  /** The same as `grouping: { by: 'best_response' }`, split. */
  groupByResponse?: boolean;
  timeScale?: TimeScale;
  /** Weeks shown, `[from, to]`; `null` or absent: the whole follow-up. */
  timeWindow?: readonly [number, number] | null;
  /** Lanes shown in detail beyond `DETAIL_LIMIT` patients, `[first, end)` in plot order. */
  laneWindow?: readonly [number, number] | null;
  /** Each patient's response assessments, when the data have visits: lanes show them. */
  assessments?: ReadonlyMap<string, readonly LaneAssessment[]> | null;
}

/** Patients beyond this are not drawn; the plot says how many it shows. */
export const MAX_LANES = 2000;
/** Up to this many patients every lane is drawn; beyond, an overview and a window of lanes. */
export const DETAIL_LIMIT = 150;
/**
 * The window of lanes drawn in detail beyond `DETAIL_LIMIT`: its default and its bounds (at most
 * 60, so its lanes stay 12 px apart or more, with symbols, the event track and labels).
 */
export const LANE_WINDOW = { initial: 40, min: 5, max: 60 } as const;
/** Height of the overview of every patient. */
const OVERVIEW_HEIGHT = 160;
/** Room between the overview and the detail, for the detail's caption. */
const OVERVIEW_GAP = 40;
const HEADER = 22;
/** Height of the strip under the plot of smaller cohorts. */
export const STRIP_HEIGHT = 36;

/** Distance between lane centres for n lanes: roomy for small cohorts, down to 2 px for big ones. */
export function laneStep(n: number): number {
  return n <= 25 ? 26 : Math.max(2, Math.min(22, 720 / n));
}

/**
 * The window of lanes drawn in detail for n patients: all of them up to `DETAIL_LIMIT`, else
 * `wanted` kept inside the order and between `LANE_WINDOW.min` and `.max` lanes (the first 40
 * when not given). Example: `laneWindowFor(2000, [1990, 2100])` is `[1940, 2000]`.
 */
export function laneWindowFor(
  n: number,
  wanted: readonly [number, number] | null | undefined,
): [number, number] {
  if (n <= DETAIL_LIMIT) return [0, n];
  const [a, b] = wanted ?? [0, LANE_WINDOW.initial];
  const size = Math.max(LANE_WINDOW.min, Math.min(LANE_WINDOW.max, Math.round(b - a)));
  const start = Math.max(0, Math.min(n - size, Math.round(a)));
  return [start, start + size];
}

/**
 * Lays out a swimmer plot: one lane per patient from week 0 to last follow-up, sorted and
 * optionally grouped (`laneOrder`), on a linear or square-root time axis that may be zoomed to a
 * window of weeks (`timeAxis`). Each lane's marks stay inside its band (`laneMarks`); with visit
 * assessments the lane shows the assessed states, otherwise before response, in response and
 * after its loss. Beyond `DETAIL_LIMIT` patients an overview of every patient (one thin row each,
 * `overviewPaths`) sits above a window of lanes drawn in detail. Responders are patients whose
 * best response is in `responders` and who have a response week.
 * Example: `swimmerGeometry(cohort, { sort: 'followup', responders: ['CR', 'PR', 'IMP'], width: 800 })`.
 */
export function swimmerGeometry(cohort: Cohort, options: SwimmerOptions): SwimmerGeometry {
  const { sort, responders, width } = options;
  const grouping =
    options.grouping ?? (options.groupByResponse ? { by: 'best_response' as const } : null);
  const mode = options.grouping ? (options.groupMode ?? 'split') : 'split';
  const all = laneOrder(cohort.patients, { sort, responders, grouping, mode, limit: MAX_LANES });
  const order = all.patients.slice();
  const n = order.length;
  const window = laneWindowFor(n, options.laneWindow);
  const many = n > DETAIL_LIMIT;
  const detailCount = window[1] - window[0];
  const step = laneStep(detailCount);
  const detail = step >= FULL_DETAIL_STEP ? 'full' : 'compact';
  const split = grouping !== null && mode === 'split' && all.groups.length > 0;

  const longestId = max(order.slice(window[0], window[1]), (p) => p.id.length) ?? 2;
  const stripe = all.groups.length > 0 ? 10 : 0;
  const left = (detail === 'full' ? Math.min(160, 30 + 7.5 * longestId) : 30) + stripe;
  const right = 28;
  const innerWidth = Math.max(100, width - left - right);
  const axis = timeAxis(max(order, (p) => p.followupWk) ?? 1, {
    scale: options.timeScale ?? 'linear',
    window: options.timeWindow ?? null,
    width: innerWidth,
  });
  const X = (week: number) => round(axis.x(week));
  const assessments = options.assessments ?? null;
  const segmentsOf = (p: Patient, x: (week: number) => number): StateSegment[] => {
    const visits = assessments?.get(p.id);
    if (visits && visits.length > 0) return assessedSegments(visits, p.followupWk, x);
    return laneSegments(laneCourse(p, responders), x);
  };

  const F = (week: number) => round(axis.full(week));
  const rows = order.map((p) => segmentsOf(p, F));
  const overview: SwimmerOverview | null = many
    ? {
        top: 0,
        height: OVERVIEW_HEIGHT,
        row: round(OVERVIEW_HEIGHT / n),
        paths: overviewPaths(rows, { top: 0, height: OVERVIEW_HEIGHT }),
      }
    : null;
  const strip = many ? null : overviewPaths(rows, { top: 0, height: STRIP_HEIGHT });
  const detailTop = many ? OVERVIEW_HEIGHT + OVERVIEW_GAP : 0;

  const lanes: Lane[] = [];
  const headers: SwimmerGeometry['headers'] = [];
  let cursor = detailTop;
  for (let i = window[0]; i < window[1]; i++) {
    const p = order[i];
    const g = all.group[i];
    if (split && (i === window[0] || all.group[i - 1] !== g)) {
      headers.push({
        label: all.groups[g].label,
        y: round(cursor + 15),
        colour: all.groups[g].colour,
      });
      cursor += HEADER;
    }
    const course = laneCourse(p, responders);
    const marks = laneMarks(p, {
      x: X,
      top: cursor,
      step,
      responder: course.onsetWk !== null,
      ongoing: course.ongoing,
    });
    lanes.push({
      patient: p,
      index: i,
      top: round(cursor),
      y: marks.barY,
      bar: marks.bar,
      segments: segmentsOf(p, X),
      markers: marks.markers,
      status: marks.status,
      groupColour: g >= 0 ? all.groups[g].colour : null,
    });
    cursor += step;
  }

  const innerHeight = round(cursor);
  // The legend explains every patient's marks, not only the window's, so it stays put as the
  // window moves.
  const present = new Set<MarkerKind>();
  const states = new Set<SegmentState>();
  const same = (week: number) => week;
  for (const p of order) {
    const course = laneCourse(p, responders);
    const probe = { x: same, top: 0, responder: course.onsetWk !== null, ongoing: course.ongoing };
    const marks = laneMarks(p, { ...probe, step: detail === 'full' ? 26 : 4 });
    for (const m of marks.markers) present.add(m.kind);
    for (const seg of segmentsOf(p, same)) states.add(seg.state);
  }
  const legend = legendItems(cohort.columns, innerWidth + left - 12, {
    present,
    states,
    assessed: assessments !== null && lanes.some((l) => assessments.has(l.patient.id)),
    groups: split ? [] : all.groups,
    responseRecorded: !responseNotRecorded(cohort.patients),
  });
  const note =
    detail === 'compact'
      ? 'Lanes this thin show events as ticks and leave out the event track; hover for details.'
      : null;
  const legendTop = innerHeight + 52;
  const margin = {
    top: many ? 60 : 40,
    right,
    bottom: 52 + legend.height + (note ? 22 : 0) + 8,
    left,
  };
  return {
    frame: {
      width,
      height: round(margin.top + innerHeight + margin.bottom),
      margin,
      x: axis.x,
      y: scaleLinear().domain([0, innerHeight]).range([0, innerHeight]),
    },
    axis,
    lanes,
    headers,
    groups: all.groups,
    groupedBy: all.groupedBy,
    groupError: all.groupError,
    step: round(step),
    detail,
    detailTop,
    overview,
    strip,
    order,
    window,
    legend: { items: legend.items, y: legendTop, height: legend.height, note },
    shown: n,
    total: cohort.patients.length,
  };
}
