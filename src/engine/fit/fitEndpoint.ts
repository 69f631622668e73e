import type { Patient, ResponseCode } from '../cohort.ts';
import type { FamilyName } from '../models/timeModel.ts';
import type { CensoredObservation, CensoringKind } from './censoredObservation.ts';
import { bestFit } from './bestFit.ts';
import { fitModels } from './fitModels.ts';
import type { ModelFit, ModelName } from './modelFit.ts';
import { survivalFitData } from './survivalFitData.ts';

/** A model choice: a named model, or `auto` (the best by AIC). */
export type ModelChoice = ModelName | 'auto';

/** What the app, the CLI and `fitScenario` know of one fitted endpoint. */
export interface EndpointFit {
  /** Every model, fitted or not (see `fitModels`). */
  fits: ModelFit[];
  /** The row the choice picked, `null` when no model could be fitted. */
  chosen: ModelFit | null;
  /** The times the models were fitted to (see `survivalFitData`; `fitDataCurve` draws them). */
  observations: CensoredObservation[];
}

const ENDPOINT_NAMES = { dor: 'duration of response', ttr: 'time to response' } as const;

/**
 * Fits every model to one endpoint of a cohort (duration of response or time to response of
 * the responders, read as `censoring` says on a `visitWk` grid; see `survivalFitData`) and picks
 * one: `auto` the best by AIC (`bestFit`), a named model its best fittable row. A named model
 * that cannot be fitted is refused with a RangeError naming the endpoint, the model and why.
 * @example fitEndpoint(hlh.patients, { endpoint: 'dor', censoring: 'interval', visitWk: 1, model: 'auto', responders }).chosen?.model // 'mixture'
 */
export function fitEndpoint(
  patients: readonly Patient[],
  {
    endpoint,
    censoring,
    visitWk,
    model,
    family,
    responders,
    breaks,
    tailRate,
  }: {
    endpoint: 'dor' | 'ttr';
    censoring: CensoringKind;
    visitWk: number | null;
    model: ModelChoice;
    family?: FamilyName;
    responders: readonly ResponseCode[];
    breaks?: readonly number[];
    tailRate?: number;
  },
): EndpointFit {
  const data = survivalFitData(patients, {
    endpoint,
    responders,
    visitWk: censoring === 'interval' ? visitWk : null,
  });
  const fits = fitModels(data, { censoring, breaks, tailRate });
  const chosen = bestFit(fits, model, family);
  if (model !== 'auto' && chosen === null) {
    const named = model === 'mixture' && family ? `${model} (${family})` : model;
    const reason =
      fits.find((f) => f.model === model && (!family || !f.family || f.family === family))
        ?.reason ?? 'no such model';
    throw new RangeError(
      `the ${named} model cannot be fitted to the ${ENDPOINT_NAMES[endpoint]}: ${reason}`,
    );
  }
  return { fits, chosen, observations: data };
}
