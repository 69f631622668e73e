import type { FamilyName } from '../models/timeModel.ts';
import type { ModelFit, ModelName } from './modelFit.ts';

/**
 * The row of a fit table a model choice picks: `auto` the fittable row with the smallest AIC
 * (the first on a tie; the table lists simpler models first), else the Kaplan–Meier row when no
 * parametric model can be fitted; a named model its best fittable row by AIC (a mixture over its
 * families, or the mixture with `family` alone when one is named). `null` when nothing fits.
 * Reference: Akaike (1974), IEEE Trans Autom Control 19:716.
 * @example bestFit(fitModels(times, { censoring: 'interval' }), 'auto')?.model // 'mixture'
 */
export function bestFit(
  table: readonly ModelFit[],
  choice: ModelName | 'auto',
  family?: FamilyName,
): ModelFit | null {
  const rows = table.filter(
    (f) =>
      f.fittable &&
      (choice === 'auto' ||
        (f.model === choice &&
          (family === undefined || choice !== 'mixture' || f.family === family))),
  );
  let best: ModelFit | null = null;
  for (const row of rows) {
    if (row.aic === null) continue;
    if (best === null || row.aic < best.aic!) best = row;
  }
  return best ?? rows.find((f) => f.model === 'km') ?? null;
}
