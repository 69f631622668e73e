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
  /** Resolved of febrile at baseline, with its intervals (`estimate: null` when none was febrile). */
  rate: ProportionResult;
  resolved_by_week: Record<string, number>;
  median_time: number | null;
}

/**
 * Why some endpoints are missing from a report (for example, a responder without a response
 * time leaves duration and time to response undefined); each key names a left-out endpoint.
 */
export interface UnavailableEndpoints {
  /** The response proportions (ORR, CR, PR, IMP, NR, NE): no response was recorded. */
  response?: string;
  dor?: string;
  ttr?: string;
  response_by_week?: string;
}

/** What each endpoint that can be unavailable is called, in the command line's table and the page. */
export const UNAVAILABLE_LABELS: Record<keyof UnavailableEndpoints, string> = {
  response: 'Response rates (ORR, CR, PR, IMP, NR, NE)',
  dor: 'Duration of response',
  ttr: 'Time to response',
  response_by_week: 'Responded by week',
};

/** Everything `analyze` reports for a cohort; keys match the CLI's JSON output. */
export interface AnalysisReport {
  n: number;
  level: number;
  responders: string[];
  /** Overall response of all patients; this and the other proportions of best response are `null` when no response was recorded (`unavailable.response`). */
  orr: ProportionResult | null;
  cr: ProportionResult | null;
  pr: ProportionResult | null;
  imp: ProportionResult | null;
  /** No response (NR) of all patients. */
  nr: ProportionResult | null;
  /** Not evaluable (NE) of all patients. */
  ne: ProportionResult | null;
  response_by_week: Record<string, ProportionResult>;
  dor: KmResult | null;
  ttr: { responders_median: number | null; km: KmResult | null };
  gc_halved: TimedProportionResult | null;
  fever: FeverResult | null;
  demographics: { female: number; male: number; median_age: number | null };
  /** Median follow-up (reverse Kaplan–Meier and observed); `null` for an empty cohort. */
  followup: FollowupResult | null;
  /** Share still in response at each landmark week (Kaplan–Meier of DOR). */
  dor_landmarks: LandmarkRate[];
  /** Share responded by each landmark week (1 − Kaplan–Meier of TTR over all patients). */
  response_landmarks: LandmarkRate[];
  /** Cumulative incidence of loss of response and of death among responders; `null` without responders. */
  dor_competing: { loss: IncidenceRow[]; death: IncidenceRow[] } | null;
  /**
   * Endpoints left out (`dor: null`, `ttr` nulls, `response_by_week: {}`, no landmarks or
   * competing risks; with `response`, the proportions of best response too) because the cohort
   * cannot give them, with the reason; empty when every endpoint was computed.
   */
  unavailable: UnavailableEndpoints;
}

/** A Kaplan–Meier rate at a landmark week; `null` where not estimable (after the curve's last time). */
export interface LandmarkRate {
  week: number;
  estimate: number | null;
  /** Standard error of the estimate (R's `summary(fit, times)` std.err). */
  se: number | null;
  /** Pointwise interval under each transform. */
  ci: Record<KmTransform, Interval>;
}

/** Median follow-up: reverse Kaplan–Meier (alive at last contact is the event) and the plain median. */
export interface FollowupResult {
  reverse_km: KmResult;
  /** Median of the observed times (to death or last contact). */
  median_observed: number | null;
  /** Overall survival from the start of treatment: Kaplan–Meier with death as the event. */
  overall_survival: KmResult;
}

/** One row of a cumulative incidence table, at a time when some competing event occurs. */
export interface IncidenceRow {
  time: number;
  /** Still in the initial state (at risk of every cause) just before `time`. */
  n_risk: number;
  /** Events of this cause at `time`. */
  n_event: number;
  /** Aalen–Johansen cumulative incidence. */
  estimate: number;
  /** Its standard error (infinitesimal jackknife, R's multi-state `survfit`). */
  se: number;
  /** Pointwise interval (log transform, R's default); `null` where the estimate is 0. */
  lower: number | null;
  upper: number | null;
  /** The naive 1 − Kaplan–Meier that censors the competing event (it overstates the incidence). */
  naive: number;
}
