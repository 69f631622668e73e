import { blankPatient } from '../blankPatient.ts';
import type { Cohort, Patient, ResponseCode } from '../cohort.ts';
import type { LatentPatient } from './drawLatentStudy.ts';

/**
 * What a data cut-off `cutoffWk` weeks after the study's start reveals of a latent study, as
 * patient-level data. Patients not yet started are left out; the others are followed to the
 * earliest of cut-off, drop-out and death; a response (and its loss) counts only if seen before
 * follow-up ends, at the next visit when `visitWk` is set; a response not yet seen makes the
 * patient NR. Deaths are exact. Assumes latent patients from `drawLatentStudy`.
 * Reference: right censoring by administrative cut-off, e.g. Collett, Modelling Survival Data (2015), 1.1.
 * @example observeLatentStudy(latent, { cutoffWk: 37, visitWk: 1 }).patients.length // started by week 37
 */
export function observeLatentStudy(
  latent: readonly LatentPatient[],
  { cutoffWk, visitWk = null }: { cutoffWk: number; visitWk?: number | null },
): Cohort {
  const seen = (t: number) => (visitWk ? Math.ceil(t / visitWk - 1e-9) * visitWk : t);
  const width = String(latent.length).length;
  const patients: Patient[] = [];
  latent.forEach((p, i) => {
    if (p.entryWk > cutoffWk) return;
    const end = Math.min(cutoffWk - p.entryWk, p.dropoutWk, p.deathWk);
    let bestResponse: ResponseCode = 'NR';
    let responseWk: number | null = null;
    let lossWk: number | null = null;
    if (p.onsetWk !== null && p.lossWk !== null && seen(p.onsetWk) <= end) {
      bestResponse = p.code;
      responseWk = seen(p.onsetWk);
      if (seen(p.lossWk) <= end) lossWk = seen(p.lossWk);
    }
    patients.push(
      blankPatient({
        id: `S${String(i + 1).padStart(width, '0')}`,
        bestResponse,
        responseWk,
        lossWk,
        deathWk: p.deathWk <= end ? p.deathWk : null,
        followupWk: end,
      }),
    );
  });
  return {
    name: 'simulated study',
    source: 'scenario',
    patients,
    columns: ['loss_wk', 'death_wk'],
  };
}
