import { describe, expect, it } from 'vitest';
import { scenarioTruth } from '../../../../src/engine/montecarlo/scenarioTruth.ts';
import { fittedDefaults } from '../../../../src/panels/learn/followup/fittedDefaults.ts';
import { fitScenario } from '../../../../src/engine/montecarlo/fitScenario.ts';
import { lessonScenario } from '../../../../src/panels/learn/lessonScenario.ts';
import { hlhCohort } from '../../../helpers/hlhCohort.ts';
import { smallStudy } from '../../../helpers/smallStudy.ts';

describe('fittedDefaults', () => {
  it("starts at the scenario's true median to one decimal and its follow-up to whole weeks", () => {
    const defaults = fittedDefaults({ ...smallStudy, cutoff_wk: 35.6 });
    expect(defaults.followupWk).toBe(6);
    expect(defaults.dorMedianWk).toBe(Number(scenarioTruth(smallStudy).dor_median.toFixed(1)));
  });

  it('starts the built-in cohort at 5 weeks of follow-up and a median of a few weeks', () => {
    const defaults = fittedDefaults(lessonScenario(fitScenario(hlhCohort()).scenario));
    expect(defaults.followupWk).toBe(5);
    expect(defaults.dorMedianWk).toBeGreaterThan(3);
    expect(defaults.dorMedianWk).toBeLessThan(4);
  });

  it('starts at 4 weeks each without a scenario', () => {
    expect(fittedDefaults(null)).toEqual({ dorMedianWk: 4, followupWk: 4 });
  });
});
