import type { FamilyName, TimeModel } from '../models/timeModel.ts';
import type { CensoringKind } from './censoredObservation.ts';

/** The models a fit table holds, as `fit --model` names them. */
export const MODEL_NAMES = [
  'exponential',
  'weibull',
  'lognormal',
  'loglogistic',
  'piecewise',
  'mixture',
  'km',
] as const;

/** One model name. */
export type ModelName = (typeof MODEL_NAMES)[number];

/** Why a model cannot be fitted to a set of times. */
export type FitProblem =
  'no-data' | 'no-event' | 'one-event-time' | 'no-censoring' | 'no-break' | 'degenerate';

/**
 * One row of a fit table: a model fitted by maximum likelihood to censored times, or why it
 * cannot be. `loglik` is on the time scale of weeks as R's `survreg` reports it; `aic` is
 * −2 loglik + 2 df. The Kaplan–Meier model is not fitted by a likelihood comparable with the
 * others: its `loglik` and `aic` are `null`.
 */
export interface ModelFit {
  model: ModelName;
  /** For a mixture: the family of the responses that end. */
  family?: FamilyName;
  censoring: CensoringKind;
  fittable: boolean;
  /** Set when not fittable. */
  problem?: FitProblem;
  /** In words, when not fittable, or how the nonparametric model was made. */
  reason?: string;
  loglik: number | null;
  /** Free parameters. */
  df: number;
  aic: number | null;
  /** The parameters, named (as `fit` prints them); for the families also R's `intercept` and `scale`. */
  params: Record<string, number | number[] | string> | null;
  /** The fitted model, ready for a scenario; `null` when not fittable. */
  fitted: TimeModel | null;
}
