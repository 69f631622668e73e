import { DEFAULT_ANALYSIS_OPTIONS } from '../analysisOptions.ts';
import type { Patient, ResponseCode } from '../cohort.ts';
import { dorObservations } from '../dorObservations.ts';
import { kaplanMeier, type KmCurve } from '../kaplanMeier.ts';
import { responseOnset } from '../responseOnset.ts';
import { ttrObservations } from '../ttrObservations.ts';
import { kmMedianCode, kmMedianValue } from './kmMedianCode.ts';

/** The statistics every simulated study records, for the predictive check, in this order. */
export const STUDY_STATISTICS = [
  'orr',
  'cr',
  'response_by_week_1',
  'dor_median',
  'ttr_median',
  'dor_events',
] as const;

/** One of them. */
export type StudyStatistic = (typeof STUDY_STATISTICS)[number];

/** The median of a Kaplan–Meier curve as `kmMedian` gives it, without its interval; Infinity when not reached. */
function curveMedian(curve: KmCurve): number {
  const times = Float64Array.from(curve.time);
  const counts = new Float64Array(2 * times.length);
  curve.nEvent.forEach((events, k) => {
    counts[2 * k] = events;
    counts[2 * k + 1] = curve.nCensor[k];
  });
  const code = kmMedianCode(times, counts, curve.n);
  return code < 0 ? Infinity : kmMedianValue(times, code);
}

/**
 * The statistics a study reports, as `analyze` defines them: ORR, CR rate and the share that
 * responded by week 1 (over all patients), the Kaplan–Meier median DOR and median TTR (TTR over
 * all patients, non-responders censored), and the number of DOR events (losses and deaths).
 * A median not reached is `Infinity`; a value that does not exist (no patient, or no responder
 * for the median DOR) is `NaN`. `dorCurve` passes the DOR curve when it is already computed.
 * @example studyStatistics(hlh.patients) // { orr: 0.833, cr: 0.111, response_by_week_1: 0.778, dor_median: 1, ttr_median: 1, dor_events: 11 }
 */
export function studyStatistics(
  patients: readonly Patient[],
  {
    responders = DEFAULT_ANALYSIS_OPTIONS.responders,
    dorCurve,
  }: { responders?: readonly ResponseCode[]; dorCurve?: KmCurve } = {},
): Record<StudyStatistic, number> {
  const n = patients.length;
  if (n === 0)
    return Object.fromEntries(STUDY_STATISTICS.map((s) => [s, NaN])) as Record<
      StudyStatistic,
      number
    >;
  let responded = 0;
  let byWeek1 = 0;
  for (const p of patients) {
    const onset = responseOnset(p, responders);
    if (onset === null) continue;
    responded++;
    if (onset <= 1) byWeek1++;
  }
  const curve =
    dorCurve ?? (responded > 0 ? kaplanMeier(dorObservations(patients, responders)) : null);
  return {
    orr: responded / n,
    cr: patients.filter((p) => p.bestResponse === 'CR').length / n,
    response_by_week_1: byWeek1 / n,
    dor_median: curve && curve.n > 0 ? curveMedian(curve) : NaN,
    ttr_median: curveMedian(kaplanMeier(ttrObservations(patients, responders))),
    dor_events: curve?.events ?? 0,
  };
}
