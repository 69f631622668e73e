import { describe, expect, it } from 'vitest';
import { bootstrap, simulateStudies } from '../../../src/engine/montecarlo/index.ts';
import { goldenInputs, readGolden, writeGolden } from './golden.ts';

describe('golden Monte Carlo results for fixed seeds', () => {
  const inputs = goldenInputs();
  const fresh = {
    bootstrap: bootstrap(inputs.cohort, inputs.bootstrap),
    simulate: simulateStudies(inputs.scenario, inputs.simulate),
  };
  if (process.env.UPDATE_GOLDEN === '1') writeGolden(fresh);
  const golden = readGolden();

  it('the bootstrap of the built-in cohort gives exactly the committed numbers in Node', () => {
    expect(JSON.stringify(fresh.bootstrap), JSON.stringify(inputs.bootstrap)).toBe(
      golden.bootstrap,
    );
  });

  it('the re-simulation of its fitted scenario gives exactly the committed numbers in Node', () => {
    expect(JSON.stringify(fresh.simulate), JSON.stringify(inputs.simulate)).toBe(golden.simulate);
  });
});
