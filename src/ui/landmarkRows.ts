import type { AnalysisReport, KmTransform, LandmarkRate } from '../engine/report.ts';
import { format } from './format.ts';

/** One landmark week as text: still in response and responded by then, each with its interval. */
export interface LandmarkRow {
  week: number;
  still: { estimate: string; interval: string };
  responded: { estimate: string; interval: string };
}

function rate(r: LandmarkRate | undefined, transform: KmTransform) {
  if (!r || r.estimate === null) return { estimate: 'not estimable', interval: '' };
  return {
    estimate: format.percent(r.estimate),
    interval: format.percentInterval(r.ci[transform]),
  };
}

/**
 * The landmark rates of a report as text, one row per week: the share still in response
 * (Kaplan–Meier of the duration of response) and the share responded by then (1 − Kaplan–Meier of
 * the time to response), each with its pointwise interval under the chosen transform; a week after
 * a curve's last time is "not estimable".
 * @example landmarkRows(report, 'log-log')[1] // { week: 12, still: { estimate: '26.7%', interval: '8.3% to 49.6%' }, responded: { estimate: 'not estimable', … } }
 */
export function landmarkRows(report: AnalysisReport, transform: KmTransform): LandmarkRow[] {
  const weeks = [
    ...new Set([...report.dor_landmarks, ...report.response_landmarks].map((r) => r.week)),
  ].sort((a, b) => a - b);
  return weeks.map((week) => ({
    week,
    still: rate(
      report.dor_landmarks.find((r) => r.week === week),
      transform,
    ),
    responded: rate(
      report.response_landmarks.find((r) => r.week === week),
      transform,
    ),
  }));
}
