import { isResponseGrade, type Patient, type ResponseGrade } from '../../engine/cohort';
import { round } from '../round';
import { dodge } from './dodge';
import type { MarkerKind } from './markerShape';

/** One symbol of a lane: what and when it marks, where it is drawn and its half-size `r`. */
export interface Marker {
  kind: MarkerKind;
  /** The week it marks; `null` for an adverse event whose week was not recorded. */
  week: number | null;
  /** Where its week falls on the plot, before any offset from a neighbour at a similar time. */
  at: number;
  /** Where it is drawn: `at`, moved along the row when it would cover a neighbour. */
  x: number;
  y: number;
  /** Half the side of the square the whole symbol fits in (see `markerShape`). */
  r: number;
}

/** How a lane ends at last follow-up. */
export type LaneStatus = 'ongoing' | 'lost' | 'died' | 'censored';

/**
 * Where things sit inside a lane's band of height `step`, as shares of it from the band's top:
 * the track of treatment and supportive events (glucocorticoid halved, fever resolved, adverse
 * events) above, the bar with the response, CR, loss and death markers below.
 */
export const LANE_LAYOUT = {
  trackY: 0.18,
  trackR: 0.15,
  barY: 0.66,
  markR: 0.29,
  bar: 0.36,
  endR: 0.24,
} as const;

/** Lanes at least this many pixels apart get symbols, the event track and labels. */
export const FULL_DETAIL_STEP = 12;

/** What a lane draws besides its stretches: the bar's centre and thickness, markers and status. */
export interface LaneMarks {
  barY: number;
  bar: number;
  markers: Marker[];
  status: LaneStatus;
}

/** The shape of the first response: CR when remission was complete from the start. */
function firstResponseKind(p: Patient): ResponseGrade {
  if (p.bestResponse === 'CR') return p.crWk === null || p.crWk === p.responseWk ? 'CR' : 'PR';
  return p.bestResponse as ResponseGrade;
}

/**
 * Lays out one lane's marks inside its band (`top` to `top + step`): with room (step ≥ 12) the
 * bar at 66% of the band with response, CR, loss and death markers on it and the end-of-lane
 * symbol (an arrow after an ongoing response, a bar for alive without response) and, on a thin
 * track above it, glucocorticoid halved, fever resolved and adverse events (at their week, or at
 * the lane's start when only flagged); in thin lanes, the bar in the middle and its events as
 * ticks the band's height. Marks at equal or nearby times are moved apart along their row
 * (`dodge`), so none hides another. `x` maps weeks to the plot (the zoomed axis); `responder`
 * says whether the patient counts as responding. Every symbol lies inside the band.
 * Reference: README, "The swimmer plot".
 * @example laneMarks(p, { x: (w) => 10 * w, top: 0, step: 26, responder: true, ongoing: true }).markers.map((m) => m.kind)
 */
export function laneMarks(
  p: Patient,
  {
    x,
    top,
    step,
    responder,
    ongoing,
  }: {
    x: (week: number) => number;
    top: number;
    step: number;
    responder: boolean;
    ongoing: boolean;
  },
): LaneMarks {
  const full = step >= FULL_DETAIL_STEP;
  const L = LANE_LAYOUT;
  const barY = round(top + (full ? L.barY : 0.5) * step);
  const bar = round(full ? L.bar * step : Math.max(1, step * 0.8));
  const markR = round(full ? L.markR * step : step * 0.45);
  const status: LaneStatus =
    p.deathWk !== null ? 'died' : ongoing ? 'ongoing' : p.lossWk !== null ? 'lost' : 'censored';

  type Draft = { kind: MarkerKind; week: number | null; at: number; r: number };
  const onBar: Draft[] = [];
  const add = (list: Draft[], kind: MarkerKind, week: number | null | undefined, r: number) => {
    if (week !== null && week !== undefined) list.push({ kind, week, at: x(week), r });
  };
  if (responder && isResponseGrade(p.bestResponse)) {
    add(onBar, `response-${firstResponseKind(p)}`, p.responseWk, markR);
  }
  add(onBar, 'cr', p.crWk !== null && p.crWk !== p.responseWk ? p.crWk : null, markR);
  add(onBar, 'loss', p.lossWk, markR);
  add(onBar, 'death', p.deathWk, markR);
  const endR = round(full ? L.endR * step : markR);
  if (status === 'ongoing') {
    onBar.push({ kind: 'ongoing', week: p.followupWk, at: x(p.followupWk) + endR, r: endR });
  } else if (full && status !== 'died') {
    onBar.push({ kind: 'censored', week: p.followupWk, at: x(p.followupWk), r: endR });
  }

  const onTrack: Draft[] = [];
  if (full) {
    const trackR = round(L.trackR * step);
    add(onTrack, 'gc-halved', p.gcHalvedWk, trackR);
    add(onTrack, 'fever-resolved', p.feverResolvedWk, trackR);
    const saeWk = p.saeWk ?? null;
    if (saeWk !== null) add(onTrack, 'sae', saeWk, trackR);
    else if (p.saeRelated) {
      onTrack.push({ kind: 'sae-untimed', week: null, at: Math.max(x(0), 0) + trackR, r: trackR });
    }
  }

  const place = (drafts: Draft[], y: number): Marker[] => {
    const xs = dodge(drafts);
    return drafts.map((d, i) => ({
      kind: d.kind,
      week: d.week,
      at: round(d.at),
      x: round(xs[i]),
      y,
      r: d.r,
    }));
  };
  return {
    barY,
    bar,
    markers: [...place(onTrack, round(top + L.trackY * step)), ...place(onBar, barY)],
    status,
  };
}
