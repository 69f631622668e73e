import { describe, expect, it } from 'vitest';
import { dorAxisEnd } from '../../../../src/panels/learn/swimmers/dorAxisEnd.ts';

describe('dorAxisEnd', () => {
  it('reaches 10% beyond the longest resample median', () => {
    expect(dorAxisEnd([2, null, 6], { cohort: 3, upper: 5 })).toBeCloseTo(6.6, 12);
  });

  it("reaches beyond the cohort's median and the background interval when they lie further", () => {
    expect(dorAxisEnd([2], { cohort: 7, upper: null })).toBeCloseTo(7.7, 12);
    expect(dorAxisEnd([2], { cohort: 3, upper: 10 })).toBeCloseTo(11, 12);
  });

  it('shows at least 4 weeks, even before any resample', () => {
    expect(dorAxisEnd([], { cohort: null, upper: null })).toBeCloseTo(4.4, 12);
  });
});
