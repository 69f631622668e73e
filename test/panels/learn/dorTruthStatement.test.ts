import { describe, expect, it } from 'vitest';
import { adjustScenario } from '../../../src/engine/lessons/adjustScenario.ts';
import { fitScenario } from '../../../src/engine/montecarlo/fitScenario.ts';
import { scenarioTruth } from '../../../src/engine/montecarlo/scenarioTruth.ts';
import { dorTruthStatement } from '../../../src/panels/learn/dorTruthStatement.ts';
import { shortNumber } from '../../../src/ui/shortNumber.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';

const fitted = fitScenario(hlhCohort()).scenario;

describe('dorTruthStatement', () => {
  it('names the fitted model and both true medians, labelled, as scenarioTruth gives them', () => {
    const truth = scenarioTruth(fitted);
    const text = dorTruthStatement(fitted, fitted);
    expect(text).toMatch(
      /^Duration of response: the log-logistic \(median [\d.]+ wk, shape [\d.]+\) fitted to this cohort\. /,
    );
    expect(text).toContain(
      `The true median here is ${shortNumber(truth.dor_median)} wk, the median DOR the Kaplan–Meier estimates (a death also ends a response)`,
    );
    expect(text).toContain(
      `the DOR model's median (the latent duration, without death or censoring) is ${shortNumber(truth.dor_model_median)} wk.`,
    );
    expect(text).not.toContain('stretched');
  });

  it('says the model a lesson stretched it to', () => {
    const stretched = adjustScenario(fitted, { dorMedianWk: 26 });
    const text = dorTruthStatement(fitted, stretched);
    expect(text).toMatch(
      /fitted to this cohort, stretched in time to log-logistic \(median [\d.]+ wk/,
    );
    expect(scenarioTruth(stretched).dor_model_median).toBeGreaterThan(
      scenarioTruth(fitted).dor_model_median,
    );
  });
});
