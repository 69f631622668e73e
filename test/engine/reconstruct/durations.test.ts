import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../../src/engine/kaplanMeier.ts';
import { kmMedian } from '../../../src/engine/kmMedian.ts';
import { durations } from '../../../src/engine/reconstruct/durations.ts';

describe('durations', () => {
  it.each([1, 2, 3, 4, 5, 15, 16])(
    'with %i responders the Kaplan–Meier median is the target and S never rests at 0.5',
    (responders) => {
      for (const target of [1, 2, 4]) {
        const sampler = durations({ responders, median: target, step: 1, max: 26 });
        expect(sampler.ok).toBe(true);
        if (!sampler.ok) continue;
        const rng = seedrandom(`${responders}/${target}`);
        for (let i = 0; i < 50; i++) {
          const drawn = sampler.sample(rng);
          // Ongoing responses are censored at the least duration the follow-up allows.
          const obs = drawn.map((d) =>
            d.event ? { time: d.wk, event: true } : { time: d.minWk, event: false },
          );
          const curve = kaplanMeier(obs);
          const info = JSON.stringify({ target, obs });
          expect(kmMedian(curve).median, info).toBe(target);
          expect(
            curve.survival.every((s) => Math.abs(s - 0.5) > 1e-9),
            info,
          ).toBe(true);
        }
      }
    },
  );

  it.each([
    [{ responders: 0, median: 1, step: 1, max: 26 }, 'dor.median_wk: there are no responders'],
    [{ responders: 5, median: 1.5, step: 1, max: 26 }, 'dor.median_wk: 1.5 is not a multiple'],
    [
      { responders: 5, median: 30, step: 1, max: 26 },
      'dor.median_wk: 30 exceeds assumptions.max_dor_wk',
    ],
  ])('explains an impossible median %j', (spec, expected) => {
    const sampler = durations(spec);
    expect(sampler.ok).toBe(false);
    if (!sampler.ok) expect(sampler.reason.startsWith(expected), sampler.reason).toBe(true);
  });
});
