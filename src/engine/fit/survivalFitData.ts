import type { Patient, ResponseCode } from '../cohort.ts';
import { responseOnset } from '../responseOnset.ts';
import type { CensoredObservation } from './censoredObservation.ts';
import { MIN_FIT_TIME } from './minFitTime.ts';

/** Exactly at t (floored to MIN_FIT_TIME). */
const exact = (t: number): CensoredObservation => {
  const time = Math.max(t, MIN_FIT_TIME);
  return { lower: time, upper: time };
};

/** Still going at t. */
const censored = (t: number): CensoredObservation => ({
  lower: Math.max(t, MIN_FIT_TIME),
  upper: Infinity,
});

/** Seen at t on a visit every v weeks: it happened in (t − v, t]. */
const seen = (t: number, v: number): CensoredObservation => ({
  lower: Math.max(t - v, 0),
  upper: Math.max(t, MIN_FIT_TIME),
});

/**
 * The times a model of duration of response (`dor`) or time to response (`ttr`) is fitted to,
 * one per responder. The DOR model is the latent time to loss of response, as a scenario draws
 * it beside its own death hazard: a loss is the event; a death first ends the observation
 * (censored exactly at it, known to the day, so that deaths are not counted twice); otherwise
 * the time is censored at last follow-up. TTR is the onset (responders only: the scenario draws
 * who responds separately). With `visitWk`, times recorded at visits are interval-censored: a
 * loss seen at week d after the onset happened in (d − v, d], an onset seen at week t in
 * (t − v, t]. Times are floored to MIN_FIT_TIME.
 * Reference: interval censoring at scheduled visits, Sun (2006), The Statistical Analysis of
 * Interval-censored Failure Time Data, ch. 1; competing risks as independent censoring of the
 * latent time, Kalbfleisch & Prentice (2002), §8.2.
 * @example survivalFitData(hlh.patients, { endpoint: 'dor', responders, visitWk: 1 })[0] // { lower: 0, upper: 1 }
 */
export function survivalFitData(
  patients: readonly Patient[],
  {
    endpoint,
    responders,
    visitWk,
  }: { endpoint: 'dor' | 'ttr'; responders: readonly ResponseCode[]; visitWk: number | null },
): CensoredObservation[] {
  const observations: CensoredObservation[] = [];
  for (const p of patients) {
    const onset = responseOnset(p, responders);
    if (onset === null) continue;
    if (endpoint === 'ttr') {
      observations.push(visitWk ? seen(onset, visitWk) : exact(onset));
      continue;
    }
    const loss = p.lossWk !== null && p.lossWk >= onset ? p.lossWk : null;
    const death = p.deathWk !== null && p.deathWk >= onset ? p.deathWk : null;
    if (death !== null && (loss === null || death <= loss))
      observations.push(censored(death - onset));
    else if (loss !== null)
      observations.push(visitWk ? seen(loss - onset, visitWk) : exact(loss - onset));
    else observations.push(censored(p.followupWk - onset));
  }
  return observations;
}
