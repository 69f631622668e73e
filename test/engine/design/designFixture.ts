import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Alternative } from '../../../src/engine/alternative.ts';
import type {
  AdmissibleDesign,
  OperatingCharacteristics,
  SimonDesigns,
} from '../../../src/engine/design/index.ts';

/** The expected values written by test/fixtures/design.R. */
export interface DesignFixture {
  tests: {
    x: number;
    n: number;
    p0: number;
    alternative: Alternative;
    level: number;
    p_value: number;
    mid_p_value: number;
    ci: [number, number];
  }[];
  power: {
    p0: number;
    p1: number;
    alpha: number;
    alternative: Alternative;
    size: number[];
    power: number[];
    rejected: number[][];
  }[];
  simon: (SimonDesigns & { admissible: AdmissibleDesign[] })[];
  two_stage_oc: {
    r1: number;
    n1: number;
    r: number;
    n: number;
    p: number;
    success: number;
    earlyStop: number;
    expectedN: number;
  }[];
  inference: {
    x: number;
    r1: number;
    n1: number;
    n: number;
    p0: number;
    level: number;
    p_value: number;
    umvue: number;
    ci: [number, number];
    /** clinfun's grid limits (level 0.9 only; null where clinfun has none). */
    clinfun_grid: [number | null, number | null];
  }[];
  predictive: {
    x: number;
    n: number;
    nMax: number;
    a: number;
    b: number;
    p0: number;
    thetaT: number;
    probability: number;
    future_probability: number[];
    future_posterior: number[];
    posterior: number;
  }[];
  monitoring: {
    nMax: number;
    a: number;
    b: number;
    p0: number;
    thetaT: number;
    thetaL: number;
    thetaU: number;
    looks: number[];
    boundaries: { n: number; futility: number | null; efficacy: number | null }[];
    oc: Omit<OperatingCharacteristics, 'byLook'>[];
  }[];
}

export const fixture: DesignFixture = JSON.parse(
  readFileSync(new URL('../../fixtures/design.json', import.meta.url), 'utf8'),
);

/**
 * Tolerance against R for exact quantities: 1e-9 relative, or 1e-12 absolute for values near 0
 * (tiny p-values keep their relative precision). The JSON holds 15 significant digits.
 */
export function expectClose(actual: number, expected: number, inputs: object): void {
  expect(
    Math.abs(actual - expected),
    `inputs ${JSON.stringify(inputs)}: got ${actual}, R gives ${expected}`,
  ).toBeLessThanOrEqual(1e-12 + 1e-9 * Math.abs(expected));
}
