import type { ResponseCode } from '../cohort.ts';
import type { LatentPatient } from './drawLatentStudy.ts';

/** What a data cut-off shows of one latent patient (weeks from the patient's start). */
export interface ObservedPatient {
  bestResponse: ResponseCode;
  responseWk: number | null;
  lossWk: number | null;
  deathWk: number | null;
  followupWk: number;
}

/**
 * What a data cut-off `cutoffWk` weeks after the study's start shows of one latent patient, or
 * `null` when the patient has not started by then. The patient is followed to the earliest of
 * cut-off, drop-out and death; a response (and its loss) counts only if seen before follow-up
 * ends, at the next visit when `visitWk` is set; a response not yet seen leaves the patient NR.
 * Deaths are exact. What is seen only grows as the cut-off moves later.
 * Assumes a latent patient from `drawLatentStudy`.
 * Reference: right censoring by administrative cut-off, e.g. Collett, Modelling Survival Data (2015), 1.1.
 * @example observeLatentPatient({ entryWk: 2, deathWk: Infinity, dropoutWk: Infinity, code: 'PR', onsetWk: 1.2, lossWk: 5 }, { cutoffWk: 10, visitWk: 1 }) // PR at week 2, lost at week 5
 */
export function observeLatentPatient(
  p: LatentPatient,
  { cutoffWk, visitWk = null }: { cutoffWk: number; visitWk?: number | null },
): ObservedPatient | null {
  if (p.entryWk > cutoffWk) return null;
  const seen = (t: number) => (visitWk ? Math.ceil(t / visitWk - 1e-9) * visitWk : t);
  const end = Math.min(cutoffWk - p.entryWk, p.dropoutWk, p.deathWk);
  let bestResponse: ResponseCode = 'NR';
  let responseWk: number | null = null;
  let lossWk: number | null = null;
  if (p.onsetWk !== null && p.lossWk !== null && seen(p.onsetWk) <= end) {
    bestResponse = p.code;
    responseWk = seen(p.onsetWk);
    if (seen(p.lossWk) <= end) lossWk = seen(p.lossWk);
  }
  return {
    bestResponse,
    responseWk,
    lossWk,
    deathWk: p.deathWk <= end ? p.deathWk : null,
    followupWk: end,
  };
}
