import { blankPatient } from '../blankPatient.ts';
import type { Cohort, Patient } from '../cohort.ts';
import type { LatentPatient } from './drawLatentStudy.ts';
import { observeLatentPatient } from './observeLatentPatient.ts';

/**
 * What a data cut-off `cutoffWk` weeks after the study's start reveals of a latent study, as
 * patient-level data. Patients not yet started are left out; the others are seen as
 * `observeLatentPatient` says: followed to the earliest of cut-off, drop-out and death, a
 * response (and its loss) counting only if seen before follow-up ends, at the next visit when
 * `visitWk` is set. Assumes latent patients from `drawLatentStudy`.
 * Reference: right censoring by administrative cut-off, e.g. Collett, Modelling Survival Data (2015), 1.1.
 * @example observeLatentStudy(latent, { cutoffWk: 37, visitWk: 1 }).patients.length // started by week 37
 */
export function observeLatentStudy(
  latent: readonly LatentPatient[],
  { cutoffWk, visitWk = null }: { cutoffWk: number; visitWk?: number | null },
): Cohort {
  const width = String(latent.length).length;
  const patients: Patient[] = [];
  latent.forEach((p, i) => {
    const seen = observeLatentPatient(p, { cutoffWk, visitWk });
    if (seen === null) return;
    patients.push(blankPatient({ id: `S${String(i + 1).padStart(width, '0')}`, ...seen }));
  });
  return {
    name: 'simulated study',
    source: 'scenario',
    patients,
    columns: ['loss_wk', 'death_wk'],
  };
}
