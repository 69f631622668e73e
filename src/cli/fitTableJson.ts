import type { ModelFit } from '../engine/fit/modelFit.ts';

/**
 * A fit table as `fit` prints it: per model its name (and a mixture's family), how the times were
 * read, log-likelihood, AIC, free parameters and parameters; a row that cannot be fitted says
 * why (`fittable: false`, `reason`); the chosen row has `chosen: true`.
 * @example fitTableJson(fitted.dor.fits, fitted.dor.chosen)[0] // { model: 'exponential', censoring: 'interval', loglik: -31.96, aic: 65.92, df: 1, params: { … } }
 */
export function fitTableJson(table: readonly ModelFit[], chosen: ModelFit | null) {
  return table.map((row) => ({
    model: row.model,
    ...(row.family ? { family: row.family } : {}),
    censoring: row.censoring,
    loglik: row.loglik,
    aic: row.aic,
    df: row.df,
    params: row.params,
    ...(row.fittable ? {} : { fittable: false }),
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row === chosen ? { chosen: true } : {}),
  }));
}
