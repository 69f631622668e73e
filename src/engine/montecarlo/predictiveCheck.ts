import type { SimulationChunk } from './simulationChunk.ts';
import { STUDY_STATISTICS, type StudyStatistic } from './studyStatistics.ts';

/** Where an observed statistic falls among the simulated studies. */
export interface PredictiveCheckEntry {
  /** The observed value; `null` when not reached (see `not_reached`) or undefined. */
  observed: number | null;
  /** Set for a median the observed curve never reached. */
  not_reached?: true;
  /** Percent of simulated studies below it, ties counted half (0–100); `null` when undefined. */
  percentile: number | null;
  /** Simulated studies in which the statistic exists (a median DOR needs a responder). */
  studies: number;
  /** Outside the 5th–95th percentile: the model does not reproduce it, said in words. */
  message: string | null;
}

/** The predictive check of every study statistic. */
export type PredictiveCheck = Record<StudyStatistic, PredictiveCheckEntry>;

/** How the statistics are named in the words of the check. */
export const STUDY_STATISTIC_LABELS: Record<StudyStatistic, string> = {
  orr: 'ORR',
  cr: 'CR rate',
  response_by_week_1: 'share responding by week 1',
  dor_median: 'median DOR',
  ttr_median: 'median TTR',
  dor_events: 'number of DOR events',
};

/** A share in whole percent, rounded down so the words never overstate it ("less than 1%" above 0). */
const percent = (share: number) =>
  share > 0 && share < 0.01 ? 'less than 1%' : `${Math.floor(share * 100)}%`;

/**
 * A posterior-predictive-style check of a fitted scenario: for each statistic the study
 * reported (`observed`, from `studyStatistics`), its percentile among the simulated studies
 * (the share below it plus half the share equal to it; a median not reached, `Infinity`, is
 * larger than every reached one), and below the 5th or above the 95th percentile a sentence
 * saying that the model does not reproduce it. Studies where a statistic is undefined (`NaN`)
 * are left out of its percentile.
 * Reference: Gelman, Meng & Stern (1996), Statistica Sinica 6:733 (predictive checks).
 * @example predictiveCheck(chunks, studyStatistics(cohort.patients)).dor_median.message // 'the observed median DOR is smaller than in 97% of simulated studies: the model does not reproduce it'
 */
export function predictiveCheck(
  chunks: readonly SimulationChunk[],
  observed: Record<StudyStatistic, number>,
): PredictiveCheck {
  const k = STUDY_STATISTICS.length;
  return Object.fromEntries(
    STUDY_STATISTICS.map((name, index) => {
      const value = observed[name];
      let below = 0;
      let equal = 0;
      let above = 0;
      for (const chunk of chunks) {
        for (let i = index; i < chunk.statistics.length; i += k) {
          const v = chunk.statistics[i];
          if (Number.isNaN(v)) continue;
          if (v < value) below++;
          else if (v === value) equal++;
          else above++;
        }
      }
      const studies = below + equal + above;
      const defined = !Number.isNaN(value) && studies > 0;
      const percentile = defined ? (100 * (below + equal / 2)) / studies : null;
      const label = STUDY_STATISTIC_LABELS[name];
      const shown = value === Infinity ? `${label} (not reached)` : label;
      const ties = equal > 0 ? ` (equal in ${percent(equal / studies)})` : '';
      let message: string | null = null;
      if (percentile !== null && percentile < 5)
        message = `the observed ${shown} is smaller than in ${percent(above / studies)} of simulated studies${ties}: the model does not reproduce it`;
      else if (percentile !== null && percentile > 95)
        message = `the observed ${shown} is larger than in ${percent(below / studies)} of simulated studies${ties}: the model does not reproduce it`;
      const entry: PredictiveCheckEntry = {
        observed: Number.isFinite(value) ? value : null,
        ...(value === Infinity ? { not_reached: true as const } : {}),
        percentile,
        studies,
        message,
      };
      return [name, entry];
    }),
  ) as PredictiveCheck;
}
