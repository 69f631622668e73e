import type { TimeModel } from '../models/timeModel.ts';

/**
 * A fitted model's parameters as a fit table prints them: the model without its
 * `distribution` name (a mixture's `rest` flattened into `family`, `median`, `shape`).
 * @example modelParams({ distribution: 'weibull', median: 2, shape: 0.8 }) // { median: 2, shape: 0.8 }
 */
export function modelParams(model: TimeModel): Record<string, number | number[] | string> {
  if (model.distribution === 'mixture') {
    const { distribution: family, ...rest } = model.rest;
    return { durable: model.durable, family, ...rest };
  }
  const { distribution: _name, ...params } = model;
  return params;
}
