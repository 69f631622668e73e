import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aalenJohansen, type CompetingObservation } from '../../../src/engine/aalenJohansen.ts';
import { cumulativeIncidence } from '../../../src/engine/cumulativeIncidence.ts';
import { mismatches } from '../stats/fixtures.ts';
import { endpoints, type CompetingCase } from './endpointsFixture.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

const TOLERANCE = R_TOLERANCE; // the project's tolerance against R

const observationsOf = (c: CompetingCase): CompetingObservation[] =>
  c.time.map((time, i) => ({ time, cause: c.cause[i] === 0 ? null : c.causes[c.cause[i] - 1] }));
const describeCase = (c: CompetingCase) =>
  c.time.length > 200
    ? `${c.name} (${c.time.length} subjects, see endpoints.R)`
    : `${c.name}: time=${JSON.stringify(c.time)} cause=${JSON.stringify(c.cause)} (1 = ${c.causes[0]}, 2 = ${c.causes[1]})`;

/** The infinitesimal jackknife by brute force: each subject's derivative, summed in squares. */
function bruteForceStdErr(obs: CompetingObservation[], causes: string[]): number[][] {
  const times = [...new Set(obs.map((o) => o.time))].sort((a, b) => a - b);
  const n = obs.length;
  let S = 1;
  const dS = new Array<number>(n).fill(0);
  const dF = causes.map(() => new Array<number>(n).fill(0));
  const out = causes.map(() => [] as number[]);
  for (const t of times) {
    const atRisk = obs.map((o) => (o.time >= t ? 1 : 0));
    const Y = atRisk.reduce((a: number, b) => a + b, 0);
    const lambda = causes.map((c) => obs.filter((o) => o.time === t && o.cause === c).length / Y);
    const L = lambda.reduce((a, b) => a + b, 0);
    const dLambda = causes.map((c, k) =>
      obs.map((o, i) => ((o.time === t && o.cause === c ? 1 : 0) - atRisk[i] * lambda[k]) / Y),
    );
    for (let i = 0; i < n; i++) {
      const dL = dLambda.reduce((s, d) => s + d[i], 0);
      causes.forEach((_, k) => (dF[k][i] += dS[i] * lambda[k] + S * dLambda[k][i]));
      dS[i] = dS[i] * (1 - L) - S * dL;
    }
    S *= 1 - L;
    causes.forEach((_, k) => out[k].push(Math.sqrt(dF[k].reduce((s, d) => s + d * d, 0))));
  }
  return out;
}

describe("aalenJohansen agrees with R's multi-state survfit (R_TOLERANCE)", () => {
  it('has the mgus2 vignette case, edge cases and the cohorts', () => {
    expect(endpoints.competing.length).toBeGreaterThan(15);
  });

  for (const c of endpoints.competing) {
    it(c.name, () => {
      const fit = aalenJohansen(observationsOf(c), c.causes);
      const bad = [
        ...mismatches('time', fit.time, c.rows.time, 1e-12),
        ...mismatches('n.risk', fit.nRisk, c.rows.n_risk, 0),
        ...mismatches('survival', fit.survival, c.rows.survival, TOLERANCE),
        ...mismatches('survival std.err', fit.survivalStdErr, c.rows.survival_se, TOLERANCE),
        ...c.causes.flatMap((cause) => [
          ...mismatches(`${cause} pstate`, fit.incidence[cause], c.rows[cause].estimate, TOLERANCE),
          ...mismatches(`${cause} std.err`, fit.stdErr[cause], c.rows[cause].se, TOLERANCE),
        ]),
      ];
      expect(bad, describeCase(c)).toEqual([]);
    });

    it(`${c.name}: incidence table with band and naive 1 − KM at the event times`, () => {
      const tables = cumulativeIncidence(observationsOf(c), c.causes);
      const eventRows = c.rows.time.flatMap((_, i) =>
        i === 0
          ? c.rows.survival[0] < 1
            ? [i]
            : []
          : c.rows.survival[i] < c.rows.survival[i - 1]
            ? [i]
            : [],
      );
      const bad = c.causes.flatMap((cause) => {
        const rows = tables[cause];
        const want = c.rows[cause];
        const pick = <T>(v: T[]) => eventRows.map((i) => v[i]);
        return [
          ...mismatches(
            `${cause} time`,
            rows.map((r) => r.time),
            pick(c.rows.time),
            1e-12,
          ),
          ...mismatches(
            `${cause} estimate`,
            rows.map((r) => r.estimate),
            pick(want.estimate),
            TOLERANCE,
          ),
          ...mismatches(
            `${cause} se`,
            rows.map((r) => r.se),
            pick(want.se),
            TOLERANCE,
          ),
          ...mismatches(
            `${cause} lower`,
            rows.map((r) => r.lower),
            pick(want.lower),
            TOLERANCE,
          ),
          ...mismatches(
            `${cause} upper`,
            rows.map((r) => r.upper),
            pick(want.upper),
            TOLERANCE,
          ),
          ...mismatches(
            `${cause} naive`,
            rows.map((r) => r.naive),
            pick(want.naive),
            TOLERANCE,
          ),
        ];
      });
      expect(bad, describeCase(c)).toEqual([]);
    });
  }

  it('reproduces the vignette: progression by 240 months 0.0998, naive 1 − KM 0.2096', () => {
    const c = endpoints.competing.find((x) => x.name.startsWith('mgus2'))!;
    const rows = cumulativeIncidence(observationsOf(c), c.causes).pcm;
    const at240 = rows.filter((r) => r.time <= 240).at(-1)!;
    expect(at240.estimate).toBeCloseTo(0.0998, 4);
    expect(at240.naive).toBeCloseTo(0.2096, 4);
  });

  // The closed form sums squares of carried-forward influences, so a variance of exactly 0 can come
  // out as ~1e-17 and its square root as ~1e-9, so this brute-force comparison allows 1e-7.
  it('matches the brute-force jackknife (every subject differentiated) on random data', () => {
    const observation = fc.record({
      time: fc.integer({ min: 0, max: 12 }).map((t) => t / 2),
      cause: fc.constantFrom(null, 'loss', 'death'),
    });
    fc.assert(
      fc.property(fc.array(observation, { minLength: 1, maxLength: 40 }), (obs) => {
        const fit = aalenJohansen(obs, ['loss', 'death']);
        const brute = bruteForceStdErr(obs, ['loss', 'death']);
        const bad = [
          ...mismatches('loss', fit.stdErr.loss, brute[0], 1e-7),
          ...mismatches('death', fit.stdErr.death, brute[1], 1e-7),
        ];
        expect(bad, JSON.stringify(obs)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every state probability in [0, 1], summing to 1', () => {
    const c = endpoints.competing[1];
    const fit = aalenJohansen(observationsOf(c), c.causes);
    fit.time.forEach((_, i) => {
      const total = fit.survival[i] + c.causes.reduce((s, k) => s + fit.incidence[k][i], 0);
      expect(total).toBeCloseTo(1, 12);
    });
  });

  it('refuses an unknown cause and a non-finite time', () => {
    expect(() => aalenJohansen([{ time: 1, cause: 'relapse' }], ['loss', 'death'])).toThrow(
      /relapse/,
    );
    expect(() => aalenJohansen([{ time: NaN, cause: null }], ['loss'])).toThrow(/finite/);
  });
});
