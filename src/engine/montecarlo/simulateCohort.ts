import type { Cohort, Patient, ResponseCode } from '../cohort.ts';
import { sampleTime } from './sampleTime.ts';
import type { Scenario } from './scenario.ts';

const exponential = (hazard: number, rng: () => number) =>
  hazard > 0 ? -Math.log(1 - rng()) / hazard : Infinity;

/**
 * One synthetic study drawn from a scenario, as patient-level data. Each patient starts at a
 * uniform time in the accrual period and is followed to the earliest of cut-off, drop-out and
 * death; a response (and its loss) counts only if seen before follow-up ends, at the next visit
 * when `visit_wk` is set; a response not yet seen makes the patient NR. Deaths are exact.
 * @example simulateCohort(scenario, { rng: chunkRng('s', 0) }).patients.length // scenario.n
 */
export function simulateCohort(scenario: Scenario, { rng }: { rng: () => number }): Cohort {
  const { n, response, visit_wk: visit } = scenario;
  const seen = (t: number) => (visit ? Math.ceil(t / visit - 1e-9) * visit : t);
  const width = String(n).length;
  const patients: Patient[] = [];
  for (let i = 0; i < n; i++) {
    const entry = rng() * scenario.accrual_wk;
    const death = exponential(scenario.death_hazard, rng);
    const end = Math.min(
      scenario.cutoff_wk - entry,
      exponential(scenario.dropout_hazard, rng),
      death,
    );
    const u = rng();
    const code: ResponseCode =
      u < response.cr
        ? 'CR'
        : u < response.cr + response.pr
          ? 'PR'
          : u < response.cr + response.pr + response.imp
            ? 'IMP'
            : 'NR';
    let bestResponse: ResponseCode = 'NR';
    let responseWk: number | null = null;
    let lossWk: number | null = null;
    if (code !== 'NR') {
      const onset = sampleTime(scenario.ttr, rng);
      const loss = onset + sampleTime(scenario.dor, rng);
      if (seen(onset) <= end) {
        bestResponse = code;
        responseWk = seen(onset);
        if (seen(loss) <= end) lossWk = seen(loss);
      }
    }
    patients.push({
      id: `S${String(i + 1).padStart(width, '0')}`,
      bestResponse,
      responseWk,
      crWk: null,
      lossWk,
      deathWk: death <= end ? death : null,
      followupWk: end,
      age: null,
      sex: null,
      feverBaseline: null,
      feverResolvedWk: null,
      gcBaselineMg: null,
      gcHalvedWk: null,
      saeRelated: null,
      extra: {},
    });
  }
  return {
    name: 'simulated study',
    source: 'scenario',
    patients,
    columns: ['loss_wk', 'death_wk'],
  };
}
