import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import {
  RESPONSE_CODES,
  isResponseGrade,
  type Cohort,
  type Patient,
  type ResponseCode,
  type ResponseGrade,
} from '../../engine/cohort';
import type { Frame } from '../frame';
import { round } from '../round';
import { laneCourse } from './laneCourse';
import { laneSegments, type LaneSegment } from './laneSegments';
import { sortPatients, type SwimmerSort } from './sortPatients';
import { legendItems, type LegendItem } from './legendItems';

/** The event a marker shows; first responses are shaped by their best response. */
export type MarkerKind =
  | 'response-CR'
  | 'response-PR'
  | 'response-IMP'
  | 'cr'
  | 'loss'
  | 'death'
  | 'gc-halved'
  | 'fever-resolved'
  | 'sae';

/** One marker: its kind, the week it marks (`null` for timeless flags) and its position. */
export interface Marker {
  kind: MarkerKind;
  week: number | null;
  x: number;
  y: number;
}

/** One patient's lane: vertical band, state segments, markers and the ongoing-response arrow. */
export interface Lane {
  patient: Patient;
  /** Centre line and top edge of the lane's band, in plot coordinates. */
  y: number;
  top: number;
  segments: LaneSegment[];
  markers: Marker[];
  /** Tip of the arrow drawn after an ongoing response, or `null`. */
  arrow: { x: number; y: number } | null;
}

/** Everything a swimmer plot draws, in pixels; plot coordinates start at the frame's margin. */
export interface SwimmerGeometry {
  frame: Frame;
  lanes: Lane[];
  groups: { label: string; y: number }[];
  /** Vertical distance between lane centres and the thickness of a lane bar. */
  step: number;
  bar: number;
  /** `full` draws symbols and labels; `compact` (small lanes) draws ticks and no labels. */
  detail: 'full' | 'compact';
  legend: { items: LegendItem[]; y: number; height: number };
  shown: number;
  total: number;
  /** How many x ticks fit the width. */
  ticks: number;
}

/** Options of {@link swimmerGeometry}. */
export interface SwimmerOptions {
  sort: SwimmerSort;
  groupByResponse: boolean;
  responders: readonly ResponseCode[];
  width: number;
}

/** Lanes beyond this count are not drawn; the plot says how many it shows. */
export const MAX_LANES = 2000;

const GROUP_NAMES: Record<ResponseCode, string> = {
  CR: 'Complete response (CR)',
  PR: 'Partial response (PR)',
  IMP: 'Improvement (IMP)',
  NR: 'No response (NR)',
  NE: 'Not evaluable (NE)',
};

/** Distance between lane centres for n lanes: roomy for small cohorts, down to 2 px for big ones. */
export function laneStep(n: number): number {
  return n <= 25 ? 26 : Math.max(2, Math.min(22, 560 / n));
}

/**
 * Lays out a swimmer plot: one lane per patient from week 0 to last follow-up, sorted and
 * optionally grouped by best response, with x in weeks. Responders are patients whose best
 * response is in `responders` and who have a response week.
 * Example: `swimmerGeometry(cohort, { sort: 'followup', groupByResponse: false, responders: ['CR', 'PR', 'IMP'], width: 800 })`.
 */
export function swimmerGeometry(cohort: Cohort, options: SwimmerOptions): SwimmerGeometry {
  const { sort, groupByResponse, responders, width } = options;
  const sorted = sortPatients(cohort.patients, sort, responders).slice(0, MAX_LANES);
  const groups: { code: ResponseCode | null; patients: Patient[] }[] = groupByResponse
    ? RESPONSE_CODES.map((code) => ({
        code,
        patients: sorted.filter((p) => p.bestResponse === code),
      })).filter((g) => g.patients.length > 0)
    : [{ code: null, patients: sorted }];

  const step = laneStep(sorted.length);
  const detail = step >= 12 ? 'full' : 'compact';
  const bar = detail === 'full' ? Math.round(step * 0.36) : Math.max(1, step * 0.8);
  const header = groupByResponse ? 22 : 0;
  const longestId = max(sorted, (p) => p.id.length) ?? 2;
  const left = detail === 'full' ? Math.min(160, 30 + 7.5 * longestId) : 30;
  const innerWidth = Math.max(100, width - left - 28);
  const legend = legendItems(cohort.columns, innerWidth + left);
  const innerHeight = groups.length * header + sorted.length * step;
  const note = detail === 'compact' ? 20 : 0;
  const margin = { top: 40, right: 28, bottom: 44 + legend.height + note, left };

  const x = scaleLinear()
    .domain([0, Math.max(1, max(sorted, (p) => p.followupWk) ?? 1)])
    .nice()
    .range([0, innerWidth]);
  const y = scaleLinear().domain([0, innerHeight]).range([0, innerHeight]);
  const X = (week: number) => round(x(week));

  const lanes: Lane[] = [];
  const labels: { label: string; y: number }[] = [];
  let cursor = 0;
  for (const group of groups) {
    if (group.code) {
      labels.push({
        label: `${GROUP_NAMES[group.code]}: ${group.patients.length}`,
        y: cursor + 15,
      });
      cursor += header;
    }
    for (const p of group.patients) {
      const mid = round(cursor + step / 2);
      const course = laneCourse(p, responders);
      const responder = course.onsetWk !== null;
      const at = (kind: MarkerKind, week: number | null, dy = 0): Marker[] =>
        week === null ? [] : [{ kind, week, x: X(week), y: round(mid + dy) }];
      const above = detail === 'full' ? -(bar / 2 + 5) : 0;
      const markers: Marker[] = [
        ...(detail === 'full' ? at('gc-halved', p.gcHalvedWk, above) : []),
        ...(detail === 'full' ? at('fever-resolved', p.feverResolvedWk, -above) : []),
        ...(responder && isResponseGrade(p.bestResponse)
          ? at(`response-${firstResponseKind(p)}`, p.responseWk)
          : []),
        ...at('cr', p.crWk !== null && p.crWk !== p.responseWk ? p.crWk : null),
        ...at('loss', p.lossWk),
        ...at('death', p.deathWk),
        ...(p.saeRelated ? [{ kind: 'sae' as const, week: null, x: -9, y: mid }] : []),
      ];
      lanes.push({
        patient: p,
        y: mid,
        top: round(cursor),
        segments: laneSegments(course, X),
        markers,
        arrow: course.ongoing ? { x: round(X(p.followupWk) + Math.max(6, bar)), y: mid } : null,
      });
      cursor += step;
    }
  }

  return {
    frame: { width, height: margin.top + innerHeight + margin.bottom, margin, x, y },
    lanes,
    groups: labels,
    step: round(step),
    bar: round(bar),
    detail,
    legend: { items: legend.items, y: innerHeight + 44, height: legend.height },
    shown: sorted.length,
    total: cohort.patients.length,
    ticks: Math.max(2, Math.min(10, Math.floor(innerWidth / 50))),
  };
}

/** The shape of the first response: CR when remission was complete from the start. */
function firstResponseKind(p: Patient): ResponseGrade {
  if (p.bestResponse === 'CR') return p.crWk === null || p.crWk === p.responseWk ? 'CR' : 'PR';
  return p.bestResponse as ResponseGrade;
}
