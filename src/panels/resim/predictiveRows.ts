import {
  STUDY_STATISTIC_LABELS,
  type PredictiveCheck,
} from '../../engine/montecarlo/predictiveCheck.ts';
import { STUDY_STATISTICS, type StudyStatistic } from '../../engine/montecarlo/studyStatistics.ts';
import { format } from '../../ui/format.ts';
import { shortNumber } from '../../ui/shortNumber.ts';

/** One observed statistic placed among the simulated studies, as the page shows it. */
export interface PredictiveRow {
  statistic: StudyStatistic;
  label: string;
  observed: string;
  /** The percentile (0–100) as shown, "—" when it does not exist. */
  percentile: string;
  /** Outside the 5th–95th percentile: the model does not reproduce it. */
  flagged: boolean;
  /** In words: the check's message when flagged, else where it falls. */
  verdict: string;
}

const PROPORTIONS: readonly StudyStatistic[] = ['orr', 'cr', 'response_by_week_1'];

function observedText(statistic: StudyStatistic, value: number | null, notReached: boolean) {
  if (notReached) return 'not reached';
  if (value === null) return '—';
  if (PROPORTIONS.includes(statistic)) return format.percent(value);
  if (statistic === 'dor_events') return String(value);
  return `${shortNumber(value)} wk`;
}

/**
 * The predictive check as rows of a table: each statistic the study reported, its observed
 * value, its percentile among the simulated studies (one decimal below 1 and above 99) and the
 * verdict in words — the check's sentence when it falls outside the 5th–95th percentile.
 * Example: `predictiveRows(report.predictive_check)[0].label === 'ORR'`.
 */
export function predictiveRows(check: PredictiveCheck): PredictiveRow[] {
  return STUDY_STATISTICS.map((statistic) => {
    const entry = check[statistic];
    const label = STUDY_STATISTIC_LABELS[statistic];
    const p = entry.percentile;
    const verdict =
      entry.message ??
      (p === null
        ? 'not defined in the simulated studies'
        : 'within the middle 90% of simulated studies');
    return {
      statistic,
      label: label.charAt(0).toUpperCase() + label.slice(1),
      observed: observedText(statistic, entry.observed, entry.not_reached === true),
      percentile: p === null ? '—' : p.toFixed(p < 1 || p > 99 ? 1 : 0),
      flagged: entry.message !== null,
      verdict: verdict.charAt(0).toUpperCase() + verdict.slice(1) + '.',
    };
  });
}
