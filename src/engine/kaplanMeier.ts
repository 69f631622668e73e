import { countAtTimes } from './countAtTimes.ts';

/** One subject's follow-up: the time in weeks and whether it ended in the event (else censored). */
export interface SurvivalObservation {
  time: number;
  event: boolean;
}

/** A Kaplan–Meier curve with one entry per distinct time (event or censoring), as R's `survfit`. */
export interface KmCurve {
  n: number;
  events: number;
  time: number[];
  nRisk: number[];
  nEvent: number[];
  nCensor: number[];
  survival: number[];
  /**
   * R's `std.err`: the standard error of the cumulative hazard, Greenwood's
   * sqrt(sum d / (n (n - d))); `Infinity` once the curve reaches 0, as in R.
   */
  stdErr: number[];
}

/**
 * The Kaplan–Meier estimate with Greenwood's variance, row for row as R survival's `survfit`.
 * At a tied time events come before censorings: those censored then are still at risk, and the time
 * is one row with its events and censorings. Times within sqrt(machine epsilon) are merged first,
 * as R's `aeqSurv` does. Assumes finite times; an empty list gives an empty curve.
 * Reference: Kaplan & Meier (1958), JASA 53:457; R survival 3.5 `survfit.formula` / `survfitKM`.
 * @example kaplanMeier([{ time: 1, event: true }, { time: 2, event: false }]).survival // [0.5, 0.5]
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): KmCurve {
  const { time, counts } = countAtTimes(
    observations.map((o) => o.time),
    observations.map((o) => (o.event ? 1 : 0)),
    2,
  );
  const [nCensor, nEvent] = counts;
  const curve: KmCurve = {
    n: observations.length,
    events: 0,
    time,
    nRisk: [],
    nEvent,
    nCensor,
    survival: [],
    stdErr: [],
  };
  let km = 1;
  let greenwood = 0;
  let nRisk = observations.length;
  time.forEach((_, i) => {
    const d = nEvent[i];
    if (d > 0) {
      km *= (nRisk - d) / nRisk;
      greenwood += d / (nRisk * (nRisk - d));
    }
    curve.events += d;
    curve.nRisk.push(nRisk);
    curve.survival.push(km);
    curve.stdErr.push(Math.sqrt(greenwood));
    nRisk -= d + nCensor[i];
  });
  return curve;
}
