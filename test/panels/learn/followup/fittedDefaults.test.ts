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
    const fitted = Number(scenarioTruth(smallStudy).dor_median.toFixed(1));
    expect(defaults).toMatchObject({
      dorMedianWk: fitted,
      fittedMedianWk: fitted,
      startsLong: false,
    });
  });

  it('starts the built-in cohort at long-lasting responses: its fitted median is shorter than two weekly visits', () => {
    const fitted = lessonScenario(fitScenario(hlhCohort()).scenario)!;
    // the log-logistic fit: the Kaplan–Meier estimand 0.537 wk, visits every week
    expect(scenarioTruth(fitted).dor_median).toBeCloseTo(0.537, 3);
    expect(fittedDefaults(fitted)).toEqual({
      dorMedianWk: 26,
      followupWk: 5,
      fittedMedianWk: 0.5,
      startsLong: true,
    });
  });

  it('starts from the fitted median when the visits resolve it, and long below half a week without visits', () => {
    const weekly = { ...smallStudy, visit_wk: 1 };
    expect(fittedDefaults(weekly).startsLong).toBe(scenarioTruth(weekly).dor_median < 2);
    const exact = {
      ...smallStudy,
      visit_wk: null,
      dor: { distribution: 'exponential' as const, median: 0.2 },
    };
    expect(fittedDefaults(exact)).toMatchObject({
      dorMedianWk: 26,
      fittedMedianWk: 0.5,
      startsLong: true,
    });
  });

  it('starts at 4 weeks each without a scenario', () => {
    expect(fittedDefaults(null)).toEqual({
      dorMedianWk: 4,
      followupWk: 4,
      fittedMedianWk: 4,
      startsLong: false,
    });
  });
});
