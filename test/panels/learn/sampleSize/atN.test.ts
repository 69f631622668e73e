import { describe, expect, it } from 'vitest';
import { powerByN } from '../../../../src/engine/lessons/index.ts';
import { atN } from '../../../../src/panels/learn/sampleSize/atN.ts';

describe('atN', () => {
  it('reads the entry for n patients from a list that starts at n = 1', () => {
    expect(atN([0.9, 0.6, 0.5], 2)).toBe(0.6);
    expect(atN(powerByN(1, 100, { p0: 0.6, p1: 0.83 }), 18)?.n).toBe(18);
  });

  it('is null for a cohort without patients or larger than the list', () => {
    expect(atN([0.9, 0.6, 0.5], 0)).toBeNull();
    expect(atN([0.9, 0.6, 0.5], 4)).toBeNull();
    expect(atN([], 18)).toBeNull();
  });
});
