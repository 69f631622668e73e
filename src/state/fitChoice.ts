import { endpointChoice, type FitModelChoice } from '../engine/fit/fitModelChoice.ts';
import type { CensoringChoice } from '../engine/fit/resolveCensoring.ts';
import type { EndpointFitOptions, FitScenarioOptions } from '../engine/montecarlo/fitScenario.ts';

/** The settings of the app's one fit, as the link keeps them. */
export interface FitSettings {
  fitDor: FitModelChoice;
  fitTtr: FitModelChoice;
  fitCensoring: CensoringChoice;
  /** A stated visit spacing in weeks, or `null` for the one detected in the data. */
  fitVisitWk: number | null;
  /** The piecewise DOR model's breaks in weeks, or `null` for the tertiles of the event times. */
  fitBreaks: readonly number[] | null;
  /** The piecewise TTR model's breaks in weeks, or `null` for the tertiles of the event times. */
  fitTtrBreaks: readonly number[] | null;
}

/** One endpoint's choice with its stated breaks, if any. */
function endpointOptions(
  choice: FitModelChoice,
  breaks: readonly number[] | null,
): EndpointFitOptions {
  return { ...endpointChoice(choice), ...(breaks ? { breaks } : {}) };
}

/**
 * The options of the app's one fit from its settings: each endpoint's model and piecewise
 * breaks, the censoring and a stated visit spacing, with `fallback`, so a choice the cohort on
 * screen cannot use gives way to the best by AIC (said in the fit's notes) and never leaves the
 * page without a scenario. (`Analysis` adds the responder definition.)
 * Example: `fitOptionsOf({ fitDor: 'weibull', fitTtr: 'auto', fitCensoring: 'right', fitVisitWk: null, fitBreaks: null, fitTtrBreaks: [0.5] }).ttr` is `{ model: 'auto', breaks: [0.5] }`.
 */
export function fitOptionsOf(settings: FitSettings): FitScenarioOptions {
  return {
    censoring: settings.fitCensoring,
    ...(settings.fitVisitWk !== null ? { visitWk: settings.fitVisitWk } : {}),
    dor: endpointOptions(settings.fitDor, settings.fitBreaks),
    ttr: endpointOptions(settings.fitTtr, settings.fitTtrBreaks),
    fallback: true,
  };
}
