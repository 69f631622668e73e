import { describe, expect, it } from 'vitest';
import { runCost } from '../../../src/engine/montecarlo/runCost.ts';

describe('the cost of a run before it starts', () => {
  it('counts patients × replicates, and patients × studies', () => {
    expect(runCost({ kind: 'bootstrap', patients: 18, reps: 2000 }, { workers: 2 }).units).toBe(
      36_000,
    );
    expect(runCost({ kind: 'simulate', patients: 50, trials: 1000 }, { workers: 1 }).units).toBe(
      50_000,
    );
  });

  it('puts the links of the hostile-input probe at an hour and more than half an hour', () => {
    const boot = runCost({ kind: 'bootstrap', patients: 23_500, reps: 1e7 }, { workers: 2 });
    expect(boot.seconds).toBeGreaterThan(1800);
    const sim = runCost({ kind: 'simulate', patients: 10_000, trials: 100_000 }, { workers: 2 });
    expect(sim.seconds).toBeGreaterThan(1800);
  });

  it('puts the default runs of the built-in cohort well under a second', () => {
    expect(
      runCost({ kind: 'bootstrap', patients: 18, reps: 2000 }, { workers: 1 }).seconds,
    ).toBeLessThan(0.1);
    expect(
      runCost({ kind: 'simulate', patients: 18, trials: 1000 }, { workers: 1 }).seconds,
    ).toBeLessThan(1);
  });

  it('shares the time among the workers and never divides by fewer than one', () => {
    const one = runCost({ kind: 'bootstrap', patients: 1000, reps: 1e5 }, { workers: 1 });
    const four = runCost({ kind: 'bootstrap', patients: 1000, reps: 1e5 }, { workers: 4 });
    expect(four.seconds).toBeCloseTo(one.seconds / 4, 10);
    expect(runCost({ kind: 'bootstrap', patients: 1000, reps: 1e5 }, { workers: 0 })).toEqual(one);
  });
});
