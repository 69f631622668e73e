import type { FamilyName } from '../models/timeModel.ts';
import type { ModelChoice } from './fitEndpoint.ts';
import type { ModelFit } from './modelFit.ts';

/** The parametric families, in the order a fit table lists them (alone, then in mixtures). */
export const FIT_FAMILIES = [
  'exponential',
  'weibull',
  'lognormal',
  'loglogistic',
] as const satisfies readonly FamilyName[];

/** The rows of a fit table, each named once: the families, piecewise, each mixture, Kaplan–Meier. */
export const FIT_ROW_KEYS = [
  ...FIT_FAMILIES,
  'piecewise',
  ...FIT_FAMILIES.map((f) => `mixture-${f}` as const),
  'km',
] as const;
/** One row of a fit table. */
export type FitRowKey = (typeof FIT_ROW_KEYS)[number];

/**
 * The model choices of one endpoint, as the page's link and `cohortscope fit` name them: `auto`
 * (the best by AIC), a row of the table, or `mixture` (the mixture of the best family).
 */
export const FIT_MODEL_CHOICES = ['auto', ...FIT_ROW_KEYS, 'mixture'] as const;
/** One model choice. */
export type FitModelChoice = (typeof FIT_MODEL_CHOICES)[number];

/**
 * The key of a fit table's row: its model, a mixture with its family.
 * Example: `fitRowKey({ model: 'mixture', family: 'weibull', … }) === 'mixture-weibull'`.
 */
export function fitRowKey(fit: Pick<ModelFit, 'model' | 'family'>): FitRowKey {
  return (fit.model === 'mixture' ? `mixture-${fit.family}` : fit.model) as FitRowKey;
}

/**
 * A model choice as `fitScenario` takes it for one endpoint: a model and, for one mixture row,
 * its family. Example: `endpointChoice('mixture-lognormal')` is `{ model: 'mixture', family: 'lognormal' }`.
 */
export function endpointChoice(choice: FitModelChoice): {
  model: ModelChoice;
  family?: FamilyName;
} {
  if (choice.startsWith('mixture-'))
    return { model: 'mixture', family: choice.slice('mixture-'.length) as FamilyName };
  return { model: choice as ModelChoice };
}
