import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  operatingCharacteristics,
  simonDesigns,
  simonRule,
  type SimonDesign,
} from '../../../src/engine/design/index.ts';
import { expectClose, fixture } from './designFixture.ts';

/** A design as Simon prints it: r1/n1, r/n, EN(p0) to 0.1 and PET(p0) to 0.01. */
function printed(d: SimonDesign): string {
  return `${d.r1}/${d.n1} ${d.r}/${d.n} ${d.en0.toFixed(1)} ${d.pet0.toFixed(2)}`;
}

/**
 * Simon (1989), Controlled Clinical Trials 10:1, Table 1 (p1 - p0 = 0.20), as printed:
 * [p0, p1, alpha, beta, optimal, minimax].
 */
const TABLE_1: [number, number, number, number, string, string][] = [
  [0.05, 0.25, 0.1, 0.1, '0/9 2/24 14.5 0.63', '0/13 2/20 16.4 0.51'],
  [0.05, 0.25, 0.05, 0.2, '0/9 2/17 12.0 0.63', '0/12 2/16 13.8 0.54'],
  [0.05, 0.25, 0.05, 0.1, '0/9 3/30 16.8 0.63', '0/15 3/25 20.4 0.46'],
  [0.1, 0.3, 0.1, 0.1, '1/12 5/35 19.8 0.66', '1/16 4/25 20.4 0.51'],
  [0.1, 0.3, 0.05, 0.2, '1/10 5/29 15.0 0.74', '1/15 5/25 19.5 0.55'],
  [0.1, 0.3, 0.05, 0.1, '2/18 6/35 22.5 0.73', '2/22 6/33 26.2 0.62'],
  [0.2, 0.4, 0.1, 0.1, '3/17 10/37 26.0 0.55', '3/19 10/36 28.3 0.46'],
  [0.2, 0.4, 0.05, 0.2, '3/13 12/43 20.6 0.75', '4/18 10/33 22.3 0.72'],
  [0.2, 0.4, 0.05, 0.1, '4/19 15/54 30.4 0.67', '5/24 13/45 31.2 0.66'],
  [0.3, 0.5, 0.05, 0.2, '5/15 18/46 23.6 0.72', '6/19 16/39 25.7 0.67'],
  [0.3, 0.5, 0.05, 0.1, '8/24 24/63 34.7 0.73', '7/24 21/53 36.6 0.56'],
  [0.4, 0.6, 0.1, 0.1, '7/18 22/46 30.2 0.56', '11/28 20/41 33.8 0.55'],
  [0.4, 0.6, 0.05, 0.2, '7/16 23/46 24.5 0.72', '17/34 20/39 34.4 0.91'],
  [0.4, 0.6, 0.05, 0.1, '11/25 32/66 36.0 0.73', '12/29 27/54 38.1 0.64'],
  [0.5, 0.7, 0.05, 0.2, '8/15 26/43 23.5 0.70', '12/23 23/37 27.7 0.66'],
  [0.5, 0.7, 0.05, 0.1, '13/24 36/61 34.0 0.73', '14/27 32/53 36.1 0.65'],
  [0.6, 0.8, 0.1, 0.1, '6/11 26/38 25.4 0.47', '18/27 24/35 28.5 0.82'],
  [0.6, 0.8, 0.05, 0.2, '7/11 30/43 20.5 0.70', '8/13 25/35 20.8 0.65'],
  [0.6, 0.8, 0.05, 0.1, '12/19 37/53 29.5 0.69', '15/26 32/45 35.9 0.48'],
  [0.7, 0.9, 0.05, 0.2, '4/6 22/27 14.8 0.58', '19/23 21/26 23.2 0.95'],
  [0.7, 0.9, 0.05, 0.1, '11/15 29/36 21.2 0.70', '13/18 26/32 22.7 0.67'],
];

describe('simonDesigns reproduces Simon (1989), Table 1, as printed', () => {
  it.each(TABLE_1)('p0 = %s, p1 = %s, alpha = %s, beta = %s', (p0, p1, alpha, beta, opt, mm) => {
    const designs = simonDesigns({ p0, p1, alpha, beta });
    expect(designs).not.toBeNull();
    expect(printed(designs!.optimal)).toBe(opt);
    expect(printed(designs!.minimax)).toBe(mm);
  });
});

