import type { Scenario } from '../../engine/montecarlo/scenario.ts';
import { scenarioTruth } from '../../engine/montecarlo/scenarioTruth.ts';
import { describeTimeModel } from '../../ui/describeTimeModel.ts';
import { shortNumber } from '../../ui/shortNumber.ts';
import { TRUTH_LABELS } from '../../ui/truthLabels.ts';

const weeks = (value: number) =>
  Number.isFinite(value) ? `${shortNumber(value)} wk` : 'never reached';

/**
 * What a lesson's simulated studies take as their duration of response, in words: the model
 * fitted to the cohort (and, when the lesson's control changed its time scale, the model it
 * became), then the two true medians, named — the one the Kaplan–Meier median estimates, which
 * the lesson calls the true median, and the model's own.
 * Example: `dorTruthStatement(fitted, adjustScenario(fitted, { dorMedianWk: 26 }))` starts
 * 'Duration of response: the log-logistic (median 0.552 wk, shape 0.248) fitted to this cohort, stretched in time to log-logistic (…'.
 */
export function dorTruthStatement(fitted: Scenario, simulated: Scenario): string {
  const own = describeTimeModel(fitted.dor);
  const stretched = JSON.stringify(simulated.dor) !== JSON.stringify(fitted.dor);
  const truth = scenarioTruth(simulated);
  return (
    `Duration of response: the ${own} fitted to this cohort` +
    (stretched ? `, stretched in time to ${describeTimeModel(simulated.dor)}` : '') +
    `. The true median here is ${weeks(truth.dor_median)}, ${TRUTH_LABELS.dor_median}; ` +
    `${TRUTH_LABELS.dor_model_median} is ${weeks(truth.dor_model_median)}.`
  );
}
