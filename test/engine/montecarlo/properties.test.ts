import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { RESPONSE_CODES } from '../../../src/engine/cohort.ts';
import { bootstrap, fitScenario, validateScenario } from '../../../src/engine/montecarlo/index.ts';
import { responseNotRecorded } from '../../../src/engine/responseNotRecorded.ts';
import { makeCohort } from '../../helpers/makeCohort.ts';

/** Small valid cohorts on a half-week grid, so ties and flat stretches at 0.5 are common. */
const cohorts = fc
  .array(
    fc.record({
      code: fc.constantFrom(...RESPONSE_CODES),
      followup: fc.integer({ min: 1, max: 24 }),
      onset: fc.integer({ min: 0, max: 24 }),
      loss: fc.option(fc.integer({ min: 0, max: 24 })),
      halved: fc.option(fc.integer({ min: 0, max: 24 })),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows) =>
    makeCohort(
      rows.map((r, i) => {
        const followupWk = r.followup / 2;
        const responder = r.code !== 'NR' && r.code !== 'NE';
        const responseWk = responder ? Math.min(r.onset / 2, followupWk) : null;
        const lossWk =
          responder && r.loss !== null ? Math.min(responseWk! + r.loss / 2, followupWk) : null;
        const gcHalvedWk = r.halved === null ? null : Math.min(r.halved / 2, followupWk);
        return { id: `P${i}`, bestResponse: r.code, responseWk, lossWk, followupWk, gcHalvedWk };
      }),
      ['loss_wk', 'gc_halved_wk'],
    ),
  );

describe('bootstrap properties over random valid cohorts', () => {
  it('never throws for a cohort that records response; estimates match analyze; shares and intervals are well formed', () => {
    fc.assert(
      fc.property(cohorts, fc.string({ maxLength: 8 }), (cohort, seed) => {
        fc.pre(!responseNotRecorded(cohort.patients));
        const report = bootstrap(cohort, { reps: 300, seed });
        const a = analyze(cohort);
        expect(report.statistics.orr.estimate).toBe(a.orr!.estimate);
        expect(report.statistics.dor_median.estimate).toBe(a.dor?.median ?? null);
        expect(report.statistics.ttr_median.estimate).toBe(a.ttr.km?.median ?? null);
        expect(report.statistics.gc_halved.estimate).toBe(a.gc_halved?.estimate ?? null);
        for (const [name, s] of Object.entries(report.statistics)) {
          expect(s.undefined_fraction, name).toBeGreaterThanOrEqual(0);
          expect(s.undefined_fraction, name).toBeLessThanOrEqual(1);
          if (s.se !== null) expect(s.se, name).toBeGreaterThanOrEqual(0);
          for (const [lo, hi] of Object.values(s.ci)) {
            if (lo !== null && hi !== null) expect(lo, name).toBeLessThanOrEqual(hi);
          }
          const [lo, hi] = s.ci.percentile;
          if (lo !== null && ['orr', 'cr', 'response_by_week_1', 'gc_halved'].includes(name)) {
            expect(lo).toBeGreaterThanOrEqual(0);
            expect(hi!).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('fits a scenario that validates for every cohort that records response', () => {
    fc.assert(
      fc.property(cohorts, (cohort) => {
        fc.pre(!responseNotRecorded(cohort.patients));
        const { scenario } = fitScenario(cohort);
        const checked = validateScenario(JSON.parse(JSON.stringify(scenario)));
        expect(checked.ok ? [] : checked.issues).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 60_000); // 150 fits of every model: seconds alone, longer on a busy machine

  it('refuses, with the reason, a cohort whose every patient is NE with no response time', () => {
    fc.assert(
      fc.property(cohorts, (cohort) => {
        const none = {
          ...cohort,
          patients: cohort.patients.map((p) => ({
            ...p,
            bestResponse: 'NE' as const,
            responseWk: null,
            lossWk: null,
          })),
        };
        expect(() => bootstrap(none, { reps: 10, seed: 's' })).toThrow(
          /^the bootstrap resamples response endpoints, but no response was recorded/,
        );
        expect(() => fitScenario(none)).toThrow(/^no response was recorded for any patient/);
      }),
      { numRuns: 30 },
    );
  });
});
