import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import type { CohortSummary } from '../../../src/engine/reconstruct/cohortSummary.ts';
import { reconstructEnsemble } from '../../../src/engine/reconstruct/reconstructEnsemble.ts';
import { summaryConstraints } from '../../../src/engine/reconstruct/summaryConstraints.ts';
import { validateSummary } from '../../../src/engine/reconstruct/validateSummary.ts';

/** Random summaries, feasible or not: counts, medians and landmark counts drawn independently. */
const summaries = fc
  .record({
    cr: fc.integer({ min: 0, max: 8 }),
    pr: fc.integer({ min: 0, max: 12 }),
    nr: fc.integer({ min: 0, max: 8 }),
    extra: fc.constantFrom(0, 0, 0, 0, 1, -2),
    ttrMedian: fc.integer({ min: 1, max: 6 }),
    byWeek1Share: fc.integer({ min: 0, max: 12 }),
    dorMedian: fc.integer({ min: 1, max: 10 }),
    gcShare: fc.integer({ min: 0, max: 12 }),
    gcMedianHalves: fc.integer({ min: 1, max: 12 }),
    ageMedianTenths: fc.integer({ min: 180, max: 800 }),
    seed: fc.string(),
  })
  .map((r): CohortSummary & { seed: string } => {
    // Shares are in tenths: up to 10 is possible, above it is not.
    const n = Math.max(0, r.cr + r.pr + r.nr + r.extra);
    return {
      seed: r.seed,
      n,
      best_response: { CR: r.cr, PR: r.pr, NR: r.nr },
      response: {
        median_wk: r.ttrMedian,
        by_week: { '1': Math.round(((r.cr + r.pr) * r.byWeek1Share) / 10) },
      },
      dor: { median_wk: r.dorMedian },
      gc_halved: { count: Math.round((n * r.gcShare) / 10), median_wk: r.gcMedianHalves / 2 },
      age: { median: r.ageMedianTenths / 10 },
      enrolment: { start: '2025-01-01', end: '2025-08-31' },
      cutoff: '2025-09-30',
      schedule: { every_wk: 1, between_visits_wk: 0.5 },
    };
  });

describe('reconstructEnsemble on random summaries (property)', () => {
  it(
    'either names conflicting constraints and draws nothing, or every cohort matches the summary; always within budget',
    { timeout: 120_000 },
    () => {
      let drawn = 0;
      fc.assert(
        fc.property(summaries, ({ seed, ...summary }) => {
          expect(validateSummary(summary).ok).toBe(true);
          const result = reconstructEnsemble(summary, {
            cohorts: 3,
            rng: seedrandom(seed),
            maxAttempts: 60,
          });
          const info = JSON.stringify({
            summary,
            conflicts: result.conflicts,
            message: result.message,
          });
          expect(result.attempts, info).toBeLessThanOrEqual(60);
          if (result.conflicts.length > 0) {
            expect(result.cohorts, info).toEqual([]);
            const known = summaryConstraints(summary);
            for (const c of result.conflicts) {
              const named = known.some(
                (k) =>
                  k === c.constraint ||
                  k.startsWith(`${c.constraint}.`) ||
                  c.constraint.startsWith(`${k}.`),
              );
              expect(named, `${c.constraint} ${info}`).toBe(true);
            }
            return;
          }
          expect(result.cohorts.length, info).toBeGreaterThan(0);
          drawn += result.cohorts.length;
          for (const cohort of result.cohorts) {
            const r = analyze(cohort, { byWeek: [1] });
            expect([r.n, r.cr!.x, r.pr!.x], info).toEqual([
              summary.n,
              summary.best_response.CR,
              summary.best_response.PR,
            ]);
            expect(r.ttr.responders_median, info).toBe(summary.response?.median_wk);
            expect(r.response_by_week['1'].x, info).toBe(summary.response?.by_week?.['1']);
            expect(r.dor?.median, info).toBe(summary.dor?.median_wk);
            expect([r.gc_halved?.x, r.gc_halved?.median_time], info).toEqual([
              summary.gc_halved?.count,
              summary.gc_halved?.median_wk,
            ]);
            expect(
              Math.abs((r.demographics.median_age ?? NaN) - (summary.age?.median ?? NaN)),
              info,
            ).toBeLessThan(1e-9);
          }
        }),
        { numRuns: 400 },
      );
      expect(drawn, 'cohorts drawn over all feasible summaries').toBeGreaterThan(150);
    },
  );
});
