import type { SurvivalObservation } from '../kaplanMeier.ts';
import type { LatentPatient } from './drawStudy.ts';

/** A simulated study as seen at its data cut-off. */
export interface ObservedStudy {
  /** Patients who had started by the cut-off. */
  n: number;
  /** Patients seen to respond by the cut-off. */
  responders: number;
  /** Duration of response of each seen responder: lost (event) or censored at the cut-off. */
  dor: SurvivalObservation[];
  /** Weeks from the cut-off back to the start of the patient followed the least; null when n = 0. */
  minFollowupWk: number | null;
}

/**
 * What a data cut-off `cutoffWk` weeks after the first patient's start reveals of a drawn study:
 * patients not yet started are left out, a response is seen only once its onset (`onsetWk` after
 * the start) has passed, and a response still going on at the cut-off is censored there.
 * Assumes times in weeks and latent patients from `drawStudy`.
 * Reference: right censoring by administrative cut-off, e.g. Collett, Modelling Survival Data (2015), 1.1.
 * @example observeStudy([{ entryWk: 0, responder: true, dorWk: 5 }], { onsetWk: 1, cutoffWk: 4 }).dor // [{ time: 3, event: false }]
 */
export function observeStudy(
  patients: readonly LatentPatient[],
  { onsetWk, cutoffWk }: { onsetWk: number; cutoffWk: number },
): ObservedStudy {
  const started = patients.filter((p) => p.entryWk <= cutoffWk);
  const dor: SurvivalObservation[] = [];
  for (const p of started) {
    const followUp = cutoffWk - p.entryWk - onsetWk;
    if (!p.responder || p.dorWk === null || followUp < 0) continue;
    dor.push(
      p.dorWk <= followUp ? { time: p.dorWk, event: true } : { time: followUp, event: false },
    );
  }
  const minFollowupWk =
    started.length === 0 ? null : cutoffWk - Math.max(...started.map((p) => p.entryWk));
  return { n: started.length, responders: dor.length, dor, minFollowupWk };
}
