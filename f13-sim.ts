import { fitScenario, simulateCohort, chunkRng, studyStatistics } from './src/engine/montecarlo/index.ts';
import { kaplanMeier } from './src/engine/kaplanMeier.ts';
import { dorObservations } from './src/engine/dorObservations.ts';
import { hlhCohort } from './test/helpers/hlhCohort.ts';
const c = hlhCohort();
const f = fitScenario(c, {});
for (const v of [1, null]) {
const big = simulateCohort({ ...f.scenario, n: 100000, accrual_wk: 0, cutoff_wk: 5000, visit_wk: v }, { rng: chunkRng('x', 1) });
const s = studyStatistics(big.patients);
const km = kaplanMeier(dorObservations(big.patients, ['CR','PR','IMP']));
console.log(v, s.dor_median, km.time.slice(0,6), km.survival.slice(0,6));
}
