import type { FamilyName } from '../models/timeModel.ts';
import type { CensoringKind } from './censoredObservation.ts';
import { unfittable } from './fitProblem.ts';
import { fitSummary } from './fitSummary.ts';
import { familyModel } from './locationScale.ts';
import { logLikelihood } from './logLikelihood.ts';
import { maximize } from './maximize.ts';
import type { ModelFit } from './modelFit.ts';
import { modelParams } from './modelParams.ts';
import { scaleReachesBoundary } from './scaleReachesBoundary.ts';
import type { TalliedObservations } from './tallyObservations.ts';

/**
 * Fits one parametric family (exponential, Weibull, log-normal, log-logistic) by maximum
 * likelihood to censored times, as R's `survreg(Surv(lower, upper, type = "interval2") ~ 1,
 * dist = family)`: over the intercept μ and log scale of log time, from six starts (two
 * locations × scales 0.5, 1, 2), Nelder–Mead then Newton (`maximize`). Not fittable without an
 * event, with fewer than two distinct event times (but the exponential), or when the likelihood
 * keeps rising as the scale shrinks (no maximum).
 * Reference: Lawless (2003), Statistical Models and Methods for Lifetime Data, §5.
 * @example fitFamily(tallyObservations(times), 'weibull', 'right').params // { median, shape, intercept, scale }
 */
export function fitFamily(
  data: TalliedObservations,
  family: FamilyName,
  censoring: CensoringKind,
): ModelFit {
  const df = family === 'exponential' ? 1 : 2;
  const summary = fitSummary(data);
  if (summary.observations === 0) return unfittable(family, censoring, df, 'no-data');
  if (summary.events === 0) return unfittable(family, censoring, df, 'no-event');
  if (df === 2 && summary.distinctEventTimes.length < 2)
    return unfittable(family, censoring, df, 'one-event-time');
  const loglik = (x: number[]) =>
    logLikelihood(familyModel(family, x[0], df === 2 ? x[1] : 0), data);
  const locations = [summary.logMeanTime, summary.meanLogEventTime];
  const starts =
    df === 1
      ? locations.map((mu) => [mu])
      : locations.flatMap((mu) => [Math.log(0.5), 0, Math.log(2)].map((s) => [mu, s]));
  const best = maximize(loglik, starts);
  if (!Number.isFinite(best.value)) return unfittable(family, censoring, df, 'degenerate');
  if (df === 2 && scaleReachesBoundary(loglik, best, 1))
    return unfittable(family, censoring, df, 'degenerate');
  const [mu, logScale = 0] = best.x;
  const fitted = familyModel(family, mu, logScale);
  return {
    model: family,
    censoring,
    fittable: true,
    loglik: best.value,
    df,
    aic: -2 * best.value + 2 * df,
    params: { ...modelParams(fitted), intercept: mu, scale: Math.exp(logScale) },
    fitted,
  };
}