describe('simonDesigns against the exhaustive search in R', () => {
  it.each(fixture.simon)(
    'p0 = $p0, p1 = $p1, alpha = $alpha, beta = $beta, nmax = $nmax',
    ({ candidates, minimax, optimal, admissible, ...inputs }) => {
      const designs = simonDesigns(inputs)!;
      const same = (actual: SimonDesign, expected: SimonDesign) => {
        const at = { ...inputs, n: expected.n };
        expect([actual.r1, actual.n1, actual.r, actual.n], JSON.stringify(at)).toEqual([
          expected.r1,
          expected.n1,
          expected.r,
          expected.n,
        ]);
        for (const key of ['en0', 'pet0', 'alpha', 'power'] as const) {
          expectClose(actual[key], expected[key], { ...at, key });
        }
      };
      expect(designs.candidates.map((d) => d.n)).toEqual(candidates.map((d) => d.n));
      designs.candidates.forEach((d, i) => same(d, candidates[i]));
      same(designs.minimax, minimax);
      same(designs.optimal, optimal);
      expect(designs.admissible.map((d) => d.n)).toEqual(admissible.map((d) => d.n));
      designs.admissible.forEach((d, i) => {
        same(d, admissible[i]);
        expectClose(d.qLow, admissible[i].qLow, { ...inputs, n: d.n, key: 'qLow' });
        expectClose(d.qHigh, admissible[i].qHigh, { ...inputs, n: d.n, key: 'qHigh' });
      });
    },
  );
});

describe('a design as a stopping rule', () => {
  it.each(fixture.two_stage_oc)(
    'gives the exact characteristics of $r1/$n1, $r/$n at p = $p',
    ({ r1, n1, r, n, p, success, earlyStop, expectedN }) => {
      const oc = operatingCharacteristics(simonRule({ r1, n1, r, n }), { p });
      const inputs = { r1, n1, r, n, p };
      expectClose(oc.success, success, inputs);
      expectClose(oc.earlyStop, earlyStop, inputs);
      expectClose(oc.expectedN, expectedN, inputs);
    },
  );
});

describe('simonDesigns properties', () => {
  const settings = fc
    .record({
      p0: fc.double({ min: 0.05, max: 0.7, noNaN: true }),
      gap: fc.double({ min: 0.15, max: 0.3, noNaN: true }),
      alpha: fc.constantFrom(0.05, 0.1, 0.2),
      beta: fc.constantFrom(0.1, 0.2, 0.3),
    })
    .map(({ p0, gap, alpha, beta }) => ({ p0, p1: Math.min(0.95, p0 + gap), alpha, beta }));

  it('every design meets alpha and beta; optimal and minimax are what they say', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const designs = simonDesigns({ ...s, nmax: 70 });
        if (designs === null) return;
        const inputs = JSON.stringify(s);
        for (const d of designs.candidates) {
          expect(d.alpha, inputs).toBeLessThanOrEqual(s.alpha);
          expect(d.power, inputs).toBeGreaterThanOrEqual(1 - s.beta);
          expect(d.en0, inputs).toBeGreaterThanOrEqual(d.n1);
          expect(d.en0, inputs).toBeLessThan(d.n);
          const oc = operatingCharacteristics(simonRule(d), { p: s.p0 });
          expect(Math.abs(oc.success - d.alpha), inputs).toBeLessThan(1e-12);
          expect(Math.abs(oc.expectedN - d.en0), inputs).toBeLessThan(1e-10);
        }
        const ens = designs.candidates.map((d) => d.en0);
        expect(designs.optimal.en0).toBe(Math.min(...ens));
        expect(designs.minimax).toBe(designs.candidates[0]);
        const [first] = designs.admissible;
        const last = designs.admissible[designs.admissible.length - 1];
        expect(first).toMatchObject({ n: designs.minimax.n, qHigh: 1 });
        expect(last).toMatchObject({ n: designs.optimal.n, qLow: 0 });
      }),
      { numRuns: 40 },
    );
  });

  it('admissible designs each minimise q·n + (1 - q)·EN(p0) over their range of q', () => {
    const designs = simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 })!;
    const path = designs.candidates.filter((d) => d.n <= designs.optimal.n);
    for (const d of designs.admissible) {
      for (const q of [d.qLow, (d.qLow + d.qHigh) / 2, d.qHigh]) {
        const loss = (e: SimonDesign) => q * e.n + (1 - q) * e.en0;
        const best = Math.min(...path.map(loss));
        expect(loss(d) - best, `q = ${q}, n = ${d.n}`).toBeLessThan(1e-9);
      }
    }
    expect(designs.admissible.map((d) => `${d.r1}/${d.n1} ${d.r}/${d.n}`)).toEqual([
      '4/18 10/33',
      '3/14 11/38',
      '3/13 12/43',
    ]);
  });

  it('returns null when no design fits under nmax, and refuses bad settings', () => {
    expect(simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 30 })).toBeNull();
    expect(() => simonDesigns({ p0: 0.4, p1: 0.4, alpha: 0.05, beta: 0.2 })).toThrow(
      'p1 must be in (p0, 1) = (0.4, 1), got 0.4',
    );
    expect(() => simonDesigns({ p0: 0.2, p1: 0.4, alpha: 1, beta: 0.2 })).toThrow(
      'alpha must be in (0, 1), got 1',
    );
    expect(() => simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 1001 })).toThrow(
      'nmax must be a whole number from 2 to 1000, got 1001',
    );
  });
});
