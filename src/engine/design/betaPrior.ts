/** A Beta(a, b) prior for a response rate. */
export interface BetaPrior {
  a: number;
  b: number;
}

/**
 * How a prior is chosen: Jeffreys' Beta(0.5, 0.5), the uniform Beta(1, 1), one centred on a
 * historical rate and worth `weight` patients, Beta(rate·weight, (1 - rate)·weight), or any Beta(a, b).
 */
export type PriorSpec =
  | { kind: 'jeffreys' }
  | { kind: 'uniform' }
  | { kind: 'historical'; rate: number; weight: number }
  | { kind: 'beta'; a: number; b: number };

/**
 * The Beta prior a specification names; a historical prior has mean `rate` and the weight of
 * `weight` patients (a + b = weight).
 * Assumes 0 < rate < 1 and weight > 0, or a, b > 0 (a RangeError names a bad value).
 * Reference: Lee & Liu (2008), Clinical Trials 5:93 (section 2); Jeffreys (1946).
 * @example betaPrior({ kind: 'historical', rate: 0.6, weight: 1 }) // { a: 0.6, b: 0.4 }
 */
export function betaPrior(spec: PriorSpec): BetaPrior {
  switch (spec.kind) {
    case 'jeffreys':
      return { a: 0.5, b: 0.5 };
    case 'uniform':
      return { a: 1, b: 1 };
    case 'historical': {
      const { rate, weight } = spec;
      if (!(rate > 0 && rate < 1)) throw new RangeError(`rate must be in (0, 1), got ${rate}`);
      if (!(weight > 0 && Number.isFinite(weight))) {
        throw new RangeError(`weight must be a number of patients > 0, got ${weight}`);
      }
      return { a: rate * weight, b: (1 - rate) * weight };
    }
    case 'beta': {
      const { a, b } = spec;
      if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
        throw new RangeError(`prior a and b must be > 0, got ${a} and ${b}`);
      }
      return { a, b };
    }
    default:
      throw new RangeError(`unknown prior ${JSON.stringify(spec)}`);
  }
}
