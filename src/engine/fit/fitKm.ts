import type { KmModel } from '../models/timeModel.ts';
import type { CensoredObservation, CensoringKind } from './censoredObservation.ts';
import { fitDataCurve } from './fitDataCurve.ts';
import { unfittable } from './fitProblem.ts';
import type { ModelFit } from './modelFit.ts';

/**
 * The Kaplan–Meier estimate of censored times as a model to draw from (see `km`): an event is
 * counted at its exact time or at the upper end of its interval (the visit that saw it, so the
 * curve is the one the analysis shows), and beyond the last observed time the curve falls
 * exponentially at the rate of the last stretch — events over time at risk in the second half of
 * the follow-up, (t_last / 2, t_last], with half an event when there is none — unless `tailRate`
 * is given. Not fitted by a likelihood: `loglik` and `aic` are `null`. Not fittable without an event.
 * Reference: Efron (1981), JASA 76:312; the tail as in Brown, Hollander & Korwar (1974).
 * @example fitKm(observations, 'right').params // { times: [1, 2, 5], survival: [...], tail_from_wk: 31, tail_rate: 0.032, steps: 3 }
 */
export function fitKm(
  observations: readonly CensoredObservation[],
  censoring: CensoringKind,
  { tailRate }: { tailRate?: number } = {},
): ModelFit {
  if (observations.length === 0) return unfittable('km', censoring, 0, 'no-data');
  const curve = fitDataCurve(observations);
  if (curve.events === 0) return unfittable('km', censoring, 0, 'no-event');
  const last = curve.time.at(-1)!;
  const from = last / 2;
  let events = 0;
  let exposure = 0;
  curve.time.forEach((t, i) => {
    if (t <= from) return;
    exposure += (t - from) * (curve.nEvent[i] + curve.nCensor[i]);
    events += curve.nEvent[i];
  });
  const rate = tailRate ?? (exposure > 0 ? Math.max(events, 0.5) / exposure : 0);
  const steps = curve.time.flatMap((t, i) => (curve.nEvent[i] > 0 ? [i] : []));
  const fitted: KmModel = {
    distribution: 'km',
    times: steps.map((i) => curve.time[i]),
    survival: steps.map((i) => curve.survival[i]),
    tail_from_wk: last,
    tail_rate: rate,
  };
  return {
    model: 'km',
    censoring,
    fittable: true,
    reason: `Kaplan–Meier steps, then exponential at ${rate.toPrecision(3)} per week after week ${last}`,
    loglik: null,
    df: 0,
    aic: null,
    params: {
      times: fitted.times,
      survival: fitted.survival,
      tail_from_wk: last,
      tail_rate: rate,
    },
    fitted,
  };
}
