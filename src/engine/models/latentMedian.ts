import { modelFunctions } from './modelFunctions.ts';
import type { TimeModel } from './timeModel.ts';

/**
 * The median of a time model itself (no death, no censoring), in weeks; `Infinity` when at
 * least half of the times never end (a durable fraction of one half or more, a plateau at or
 * above 0.5). The four families carry it as `median`.
 * @example latentMedian({ distribution: 'mixture', durable: 0.6, rest: { distribution: 'exponential', median: 1 } }) // Infinity
 */
export function latentMedian(model: TimeModel): number {
  if ('median' in model) return model.median;
  return modelFunctions(model).quantile(model, 0.5);
}
