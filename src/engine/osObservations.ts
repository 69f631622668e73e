import type { Patient } from './cohort.ts';
import type { SurvivalObservation } from './kaplanMeier.ts';

/**
 * Overall survival for every patient, from the start of treatment: a recorded death is an event at
 * its week; everyone else is censored at last follow-up.
 * Assumes a validated cohort (no death after `followupWk`).
 * Reference: R `survfit(Surv(ifelse(is.na(death_wk), followup_wk, death_wk), !is.na(death_wk)) ~ 1)`.
 * @example osObservations([{ deathWk: 5, followupWk: 5, … }, { deathWk: null, followupWk: 9, … }]) // [{ time: 5, event: true }, { time: 9, event: false }]
 */
export function osObservations(patients: readonly Patient[]): SurvivalObservation[] {
  return patients.map((p) => ({ time: p.deathWk ?? p.followupWk, event: p.deathWk !== null }));
}
