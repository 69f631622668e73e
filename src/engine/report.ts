/** Interval methods for a binomial proportion, in display order. */
export const PROPORTION_METHODS = [
  'clopper-pearson',
  'wilson',
  'jeffreys',
  'agresti-coull',
  'wald',
] as const;

/** One interval method for a binomial proportion. */
export type ProportionMethod = (typeof PROPORTION_METHODS)[number];

/** Transforms for the Kaplan–Meier confidence interval (R survival's `conf.type`). */
export const KM_TRANSFORMS = ['log', 'log-log', 'plain'] as const;

/** One Kaplan–Meier confidence-interval transform. */
export type KmTransform = (typeof KM_TRANSFORMS)[number];

/** A closed interval `[lower, upper]`; either bound may be `null` when undefined or not reached. */
export type Interval = [number | null, number | null];

/** A proportion x/n with its estimate and an interval for every method. */
export interface ProportionResult {
  x: number;
  n: number;
  /** x / n, or `null` when n = 0. */
  estimate: number | null;
  ci: Record<ProportionMethod, Interval>;
}

/** One row of a Kaplan–Meier table: a distinct time with an event or a censoring. */
export interface KmRow {
  time: number;
  n_risk: number;
  n_event: number;
  n_censor: number;
  survival: number;
  /** Pointwise bounds with the log transform; `null` where undefined (survival 0). */
  lower: number | null;
  upper: number | null;
}

/** A Kaplan–Meier estimate: the table, its median and the median's confidence intervals. */
export interface KmResult {
  n: number;
  events: number;
  /** Median survival time, or `null` when not reached. */
  median: number | null;
  /** Brookmeyer–Crowley interval for the median per transform; `null` bounds are not reached. */
  ci: Record<KmTransform, Interval>;
  table: KmRow[];
}

/** A proportion plus the median time among those who achieved it. */
export interface TimedProportionResult extends ProportionResult {
  median_time: number | null;
}

/** Fever at baseline and its resolution. */
export interface FeverResult {
  baseline: number;
  resolved: number;
  resolved_by_week: Record<string, number>;
  median_time: number | null;
}

/** Endpoints that `analyze` could not compute from the cohort, each with the reason in words. */
export interface UnavailableEndpoints {
  dor?: string;
  ttr?: string;
  response_by_week?: string;
}

/** Everything `analyze` reports for a cohort; keys match the CLI's JSON output. */
export interface AnalysisReport {
  n: number;
  level: number;
  responders: string[];
  orr: ProportionResult;
  cr: ProportionResult;
  pr: ProportionResult;
  imp: ProportionResult;
  response_by_week: Record<string, ProportionResult>;
  dor: KmResult | null;
  ttr: { responders_median: number | null; km: KmResult | null };
  gc_halved: TimedProportionResult | null;
  fever: FeverResult | null;
  demographics: { female: number; male: number; median_age: number | null };
  /**
   * Endpoints left out (`dor: null`, `ttr` nulls, `response_by_week: {}`) because the cohort
   * cannot give them, with the reason; empty when every endpoint was computed.
   */
  unavailable: UnavailableEndpoints;
}
