import type { FamilyName, MixtureModel } from '../models/timeModel.ts';
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
 * Fits a durable-response mixture by maximum likelihood: a fraction π = 1 / (1 + e^−η) whose
 * time never ends, the rest from `family` (intercept μ and log scale of log time, as `fitFamily`).
 * Optimized over (η, μ, log σ) from nine starts (π of 0.1, 0.5 and the share censored after the
 * last event, × scales 0.5, 1, 2), Nelder–Mead then Newton. Not fittable without an event, without a
 * censored time (π would be 0), with fewer than two distinct event times (but an exponential
 * rest), or when the rest's scale runs to 0 (no maximum).
 * Reference: Farewell (1982), The use of mixture models for the analysis of survival data with
 * long-term survivors, Biometrics 38:1041.
 * @example fitMixture(tallyObservations(times), 'weibull', 'interval').params // { durable, family, median, shape, … }
 */
export function fitMixture(
  data: TalliedObservations,
  family: FamilyName,
  censoring: CensoringKind,
): ModelFit {
  const shaped = family !== 'exponential';
  const df = shaped ? 3 : 2;
  const summary = fitSummary(data);
  const no = (problem: Parameters<typeof unfittable>[3]) =>
    unfittable('mixture', censoring, df, problem, family);
  if (summary.observations === 0) return no('no-data');
  if (summary.events === 0) return no('no-event');
  if (summary.censored === 0) return no('no-censoring');
  if (shaped && summary.distinctEventTimes.length < 2) return no('one-event-time');
  const model = (x: number[]): MixtureModel => ({
    distribution: 'mixture',
    durable: 1 / (1 + Math.exp(-x[0])),
    rest: familyModel(family, x[1], shaped ? x[2] : 0),
  });
  const loglik = (x: number[]) => logLikelihood(model(x), data);
  const lastEvent = summary.distinctEventTimes.at(-1)!;
  let plateau = 0;
  for (let i = 0; i < data.count.length; i++)
    if (data.upper[i] === Infinity && data.lower[i] >= lastEvent) plateau += data.count[i];
  const shares = [0.1, 0.5, Math.min(0.9, Math.max(0.05, plateau / summary.observations))];
  const mu = summary.meanLogEventTime;
  const starts = shares.flatMap((p) => {
    const eta = Math.log(p / (1 - p));
    return shaped ? [Math.log(0.5), 0, Math.log(2)].map((s) => [eta, mu, s]) : [[eta, mu]];
  });
  const best = maximize(loglik, starts);
  if (!Number.isFinite(best.value)) return no('degenerate');
  if (shaped && scaleReachesBoundary(loglik, best, 2)) return no('degenerate');
  const fitted = model(best.x);
  return {
    model: 'mixture',
    family,
    censoring,
    fittable: true,
    loglik: best.value,
    df,
    aic: -2 * best.value + 2 * df,
    params: {
      ...modelParams(fitted),
      intercept: best.x[1],
      scale: shaped ? Math.exp(best.x[2]) : 1,
    },
    fitted,
  };
}
