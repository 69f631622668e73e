import type { CensoredObservation } from '../engine/fit/censoredObservation.ts';
import type { FittedScenario, ScenarioEndpointFit } from '../engine/montecarlo/fitScenario.ts';

/** A fitted endpoint with its observations (one per responder) as two typed arrays. */
type WireEndpoint = Omit<ScenarioEndpointFit, 'observations'> & {
  observations: { lower: Float64Array; upper: Float64Array };
};

/** A fitted scenario as it crosses from a worker: the observations in typed arrays. */
export interface FittedWire extends Omit<FittedScenario, 'dor' | 'ttr'> {
  dor: WireEndpoint;
  ttr: WireEndpoint;
}

const packEndpoint = ({ observations, ...rest }: ScenarioEndpointFit): WireEndpoint => ({
  ...rest,
  observations: {
    lower: Float64Array.from(observations, (o) => o.lower),
    upper: Float64Array.from(observations, (o) => o.upper),
  },
});

const unpackEndpoint = ({ observations, ...rest }: WireEndpoint): ScenarioEndpointFit => {
  const { lower, upper } = observations;
  const list = new Array<CensoredObservation>(lower.length);
  for (let i = 0; i < lower.length; i++) list[i] = { lower: lower[i], upper: upper[i] };
  return { ...rest, observations: list };
};

/**
 * A fitted scenario in the form it crosses between threads (`toWire`) and back (`fromWire`):
 * the fit of 100,000 patients carries as many observations per endpoint, which cross as two
 * arrays of numbers instead of 100,000 objects each.
 * @example fromWire(toWire(fitted)) // equal to fitted
 */
export const fittedWire = {
  toWire: (fitted: FittedScenario): FittedWire => ({
    ...fitted,
    dor: packEndpoint(fitted.dor),
    ttr: packEndpoint(fitted.ttr),
  }),
  fromWire: (wire: FittedWire): FittedScenario => ({
    ...wire,
    dor: unpackEndpoint(wire.dor),
    ttr: unpackEndpoint(wire.ttr),
  }),
  /** The buffers to transfer with a wire form (the sender's copy is emptied). */
  buffers: (wire: FittedWire): ArrayBuffer[] =>
    [wire.dor, wire.ttr].flatMap(({ observations: o }) => [
      o.lower.buffer as ArrayBuffer,
      o.upper.buffer as ArrayBuffer,
    ]),
};
