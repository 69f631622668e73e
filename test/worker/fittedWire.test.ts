import { describe, expect, it } from 'vitest';
import { fitScenario } from '../../src/engine/montecarlo/index.ts';
import { fittedWire } from '../../src/worker/fittedWire.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';

describe('a fitted scenario crossing between threads', () => {
  it('comes back equal after the trip (observations as typed arrays, copied as postMessage does)', () => {
    const fitted = fitScenario(hlhCohort());
    const wire = fittedWire.toWire(fitted);
    expect(wire.dor.observations.lower).toBeInstanceOf(Float64Array);
    expect(fittedWire.buffers(wire)).toHaveLength(4);
    expect(fittedWire.fromWire(structuredClone(wire))).toStrictEqual(fitted);
  });

  it('keeps infinite upper bounds (right-censored times) as they were', () => {
    const fitted = fitScenario(hlhCohort());
    const back = fittedWire.fromWire(structuredClone(fittedWire.toWire(fitted)));
    const infinite = (f: typeof fitted) =>
      f.dor.observations.filter((o) => o.upper === Infinity).length;
    expect(infinite(back)).toBe(infinite(fitted));
  });
});
