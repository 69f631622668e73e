import { describe, expect, it } from 'vitest';
import { quantileType7 } from '../../../src/engine/quantileType7.ts';
import { mismatches, readFixture, type RNumber } from './fixtures.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

interface Case {
  /** Sorted values; `null` is R's Inf, a value above every number. */
  sorted: RNumber[];
  probs: number[];
  quantiles: RNumber[];
}

const { cases } = readFixture<{ cases: Case[] }>('quantiles.json');

describe('quantileType7, as R quantile(x, p) (test/fixtures/quantiles.R)', () => {
  it(`agrees with R on ${cases.length} vectors at 11 probabilities`, () => {
    expect(cases.length).toBe(29);
    const bad = cases.flatMap(({ sorted, probs, quantiles }) => {
      const values = sorted.map((v) => v ?? Infinity);
      return mismatches(
        `quantile(${JSON.stringify(sorted)}, ${JSON.stringify(probs)})`,
        probs.map((p) => quantileType7(values, p)),
        quantiles,
        R_TOLERANCE,
      );
    });
    expect(bad).toEqual([]);
  });

  it('interpolates between the two neighbours of position (n - 1) p', () => {
    expect(quantileType7([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileType7([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileType7([1, 2, 3, 4], 1)).toBe(4);
  });

  it('reaches Infinity, a value never reached, only when a neighbour is Infinity', () => {
    expect(quantileType7([1, 2, Infinity], 0.5)).toBe(2);
    expect(quantileType7([1, 2, Infinity], 0.75)).toBe(Infinity);
    expect(quantileType7([Infinity, Infinity], 0.5)).toBe(Infinity);
  });

  it('is null for an empty list', () => {
    expect(quantileType7([], 0.5)).toBeNull();
  });
});
