import { describe, expect, it } from 'vitest';
import { orrRange } from '../../../../src/panels/learn/swimmers/orrRange.ts';

describe('orrRange', () => {
  it('gives the lowest and the highest ORR so far, in any order of drawing', () => {
    expect(orrRange([0.7, 0.9, 0.6, 0.8])).toEqual([0.6, 0.9]);
  });

  it('ignores resamples without an ORR', () => {
    expect(orrRange([null, 0.5, null])).toEqual([0.5, 0.5]);
  });

  it('is unknown before any ORR', () => {
    expect(orrRange([])).toBeNull();
    expect(orrRange([null])).toBeNull();
  });
});
