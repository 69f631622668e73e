import type { ModelChoice } from '../engine/fit/fitEndpoint.ts';
import type { ModelFit } from '../engine/fit/modelFit.ts';
import type { CensoringChoice } from '../engine/fit/resolveCensoring.ts';
import type { EndpointFitOptions, FitScenarioOptions } from '../engine/montecarlo/fitScenario.ts';
import type { FamilyName } from '../engine/models/timeModel.ts';

const FAMILIES = ['exponential', 'weibull', 'lognormal', 'loglogistic'] as const;

/** The rows of a fit table, each named once: the families, piecewise, each mixture, Kaplan–Meier. */
export const FIT_ROW_KEYS = [
  ...FAMILIES,
  'piecewise',
  ...FAMILIES.map((f) => `mixture-${f}` as const),
  'km',
] as const;
/** One row of a fit table. */
export type FitRowKey = (typeof FIT_ROW_KEYS)[number];

/**
 * The model choices of the page and its link: `auto` (the best by AIC), a row of the table, or
 * `mixture` (the mixture of the best family).
 */
export const FIT_MODEL_CHOICES = ['auto', ...FIT_ROW_KEYS, 'mixture'] as const;
/** One model choice. */
export type FitModelChoice = (typeof FIT_MODEL_CHOICES)[number];

/** How the times may be read. */
export const CENSORING_CHOICES = [
  'auto',
  'right',
  'interval',
] as const satisfies readonly CensoringChoice[];

/** The settings of the app's one fit, as the link keeps them. */
export interface FitSettings {
  fitDor: FitModelChoice;
  fitTtr: FitModelChoice;
  fitCensoring: CensoringChoice;
  /** A stated visit spacing in weeks, or `null` for the one detected in the data. */
  fitVisitWk: number | null;
  /** The piecewise DOR model's breaks in weeks, or `null` for the tertiles of the event times. */
  fitBreaks: readonly number[] | null;
}

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

/**
 * The options of the app's one fit from its settings: each endpoint's model, the censoring, a
 * stated visit spacing and the DOR breaks, with `fallback`, so a choice the cohort on screen
 * cannot use gives way to the best by AIC (said in the fit's notes) and never leaves the page
 * without a scenario.
 * Example: `fitOptionsOf({ fitDor: 'weibull', fitTtr: 'auto', fitCensoring: 'right', fitVisitWk: null, fitBreaks: null }).dor` is `{ model: 'weibull' }`.
 */
export function fitOptionsOf(settings: FitSettings): FitScenarioOptions {
  const dor: EndpointFitOptions = {
    ...endpointChoice(settings.fitDor),
    ...(settings.fitBreaks ? { breaks: settings.fitBreaks } : {}),
  };
  return {
    censoring: settings.fitCensoring,
    ...(settings.fitVisitWk !== null ? { visitWk: settings.fitVisitWk } : {}),
    dor,
    ttr: endpointChoice(settings.fitTtr),
    fallback: true,
  };
}
