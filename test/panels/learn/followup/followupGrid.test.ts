import { describe, expect, it } from 'vitest';
import { followupGrid } from '../../../../src/panels/learn/followup/followupGrid.ts';

describe('followupGrid', () => {
  it('spaces the follow-ups evenly from no follow-up to the longest, both ends included', () => {
    expect(followupGrid(12, 5)).toEqual([0, 3, 6, 9, 12]);
  });

  it('gives the lesson its 41 follow-ups', () => {
    const grid = followupGrid(21, 41);
    expect(grid).toHaveLength(41);
    expect(grid[20]).toBeCloseTo(10.5, 12);
    expect(grid.at(-1)).toBe(21);
  });
});
