import type { CensoringKind } from './censoredObservation.ts';
import type { FitProblem, ModelFit, ModelName } from './modelFit.ts';
import type { FamilyName } from '../models/timeModel.ts';

/** What each problem means, in words. */
export const FIT_PROBLEMS: Record<FitProblem, string> = {
  'no-data': 'no times to fit (no responders)',
  'no-event': 'no event: every time is censored, so no rate can be estimated',
  'one-event-time': 'only one distinct event time: a shape cannot be estimated from it',
  'no-censoring':
    'no censored time: a durable fraction cannot be estimated (its estimate would be 0)',
  'no-break': 'fewer than two distinct event times: no break can be placed between them',
  degenerate:
    'the likelihood has no maximum: it keeps rising as the model concentrates the times (too few distinct times, e.g. nearly all in one visit interval)',
};

/**
 * A fit-table row for a model that cannot be fitted, with the problem in words.
 * @example unfittable('weibull', 'right', 2, 'no-event').reason // 'no event: every time is censored, …'
 */
export function unfittable(
  model: ModelName,
  censoring: CensoringKind,
  df: number,
  problem: FitProblem,
  family?: FamilyName,
): ModelFit {
  return {
    model,
    ...(family ? { family } : {}),
    censoring,
    fittable: false,
    problem,
    reason: FIT_PROBLEMS[problem],
    loglik: null,
    df,
    aic: null,
    params: null,
    fitted: null,
  };
}
