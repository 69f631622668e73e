import { exponential } from './exponential.ts';
import { loglogistic } from './loglogistic.ts';
import { lognormal } from './lognormal.ts';
import type { FamilyModel, TimeModelFunctions } from './timeModel.ts';
import { weibull } from './weibull.ts';

/**
 * The functions of a parametric family model (exponential, Weibull, log-normal, log-logistic).
 * @example family({ distribution: 'weibull', median: 2, shape: 1 }).survival(model, 2) // 0.5
 */
export function family(model: FamilyModel): TimeModelFunctions<FamilyModel> {
  const functions = { exponential, weibull, lognormal, loglogistic }[model.distribution];
  return functions as TimeModelFunctions<FamilyModel>;
}
