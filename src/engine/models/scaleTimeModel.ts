import type { FamilyModel, TimeModel } from './timeModel.ts';

const scaleFamily = (m: FamilyModel, factor: number): FamilyModel => ({
  ...m,
  median: m.median * factor,
});

/**
 * The same model on a time axis stretched by `factor` (T becomes factor · T): medians, breaks
 * and step times are multiplied, rates divided; shapes and the durable fraction stay.
 * Assumes factor > 0.
 * @example scaleTimeModel({ distribution: 'piecewise', breaks: [1], rates: [0.5, 0.1] }, 2) // breaks [2], rates [0.25, 0.05]
 */
export function scaleTimeModel(model: TimeModel, factor: number): TimeModel {
  switch (model.distribution) {
    case 'piecewise':
      return {
        ...model,
        breaks: model.breaks.map((b) => b * factor),
        rates: model.rates.map((r) => r / factor),
      };
    case 'mixture':
      return { ...model, rest: scaleFamily(model.rest, factor) };
    case 'km':
      return {
        ...model,
        times: model.times.map((t) => t * factor),
        tail_from_wk: model.tail_from_wk * factor,
        tail_rate: model.tail_rate / factor,
      };
    default:
      return scaleFamily(model, factor);
  }
}
