import { RESPONSE_GRADES, type ResponseCode } from './cohort.ts';

/** Options shared by every endpoint: the interval level, who counts as a responder, landmark weeks. */
export interface AnalysisOptions {
  /** Two-sided confidence level, 0 < level < 1. */
  level: number;
  /** Best-response codes counted as response; the seed study counts improvement (IMP). */
  responders: readonly ResponseCode[];
  /** Weeks w for "responded by week w" (inclusive). */
  byWeek: readonly number[];
  /** Weeks at which the Kaplan–Meier rates of response and duration of response are read. */
  landmarks: readonly number[];
}

/**
 * The defaults: 95% intervals, CR + PR + IMP as response, "responded by" weeks 1, 2 and 4, and
 * Kaplan–Meier landmarks at weeks 4, 12 and 26.
 */
export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = Object.freeze({
  level: 0.95,
  responders: RESPONSE_GRADES,
  byWeek: Object.freeze([1, 2, 4]),
  landmarks: Object.freeze([4, 12, 26]),
});
