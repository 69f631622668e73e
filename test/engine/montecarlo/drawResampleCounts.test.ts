import binomialPmf from '@stdlib/stats-base-dists-binomial-pmf';
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  bootstrapChunk,
  bootstrapPlan,
  bootstrapResample,
  chunkRng,
  decodeStatistic,
  drawBinomial,
  drawPatient,
  drawResampleCounts,
  resampleGroups,
  type ResampleGroups,
} from '../../../src/engine/montecarlo/index.ts';
import { bootstrapDorMedian } from '../../../src/engine/reconstruct/bootstrapDorMedian.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';
import { isResponseGrade, RESPONSE_GRADES } from '../../../src/engine/cohort.ts';
import { dorObservations } from '../../../src/engine/dorObservations.ts';
import { kaplanMeier } from '../../../src/engine/kaplanMeier.ts';
import { kmMedian } from '../../../src/engine/kmMedian.ts';

/**
 * Pearson's goodness of fit of draws to Binomial(n, p), as a z score: (χ² − df) / √(2 df) over
 * the values expected at least 20 times, the rest pooled in one cell. Exact draws give |z| of
 * about 1; a wrong shape or a shifted mean gives tens.
 */
function fitToBinomial(draws: number[], n: number, p: number): number {
  const seen = new Map<number, number>();
  for (const x of draws) seen.set(x, (seen.get(x) ?? 0) + 1);
  let chi = 0;
  let cells = 0;
  let restExpected = 0;
  let restSeen = 0;
  for (let k = 0; k <= n; k++) {
    const expected = draws.length * binomialPmf(k, n, p);
    const observed = seen.get(k) ?? 0;
    if (expected >= 20) {
      chi += (observed - expected) ** 2 / expected;
      cells++;
    } else {
      restExpected += expected;
      restSeen += observed;
    }
  }
  if (restExpected > 1) {
    chi += (restSeen - restExpected) ** 2 / restExpected;
    cells++;
  }
  const df = cells - 1;
  return (chi - df) / Math.sqrt(2 * df);
}

