import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { median } from '../../../src/engine/median.ts';
import { orderedTimes } from '../../../src/engine/reconstruct/orderedTimes.ts';

describe('orderedTimes', () => {
  it('every drawn set has the required count, median and counts by week (property)', () => {
    let feasible = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(0.5, 1),
        fc.string(),
        (count, medianSteps, byWeekCount, week, step, seed) => {
          const spec = {
            count,
            step,
            max: 8,
            median: medianSteps * step,
            byWeek: { [String(week)]: Math.min(byWeekCount, count) },
          };
          const sampler = orderedTimes(spec, 'response', 'responders');
          if (!sampler.ok) return;
          feasible++;
          const rng = seedrandom(seed);
          for (let i = 0; i < 5; i++) {
            const times = sampler.sample(rng);
            const info = JSON.stringify({ spec, times });
            expect(times, info).toHaveLength(count);
            expect(median(times), info).toBeCloseTo(spec.median, 12);
            expect(times.filter((t) => t <= week).length, info).toBe(spec.byWeek[String(week)]);
            for (const t of times) {
              expect(t, info).toBeGreaterThan(0);
              expect(t, info).toBeLessThanOrEqual(8);
              expect(Math.abs(t / step - Math.round(t / step)), info).toBeLessThan(1e-9);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(feasible, 'feasible specs among 300').toBeGreaterThan(60);
  });

  it('an even count reaches a median between two grid values (mean of the middle pair)', () => {
    const sampler = orderedTimes(
      { count: 4, step: 1, max: 8, median: 1.5 },
      'gc_halved',
      'patients',
    );
    expect(sampler.ok).toBe(true);
    if (sampler.ok) expect(median(sampler.sample(seedrandom('a')))).toBe(1.5);
  });

  it.each([
    [
      { count: 15, step: 1, max: 8, byWeek: { '1': 16 } },
      'response.by_week.1: 16 exceeds the 15 responders',
    ],
    [
      { count: 5, step: 1, max: 8, byWeek: { '1': 4, '2': 3 } },
      'response.by_week: 4 by week 1 but only 3 by week 2',
    ],
    [
      { count: 15, step: 1, max: 8, median: 3, byWeek: { '1': 14 } },
      'response.median_wk: 3 is not reachable',
    ],
    [{ count: 3, step: 1, max: 8, median: 1.5 }, 'response.median_wk: 1.5 is not reachable'],
    [
      { count: 0, step: 1, max: 8, median: 1 },
      'response.median_wk: a median needs at least one time',
    ],
    [
      { count: 3, step: 1, max: 0.5 },
      'response.by_week: no time on the 1-week grid up to 0.5 weeks',
    ],
  ])('explains an impossible spec %j', (spec, expected) => {
    const sampler = orderedTimes(spec, 'response', 'responders');
    expect(sampler.ok).toBe(false);
    if (!sampler.ok) expect(sampler.reason.startsWith(expected), sampler.reason).toBe(true);
  });
});
