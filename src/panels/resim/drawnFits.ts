import type { FitCurve } from '../../charts/km/fitCurves.ts';
import { bestFit } from '../../engine/fit/bestFit.ts';
import type { EndpointFit } from '../../engine/fit/fitEndpoint.ts';
import type { ModelName } from '../../engine/fit/modelFit.ts';
import { fitRowKey, type FitRowKey } from '../../engine/fit/fitModelChoice.ts';
import { FIT_ROW_LABELS } from '../../ui/fitRowLabels.ts';

/**
 * The look of each kind of model (a place in `FIT_STYLES`), the same in every plot and in the
 * table's swatches.
 */
export const FIT_KIND_STYLE: Record<ModelName, number> = {
  exponential: 1,
  weibull: 2,
  lognormal: 3,
  loglogistic: 4,
  piecewise: 5,
  mixture: 6,
  km: 0,
};

/**
 * The rows of a fit table drawn over its Kaplan–Meier curve, and whether each is drawn by
 * default: every fittable model but the mixtures, of which the best by AIC (their curves lie
 * close together) and the one in use; less those the user `hidden`.
 */
export function drawnFitKeys(fit: EndpointFit, hidden: readonly FitRowKey[]): Set<FitRowKey> {
  const bestMixture = bestFit(fit.fits, 'mixture');
  const keys = fit.fits
    .filter(
      (row) =>
        row.fittable &&
        row.fitted !== null &&
        (row.model !== 'mixture' || row === bestMixture || row === fit.chosen),
    )
    .map(fitRowKey)
    .filter((key) => !hidden.includes(key));
  return new Set(keys);
}

/**
 * The fitted curves to draw over one endpoint's Kaplan–Meier curve (see `drawnFitKeys`), each
 * named, in its kind's style, the one in use thicker and named so.
 * Example: `drawnFits(fitScenario(cohort).dor, []).find((c) => c.chosen)?.label === 'Log-logistic (in use)'`.
 */
export function drawnFits(fit: EndpointFit, hidden: readonly FitRowKey[]): FitCurve[] {
  const keys = drawnFitKeys(fit, hidden);
  return fit.fits
    .filter((row) => keys.has(fitRowKey(row)) && row.fitted !== null)
    .map((row) => ({
      label: `${FIT_ROW_LABELS[fitRowKey(row)]}${row === fit.chosen ? ' (in use)' : ''}`,
      model: row.fitted!,
      chosen: row === fit.chosen,
      style: FIT_KIND_STYLE[row.model],
    }));
}
