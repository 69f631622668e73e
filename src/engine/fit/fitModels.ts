import type { CensoredObservation, CensoringKind } from './censoredObservation.ts';
import { fitFamily } from './fitFamily.ts';
import { fitKm } from './fitKm.ts';
import { fitMixture } from './fitMixture.ts';
import { FIT_FAMILIES } from './fitModelChoice.ts';
import { fitPiecewise } from './fitPiecewise.ts';
import type { ModelFit } from './modelFit.ts';
import { tallyObservations } from './tallyObservations.ts';

/**
 * Fits every model to one set of censored times and returns the table: the four families
 * (`fitFamily`), the piecewise exponential (`fitPiecewise`, at `breaks` when given), the
 * durable mixture with each family (`fitMixture`) and the Kaplan–Meier model (`fitKm`), in
 * that order, each with its log-likelihood and AIC, or why it cannot be fitted.
 * `censoring` names how the times were read (it labels the rows; the times carry it).
 * @example fitModels(survivalFitData(patients, { endpoint: 'dor', responders, visitWk: 1 }), { censoring: 'interval' })
 */
export function fitModels(
  observations: readonly CensoredObservation[],
  {
    censoring,
    breaks,
    tailRate,
  }: { censoring: CensoringKind; breaks?: readonly number[]; tailRate?: number },
): ModelFit[] {
  const data = tallyObservations(observations);
  return [
    ...FIT_FAMILIES.map((family) => fitFamily(data, family, censoring)),
    fitPiecewise(data, censoring, { breaks }),
    ...FIT_FAMILIES.map((family) => fitMixture(data, family, censoring)),
    fitKm(observations, censoring, { tailRate }),
  ];
}
