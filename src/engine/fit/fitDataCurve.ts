import { kaplanMeier, type KmCurve } from '../kaplanMeier.ts';
import type { CensoredObservation } from './censoredObservation.ts';

/**
 * The Kaplan–Meier curve of the times a model is fitted to, to draw the fits over: an event at
 * its exact time or at the upper end of its interval (the visit that saw it), a censored time
 * where it stops. For DOR it is the latent time to loss (deaths censored, see `survivalFitData`).
 * @example fitDataCurve([{ lower: 0, upper: 1 }, { lower: 3, upper: Infinity }]).survival // [0.5, 0.5]
 */
export function fitDataCurve(observations: readonly CensoredObservation[]): KmCurve {
  return kaplanMeier(
    observations.map((o) =>
      o.upper === Infinity ? { time: o.lower, event: false } : { time: o.upper, event: true },
    ),
  );
}
