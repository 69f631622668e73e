import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { assignTimes } from '../../../src/engine/reconstruct/assignTimes.ts';

describe('assignTimes', () => {
  const patients = () => [
    { id: 'a', cap: 2, t: null as number | null },
    { id: 'b', cap: 10, t: null as number | null },
    { id: 'c', cap: 10, t: null as number | null },
  ];

  it('gives every time to a different patient whose capacity covers it', () => {
    for (const seed of ['1', '2', '3', '4', '5']) {
      const pool = patients();
      const ok = assignTimes([9, 1], pool, {
        capacity: (p) => p.cap,
        set: (p, t) => (p.t = t),
        rng: seedrandom(seed),
      });
      expect(ok, seed).toBe(true);
      const given = pool.filter((p) => p.t !== null);
      expect(
        given.map((p) => p.t).sort((x, y) => (x ?? 0) - (y ?? 0)),
        seed,
      ).toEqual([1, 9]);
      for (const p of given)
        expect(p.t ?? Infinity, JSON.stringify(pool)).toBeLessThanOrEqual(p.cap);
    }
  });

  it('reports failure when a time fits nobody left', () => {
    const pool = patients();
    const ok = assignTimes([9, 9, 9], pool, {
      capacity: (p) => p.cap,
      set: (p, t) => (p.t = t),
      rng: seedrandom('x'),
    });
    expect(ok).toBe(false);
  });
});
