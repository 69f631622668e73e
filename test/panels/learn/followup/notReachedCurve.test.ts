import { describe, expect, it } from 'vitest';
import { notReachedCurve } from '../../../../src/panels/learn/followup/notReachedCurve.ts';
import { row } from './rows.ts';

describe('notReachedCurve', () => {
  it('draws the share not reached on its own chart from 0 to 100%', () => {
    const { frame, path } = notReachedCurve(
      [row({ followupWk: 0, notReached: 1 }), row({ followupWk: 12, notReached: 0.25 })],
      { longestWk: 12, followupWk: 3 },
    );
    expect(frame.y.domain()).toEqual([0, 1]);
    expect(frame.innerHeight).toBe(170 - 14 - 50);
    expect(path).toBe(`M0,0L${frame.x(12)},${frame.innerHeight * 0.75}`); // 596 and 79.5: exact in three decimals
  });

  it('places the chosen cut-off on the same follow-up axis as the medians', () => {
    const geometry = notReachedCurve([], { longestWk: 12, followupWk: 3 });
    expect(geometry.cutoffX).toBe(geometry.frame.x(3));
    expect(geometry.frame.x.range()).toEqual([0, 680 - 64 - 20]);
    expect(geometry.path).toBeNull();
  });
});
