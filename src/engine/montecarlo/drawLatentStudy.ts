import type { ResponseCode } from '../cohort.ts';
import { sampleTime } from './sampleTime.ts';
import type { Scenario } from './scenario.ts';

/** One simulated patient before any data cut-off: what is true, not yet what is seen (weeks). */
export interface LatentPatient {
  /** Weeks from the study's start to this patient's start. */
  entryWk: number;
  /** Weeks from the patient's start to death, or Infinity. */
  deathWk: number;
  /** Weeks from the patient's start to drop-out, or Infinity. */
  dropoutWk: number;
  /** The response the patient would have; NR means none. */
  code: ResponseCode;
  /** Weeks from the patient's start to response (exact, before any visit schedule); null for NR. */
  onsetWk: number | null;
  /** Weeks from the patient's start to loss of response; null for NR. */
  lossWk: number | null;
}

const exponential = (hazard: number, rng: () => number) =>
  hazard > 0 ? -Math.log(1 - rng()) / hazard : Infinity;

/**
 * Draws one study's patients from a scenario, before any cut-off: each starts at a uniform time in
 * the accrual period, has exponential times to death and drop-out, a response category with the
 * scenario's probabilities and, when responding, a time to response and a duration of response.
 * The cut-off is not used, so the same `rng` stream gives the same patients at every cut-off
 * (see `observeLatentStudy`). Assumes a valid scenario and `rng` uniform in [0, 1).
 * Reference: inverse-transform sampling (Devroye, Non-Uniform Random Variate Generation, 1986, II.2).
 * @example drawLatentStudy(scenario, { rng: chunkRng('s', 0) }).length // scenario.n
 */
export function drawLatentStudy(
  scenario: Scenario,
  { rng }: { rng: () => number },
): LatentPatient[] {
  const { cr, pr, imp } = scenario.response;
  const patients: LatentPatient[] = [];
  for (let i = 0; i < scenario.n; i++) {
    const entryWk = rng() * scenario.accrual_wk;
    const deathWk = exponential(scenario.death_hazard, rng);
    const dropoutWk = exponential(scenario.dropout_hazard, rng);
    const u = rng();
    const code: ResponseCode =
      u < cr ? 'CR' : u < cr + pr ? 'PR' : u < cr + pr + imp ? 'IMP' : 'NR';
    let onsetWk: number | null = null;
    let lossWk: number | null = null;
    if (code !== 'NR') {
      onsetWk = sampleTime(scenario.ttr, rng);
      lossWk = onsetWk + sampleTime(scenario.dor, rng);
    }
    patients.push({ entryWk, deathWk, dropoutWk, code, onsetWk, lossWk });
  }
  return patients;
}
