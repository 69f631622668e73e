import { latentMedian } from '../../engine/models/latentMedian.ts';
import type { FamilyModel, TimeModel } from '../../engine/models/timeModel.ts';
import type { TtrModel } from '../../engine/montecarlo/scenario.ts';

/** A model kind the scenario form offers (TTR may also be `empirical`). */
export type ModelKind = TtrModel['distribution'];

const isModel = (m: unknown): m is Record<string, unknown> =>
  typeof m === 'object' && m !== null && !Array.isArray(m);

/** The current model's median, when it has a usable one; 1 week otherwise. */
function medianOf(current: unknown): number {
  if (!isModel(current)) return 1;
  if (typeof current.median === 'number' && current.median > 0) return current.median;
  if (current.distribution === 'empirical' && Array.isArray(current.times)) {
    const times = current.times
      .filter((t): t is number => typeof t === 'number')
      .sort((a, b) => a - b);
    const middle = times[Math.floor(times.length / 2)];
    return middle > 0 ? middle : 1;
  }
  try {
    const m = latentMedian(current as unknown as TimeModel);
    return Number.isFinite(m) && m > 0 ? m : 1;
  } catch {
    return 1;
  }
}

const shapeOf = (current: unknown) =>
  isModel(current) && typeof current.shape === 'number' && current.shape > 0 ? current.shape : 1;

function familyOf(kind: FamilyModel['distribution'], median: number, shape: number): FamilyModel {
  return kind === 'exponential'
    ? { distribution: kind, median }
    : { distribution: kind, median, shape };
}

/**
 * A model of another kind to start editing from, close to the current one: the same median
 * (the model's own, or 1 week when it has none) and shape where the kind has them; a piecewise
 * model with one break at the median and the exponential's rate on both sides; a mixture with
 * a fifth durable and the current family (else Weibull) as the rest; a Kaplan–Meier model
 * halving at the median with the exponential's tail; the median alone as an empirical time.
 * Example: `modelOfKind('exponential', { distribution: 'weibull', median: 2, shape: 0.8 })` is `{ distribution: 'exponential', median: 2 }`.
 */
export function modelOfKind(kind: ModelKind, current: unknown): TtrModel {
  const median = medianOf(current);
  const shape = shapeOf(current);
  const rate = Math.LN2 / median;
  switch (kind) {
    case 'piecewise':
      return { distribution: 'piecewise', breaks: [median], rates: [rate, rate] };
    case 'mixture': {
      const rest =
        isModel(current) && isModel(current.rest)
          ? (current.rest as unknown as FamilyModel)
          : isModel(current) &&
              ['exponential', 'weibull', 'lognormal', 'loglogistic'].includes(
                current.distribution as string,
              )
            ? familyOf(current.distribution as FamilyModel['distribution'], median, shape)
            : familyOf('weibull', median, shape);
      return { distribution: 'mixture', durable: 0.2, rest };
    }
    case 'km':
      return {
        distribution: 'km',
        times: [median],
        survival: [0.5],
        tail_from_wk: median,
        tail_rate: rate,
      };
    case 'empirical':
      return { distribution: 'empirical', times: [median] };
    default:
      return familyOf(kind, median, shape);
  }
}
