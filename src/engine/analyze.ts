import type { Cohort, ResponseCode } from './cohort.ts';
import type { AnalysisReport, UnavailableEndpoints } from './report.ts';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions } from './analysisOptions.ts';
import { demographics } from './demographics.ts';
import { cumulativeIncidence } from './cumulativeIncidence.ts';
import { dorObservations } from './dorObservations.ts';
import { dorOutcomes } from './dorOutcomes.ts';
import { feverResolution } from './feverResolution.ts';
import { followUp } from './followUp.ts';
import { glucocorticoidHalved } from './glucocorticoidHalved.ts';
import { kaplanMeier } from './kaplanMeier.ts';
import { kmLandmarks } from './kmLandmarks.ts';
import { median } from './median.ts';
import { missingResponseTimes } from './missingResponseTimes.ts';
import { proportion } from './proportion.ts';
import { responseOnset } from './responseOnset.ts';
import { NO_RESPONSE_RECORDED, responseNotRecorded } from './responseNotRecorded.ts';
import { summarizeCurve } from './summarizeCurve.ts';
import { ttrObservations } from './ttrObservations.ts';

/** Names a few ids: `P1, P2 and 3 more`. */
function someIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

/** Every response endpoint, unavailable for the same reason. */
function noResponseEndpoints(): UnavailableEndpoints {
  const reason = `not available for this cohort: ${NO_RESPONSE_RECORDED}`;
  return { response: reason, dor: reason, ttr: reason, response_by_week: reason };
}

/** Why the time-to-event endpoints are unavailable when responders lack a response time. */
function unavailableEndpoints(missing: readonly string[]): UnavailableEndpoints {
  if (missing.length === 0) return {};
  const who =
    missing.length === 1
      ? `responder ${someIds(missing)} has no response time`
      : `${missing.length} responders (${someIds(missing)}) have no response time`;
  return {
    dor: `not available: ${who}; duration of response starts at the first response`,
    ttr: `not available: ${who}; time to response needs the week of first response`,
    response_by_week: `not available: ${who}; responding by a week needs the week of first response`,
  };
}

/** Options of `analyze`: those of every endpoint, and whether the cohort records response. */
export interface AnalyzeOptions extends AnalysisOptions {
  /**
   * Whether response was recorded (default: unless `responseNotRecorded` says otherwise of the
   * patients). A subgroup passes its whole cohort's answer, so that a group of NE patients in a
   * cohort with responses still has its proportions.
   */
  responseRecorded: boolean;
}

/**
 * Computes every endpoint of a single-arm cohort with its confidence intervals.
 * Every proportion has all patients as its denominator (NE counts as non-response); duration
 * and time to response use Kaplan–Meier as R's survival package does, with landmark rates, the
 * reverse Kaplan–Meier follow-up and overall survival, and the competing risks (loss, death) that
 * end a response.
 * When a responder has no response time, the proportions are still computed but the
 * time-to-event endpoints are not (`dor: null`, `ttr` nulls, `response_by_week: {}`, no
 * landmarks or competing risks), and `unavailable` says why. When no response was recorded at
 * all (`responseNotRecorded`: a cohort rebuilt from a survival figure), the proportions of best
 * response are `null` too, rather than 0 of n, and `unavailable.response` says why; follow-up and
 * overall survival are computed as for any cohort.
 * @example analyze(cohort).orr?.estimate // 0.8333 for 15 responders of 18
 */
export function analyze(cohort: Cohort, options: Partial<AnalyzeOptions> = {}): AnalysisReport {
  const { level, responders, byWeek, landmarks } = { ...DEFAULT_ANALYSIS_OPTIONS, ...options };
  const { patients } = cohort;
  const n = patients.length;
  const recorded = options.responseRecorded ?? !responseNotRecorded(patients);
  // One pass over the patients for the counts and onsets: a large cohort has 100,000 of them.
  const tally = new Map<ResponseCode, number>();
  const onsets: number[] = [];
  for (const p of patients) {
    tally.set(p.bestResponse, (tally.get(p.bestResponse) ?? 0) + 1);
    const onset = responseOnset(p, responders);
    if (onset !== null) onsets.push(onset);
  }
  const count = (codes: readonly ResponseCode[]) =>
    [...new Set(codes)].reduce((sum, code) => sum + (tally.get(code) ?? 0), 0);
  const rate = (codes: readonly ResponseCode[]) =>
    recorded ? proportion(count(codes), n, { level }) : null;
  const dor = dorObservations(patients, responders);
  const unavailable = recorded
    ? unavailableEndpoints(missingResponseTimes(patients, responders))
    : noResponseEndpoints();
  const timed = unavailable.dor === undefined;
  const dorCurve = kaplanMeier(dor);
  const ttrCurve = kaplanMeier(ttrObservations(patients, responders));
  return {
    n,
    level,
    responders: [...responders],
    orr: rate(responders),
    cr: rate(['CR']),
    pr: rate(['PR']),
    imp: rate(['IMP']),
    nr: rate(['NR']),
    ne: rate(['NE']),
    response_by_week: timed
      ? Object.fromEntries(
          byWeek.map((w) => [
            String(w),
            proportion(onsets.filter((t) => t <= w).length, n, { level }),
          ]),
        )
      : {},
    dor: timed && dor.length > 0 ? summarizeCurve(dorCurve, { level }) : null,
    ttr: {
      responders_median: timed ? median(onsets) : null,
      km: timed && n > 0 ? summarizeCurve(ttrCurve, { level }) : null,
    },
    gc_halved: glucocorticoidHalved(cohort, { level }),
    fever: feverResolution(cohort, { byWeek, level }),
    demographics: demographics(patients),
    followup: n > 0 ? followUp(patients, { level }) : null,
    dor_landmarks: timed ? kmLandmarks(dorCurve, landmarks, { level }) : [],
    response_landmarks: timed ? kmLandmarks(ttrCurve, landmarks, { level, scale: 'event' }) : [],
    dor_competing:
      timed && dor.length > 0
        ? cumulativeIncidence(dorOutcomes(patients, responders), ['loss', 'death'], { level })
        : null,
    unavailable,
  };
}
