import type { ResponseCode } from '../cohort.ts';

/** Counts of each best-overall-response code; codes left out count 0. */
export type ResponseCounts = Partial<Record<ResponseCode, number>>;

/**
 * The published summary of a single-arm cohort, as constraints for reconstruction.
 * Every field except `n`, `best_response`, `enrolment`, `cutoff` and `schedule` is optional;
 * a section left out is neither constrained nor generated (its columns are absent).
 * Times are weeks from the start of treatment; `by_week` keys are weeks, counts inclusive (t <= w).
 * Medians follow R's `median` (mean of the two middle values for an even count); `dor.median_wk`
 * is the Kaplan–Meier median of duration of response (R survival's convention).
 * Reference: the HLH–anakinra example in `public/cohorts/hlh-anakinra-2025.summary.json`.
 * @example { n: 18, best_response: { CR: 2, PR: 13, NR: 3 }, enrolment: { start: '2025-01-01', end: '2025-08-31' }, cutoff: '2025-09-30', schedule: { every_wk: 1 } }
 */
export interface CohortSummary {
  name?: string;
  source?: string;
  /** Number of patients. */
  n: number;
  /** Patients per best overall response; must add up to `n`. */
  best_response: ResponseCounts;
  /** Codes counted as response (default CR, PR, IMP). */
  responders?: ResponseCode[];
  /** Time to first response among responders: its median and counts responding by week w. */
  response?: { median_wk?: number; by_week?: Record<string, number> };
  /** Kaplan–Meier median duration of response (first response to loss or death). */
  dor?: { median_wk: number };
  /** Patients whose glucocorticoid dose was halved and the median time among them. */
  gc_halved?: { count: number; median_wk?: number };
  /** Patients febrile at baseline, how many resolved, and how many by week w. */
  fever?: { baseline: number; resolved: number; resolved_by_week?: Record<string, number> };
  sex?: { female: number; male: number };
  /** Median age in years, with the range to draw the other ages from (default 18–80). */
  age?: { median: number; min?: number; max?: number };
  /** Patients with a drug-related serious adverse event (default: not recorded). */
  sae_related?: number;
  /** Dates (ISO 8601, YYYY-MM-DD) of the first and last start of treatment. */
  enrolment: { start: string; end: string };
  /** Data cut-off date (ISO 8601); follow-up of the living runs to it. */
  cutoff: string;
  /**
   * Assessment schedule: responses and losses fall on multiples of `every_wk`; glucocorticoid
   * halving and fever resolution on multiples of `between_visits_wk` (default `every_wk`).
   */
  schedule: { every_wk: number; between_visits_wk?: number };
  /** Unreported details the generator must assume; every field has a default. */
  assumptions?: ReconstructionAssumptions;
}

/** Ranges for what a summary does not say; defaults in `DEFAULT_ASSUMPTIONS`. */
export interface ReconstructionAssumptions {
  /** Latest time of a first response, weeks. */
  max_response_wk?: number;
  /** Longest duration of a response that is lost, weeks. */
  max_dor_wk?: number;
  /** Latest glucocorticoid halving or fever resolution, weeks. */
  max_dose_change_wk?: number;
  /** Chance that a patient dies during follow-up, 0 to 1. */
  death_probability?: number;
  /** Range of the baseline glucocorticoid dose, prednisone-equivalent mg (multiples of 5). */
  gc_baseline_mg?: [number, number];
}

/** Defaults for every assumption a summary leaves out. */
export const DEFAULT_ASSUMPTIONS: Required<ReconstructionAssumptions> = Object.freeze({
  max_response_wk: 8,
  max_dor_wk: 26,
  max_dose_change_wk: 12,
  death_probability: 0.1,
  gc_baseline_mg: [30, 80] as [number, number],
});
