import type { Cohort, FitScenarioOptions, FittedScenario, MonteCarloWorkerApi } from '../api.ts';
import type { Job } from '../Lanes.ts';
import { fittedWire } from '../fittedWire.ts';
import { packCohort } from '../packCohort.ts';

/**
 * Fitting a scenario to a cohort as a pool job: one call of `fitScenario` on one worker of the
 * "fit" lane, so a fit table of thousands of patients (seconds of likelihood maximisation)
 * never holds up the page. A newer fit supersedes the running one.
 * @example await lanes.run(fitJob(cohort, { fallback: true }))
 */
export function fitJob(
  cohort: Cohort,
  options: FitScenarioOptions,
): Job<MonteCarloWorkerApi, FittedScenario> {
  return {
    lane: 'fit',
    total: 1,
    async execute({ spread }) {
      // Packed in columns: 100,000 patients cross to the worker as a few arrays, not as objects.
      const packed = packCohort(cohort);
      const [fitted] = await spread(1, (remote) => remote.fitScenario(packed, options));
      return fittedWire.fromWire(fitted);
    },
  };
}
