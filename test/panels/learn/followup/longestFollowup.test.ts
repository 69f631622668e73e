import { describe, expect, it } from 'vitest';
import { longestFollowup } from '../../../../src/panels/learn/followup/longestFollowup.ts';

describe('longestFollowup', () => {
  it('offers six true medians of follow-up, rounded up to whole weeks', () => {
    expect(longestFollowup(3.4)).toBe(21);
    expect(longestFollowup(10)).toBe(60);
  });

  it('offers at least 12 weeks and at most 3 years', () => {
    expect(longestFollowup(0.5)).toBe(12);
    expect(longestFollowup(52)).toBe(156);
  });
});