describe('drawBinomial', () => {
  // (n, p) on both sides of the switch from inversion to BTRD (n·min(p, 1 − p) = 10), above ½,
  // and with n far beyond the mean, as the conditional binomials of a large cohort have them
  const cases: [number, number][] = [
    [12, 0.3],
    [60, 0.16],
    [60, 0.17],
    [400, 0.5],
    [1000, 0.93],
    [100_000, 0.00004],
    [200_000, 0.37],
  ];

  it.each(cases)('draws Binomial(%i, %f) exactly, within Monte Carlo error', (n, p) => {
    const rng = chunkRng(`binomial ${n} ${p}`, 0);
    const draws = Array.from({ length: 60_000 }, () => drawBinomial(n, p, rng));
    expect(draws.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
    expect(Math.abs(fitToBinomial(draws, n, p)), `n ${n}, p ${p}`).toBeLessThan(4);
  });

  it('gives the certain cases without drawing, and the same draw from the same stream', () => {
    const never = () => {
      throw new Error('drew');
    };
    expect(drawBinomial(0, 0.4, never)).toBe(0);
    expect(drawBinomial(9, 0, never)).toBe(0);
    expect(drawBinomial(9, 1, never)).toBe(9);
    const a = Array.from({ length: 50 }, (_, k) => drawBinomial(5000, 0.2, chunkRng('same', k)));
    const b = Array.from({ length: 50 }, (_, k) => drawBinomial(5000, 0.2, chunkRng('same', k)));
    expect(b).toEqual(a);
  });
});

describe('resampleGroups', () => {
  it('groups equal keys in order of first appearance, with the conditional shares', () => {
    const keys = [7, 5, 7, ...new Array<number>(37).fill(9)];
    const g = resampleGroups(40, keys);
    expect(g.byPatient).toBe(false);
    expect([...g.sizes]).toEqual([2, 1, 37]);
    expect([...g.groupOf.slice(0, 4)]).toEqual([0, 1, 0, 2]);
    expect([...g.conditional]).toEqual([2 / 40, 1 / 38, 1]);
  });

  it('keeps one patient per group, drawn patient by patient, when groups would be small', () => {
    for (const g of [
      resampleGroups(18),
      resampleGroups(
        36,
        new Array(36).fill(0).map((_, i) => i % 3),
      ),
    ]) {
      expect(g.byPatient).toBe(true);
      expect([...g.groupOf]).toEqual(Array.from({ length: g.n }, (_, i) => i));
      expect([...g.sizes]).toEqual(new Array(g.n).fill(1));
    }
    expect(
      resampleGroups(
        37,
        new Array(37).fill(0).map((_, i) => i % 3),
      ).byPatient,
    ).toBe(false);
    expect(() => resampleGroups(0)).toThrow('n must be an integer >= 1, got 0');
  });
});

describe('drawResampleCounts', () => {
  /** Groups of the given sizes, drawn one way or the other. */
  const groupsOf = (sizes: number[], byPatient: boolean): ResampleGroups => {
    const n = sizes.reduce((a, b) => a + b, 0);
    let rest = n;
    return {
      n,
      sizes: Int32Array.from(sizes),
      groupOf: Int32Array.from(sizes.flatMap((s, g) => new Array<number>(s).fill(g))),
      conditional: Float64Array.from(sizes, (s) => {
        const p = s / rest;
        rest -= s;
        return p;
      }),
      byPatient,
    };
  };

  it('draws each group’s count from Binomial(n, size / n), either way', () => {
    const sizes = [1, 5, 2, 9, 3];
    for (const byPatient of [true, false]) {
      const groups = groupsOf(sizes, byPatient);
      const rng = chunkRng(`multinomial ${byPatient}`, 0);
      const counts = new Int32Array(sizes.length);
      const drawn = sizes.map(() => [] as number[]);
      let wrongTotals = 0;
      for (let r = 0; r < 40_000; r++) {
        drawResampleCounts(groups, { rng, counts });
        if (counts.reduce((a, b) => a + b, 0) !== 20) wrongTotals++;
        counts.forEach((c, g) => drawn[g].push(c));
      }
      expect(wrongTotals).toBe(0);
      sizes.forEach((size, g) =>
        expect(
          Math.abs(fitToBinomial(drawn[g], 20, size / 20)),
          `group ${g}, ${byPatient}`,
        ).toBeLessThan(4),
      );
    }
  });

  it('always draws n patients in all, none in a group of none, from the same stream the same', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.string(),
        (sizes, byPatient, seed) => {
          const groups = groupsOf(sizes, byPatient);
          const counts = drawResampleCounts(groups, {
            rng: chunkRng(seed, 0),
            counts: new Int32Array(sizes.length),
          });
          const again = drawResampleCounts(groups, {
            rng: chunkRng(seed, 0),
            counts: new Int32Array(sizes.length),
          });
          expect(counts.reduce((a, b) => a + b, 0)).toBe(groups.n);
          expect([...counts].every((c) => c >= 0)).toBe(true);
          expect(again).toEqual(counts);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('bootstrap resamples of patients', () => {
  it('draws n patients with replacement, reproducibly, each from one number of the stream', () => {
    const items = Array.from({ length: 18 }, (_, i) => i);
    const a = bootstrapResample(items, { rng: seedrandom.alea('b') });
    expect(a).toEqual(bootstrapResample(items, { rng: seedrandom.alea('b') }));
    expect(a.sample).toHaveLength(18);
    expect(a.counts.reduce((s, c) => s + c, 0)).toBe(18);
    const rng = seedrandom.alea('b');
    const indices = Array.from({ length: 18 }, () => drawPatient(18, rng));
    expect(a.sample).toEqual([...indices].sort((x, y) => x - y));
  });

  it('leaves out about 1/e of patients on average', () => {
    const rng = seedrandom.alea('e');
    const items = Array.from({ length: 18 }, (_, i) => i);
    let missing = 0;
    for (let r = 0; r < 2000; r++) {
      missing += bootstrapResample(items, { rng }).counts.filter((c) => c === 0).length;
    }
    // E[missing] = 18 (17/18)^18 = 6.41
    expect(missing / 2000).toBeCloseTo(18 * (17 / 18) ** 18, 0);
  });

  it('draws patient floor(u n) for each number u of the stream', () => {
    expect(drawPatient(18, () => 0.5)).toBe(9);
    expect(drawPatient(18, () => 0.999999)).toBe(17);
    expect(bootstrapResample(['a', 'b', 'c'], { rng: () => 0.5 })).toEqual({
      counts: [0, 3, 0],
      sample: ['b', 'b', 'b'],
    });
  });

  it('is the resample the Monte Carlo bootstrap evaluates, from the same stream', () => {
    const cohort = hlhCohort();
    const plan = bootstrapPlan(cohort);
    const { sample } = bootstrapResample(cohort.patients, { rng: chunkRng('same', 0) });
    const responders = sample.filter((p) => isResponseGrade(p.bestResponse)).length;
    const one = bootstrapChunk(plan, { count: 1, rng: chunkRng('same', 0) });
    expect(decodeStatistic(plan, 'orr', one.tallies[0].codes[0])).toBe(responders / plan.n);
  });

  it('is the resample the reconstruction bootstraps the median duration of response from', () => {
    const cohort = hlhCohort();
    const { sample } = bootstrapResample(cohort.patients, { rng: seedrandom('dor') });
    const median = kmMedian(kaplanMeier(dorObservations(sample, RESPONSE_GRADES))).median;
    const interval = bootstrapDorMedian(cohort, { reps: 1, rng: seedrandom('dor') });
    expect(interval).toEqual([median, median]);
  });
});
