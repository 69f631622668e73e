import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ProportionMethod } from '../../../src/engine/report.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

/** The expected values written by test/fixtures/lessons.R. */
export interface LessonsFixture {
  distributions: { n: number; p: number; pmf: number[] }[];
  tails: { x: number; n: number; p: number; value: number }[];
  ranges: { n: number; p: number; level: number; low: number; high: number }[];
  coverage: {
    method: ProportionMethod;
    n: number;
    level: number;
    ps: number[];
    coverage: number[];
    width: number[];
  }[];
  widthByN: {
    method: ProportionMethod;
    p: number;
    level: number;
    nMax: number;
    widths: number[];
  }[];
  smallestN: { method: ProportionMethod; p: number; width: number; level: number; n: number }[];
  power: {
    p0: number;
    p1: number;
    alpha: number;
    n: number[];
    critical: number[];
    size: number[];
    power: number[];
  }[];
  posterior: {
    x: number;
    n: number;
    priorA: number;
    priorB: number;
    level: number;
    threshold: number;
    a: number;
    b: number;
    mean: number;
    lower: number;
    upper: number;
    probabilityAbove: number;
  }[];
  densities: { a: number; b: number; ps: number[]; density: (number | null)[] }[];
  success: {
    n: number;
    trueOrr: number;
    priorA: number;
    priorB: number;
    threshold: number;
    bar: number;
    byX: number[];
    smallestX: number | null;
    probability: number;
  }[];
}

export const fixture: LessonsFixture = JSON.parse(
  readFileSync(new URL('../../fixtures/lessons.json', import.meta.url), 'utf8'),
);

/** Asserts |actual - expected| <= R_TOLERANCE, printing the inputs on failure. */
export function expectNear(actual: number, expected: number, inputs: object): void {
  expect(
    Math.abs(actual - expected),
    `inputs ${JSON.stringify(inputs)}: got ${actual}, R gives ${expected}`,
  ).toBeLessThanOrEqual(R_TOLERANCE);
}
