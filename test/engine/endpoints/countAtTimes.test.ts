import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAtTimes } from '../../../src/engine/countAtTimes.ts';

describe('countAtTimes', () => {
  it('lists the distinct times in order with the count of each kind at each', () => {
    expect(countAtTimes([2, 1, 2], [1, 0, 0], 2)).toEqual({
      time: [1, 2],
      counts: [
        [1, 1],
        [0, 1],
      ],
    });
    expect(countAtTimes([], [], 3)).toEqual({ time: [], counts: [[], [], []] });
  });

  it('merges times within sqrt(machine epsilon), as R does', () => {
    expect(countAtTimes([0.1 + 0.2, 0.3], [1, 1], 2).time).toEqual([0.3]);
  });

  it('counts every observation once, whatever the order', () => {
    const obs = fc.array(
      fc.record({ t: fc.integer({ min: 0, max: 20 }), k: fc.integer({ min: 0, max: 2 }) }),
    );
    fc.assert(
      fc.property(obs, (list) => {
        const { time, counts } = countAtTimes(
          list.map((o) => o.t),
          list.map((o) => o.k),
          3,
        );
        expect(time).toEqual([...new Set(list.map((o) => o.t))].sort((a, b) => a - b));
        counts.forEach((c, k) =>
          expect(c.reduce((a, b) => a + b, 0)).toBe(list.filter((o) => o.k === k).length),
        );
      }),
    );
  });

  it('refuses a kind out of range or a time that is not finite', () => {
    expect(() => countAtTimes([1], [2], 2)).toThrow(/kind must be a whole number from 0 to 1/);
    expect(() => countAtTimes([Infinity], [0], 2)).toThrow(/finite/);
  });
});
