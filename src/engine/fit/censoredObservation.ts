/**
 * One time for fitting, in weeks: the event happened in (lower, upper]; `lower === upper` means
 * exactly then; `upper === Infinity` means censored at `lower` (still going). R's
 * `Surv(lower, upper, type = "interval2")` with a lower bound of 0 as left-censored.
 */
export interface CensoredObservation {
  lower: number;
  upper: number;
}

/** How the times of a fit are read: exact or right-censored, or losses and onsets in visit intervals. */
export type CensoringKind = 'right' | 'interval';
