import { isDeepStrictEqual } from 'node:util';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import type { AnalysisReport } from '../../../src/engine/report.ts';
import { RESPONSE_GRADES, type Cohort } from '../../../src/engine/cohort.ts';
import type { CohortSummary } from '../../../src/engine/reconstruct/cohortSummary.ts';
import { cohortKey } from '../../../src/engine/reconstruct/cohortKey.ts';
import { reconstructEnsemble } from '../../../src/engine/reconstruct/reconstructEnsemble.ts';
import { cohortToCsv } from '../../../src/io/cohortToCsv.ts';
import { parseCohort } from '../../../src/io/parseCohort.ts';
import { hlhSummary } from '../../helpers/hlhSummary.ts';

/** Every published figure of the HLH abstract, as the full `analyze` report gives it. */
const HLH_FIGURES = {
  n: 18,
  orrCrPrImp: [15, 2, 13, 0],
  ttrMedian: 1,
  respondedByWeek1: 14,
  dorMedian: 1,
  gcHalvedXNMedian: [13, 18, 1],
  fever: { baseline: 3, resolved: 3, resolvedByWeek1: 3 },
  femaleMale: [16, 2],
  medianAge37_6: true,
  seriousRelatedEvents: [] as string[],
  /** Each patient's times against each other and the enrolment window. */
  patientProblems: [] as string[],
};

const reports = new WeakMap<Cohort, AnalysisReport>();
/** A cohort's report with the abstract's settings, computed once per cohort for all the tests. */
function reportOf(cohort: Cohort): AnalysisReport {
  let report = reports.get(cohort);
  if (!report) {
    report = analyze(cohort, { level: 0.95, responders: RESPONSE_GRADES, byWeek: [1] });
    reports.set(cohort, report);
  }
  return report;
}

/** What a cohort shows of `HLH_FIGURES`. */
function hlhFigures(cohort: Cohort): typeof HLH_FIGURES {
  const r = reportOf(cohort);
  const patientProblems: string[] = [];
  for (const p of cohort.patients) {
    const times = { response: p.responseWk, loss: p.lossWk, death: p.deathWk };
    const more = { fever_resolved: p.feverResolvedWk, gc_halved: p.gcHalvedWk };
    for (const [name, t] of Object.entries({ ...times, ...more }))
      if (t !== null && t > p.followupWk) patientProblems.push(`${p.id}: ${name} after follow-up`);
    if (p.lossWk !== null && !(p.lossWk > (p.responseWk ?? Infinity)))
      patientProblems.push(`${p.id}: loss not after the response`);
    // Enrolment January–August 2025, cut-off 30 September 2025: 4 to 39 weeks of follow-up.
    if (p.followupWk > 39) patientProblems.push(`${p.id}: followed beyond 39 weeks`);
    if (p.deathWk === null && p.followupWk < 4)
      patientProblems.push(`${p.id}: alive and followed under 4 weeks`);
  }
  return {
    n: r.n,
    orrCrPrImp: [r.orr!.x, r.cr!.x, r.pr!.x, r.imp!.x],
    ttrMedian: r.ttr.responders_median as number,
    respondedByWeek1: r.response_by_week['1'].x,
    dorMedian: r.dor?.median as number,
    gcHalvedXNMedian: [r.gc_halved?.x, r.gc_halved?.n, r.gc_halved?.median_time] as number[],
    fever: {
      baseline: r.fever?.baseline as number,
      resolved: r.fever?.resolved as number,
      resolvedByWeek1: r.fever?.resolved_by_week[1] as number,
    },
    femaleMale: [r.demographics.female, r.demographics.male],
    medianAge37_6: Math.abs((r.demographics.median_age ?? NaN) - 37.6) < 1e-9,
    seriousRelatedEvents: cohort.patients.filter((p) => p.saeRelated !== false).map((p) => p.id),
    patientProblems,
  };
}

/**
 * Checks every published figure on one cohort, printing the cohort's CSV when one is off (it is
 * written only then: writing it for each of a thousand cohorts was most of this file's time).
 */
function expectHlhFigures(cohort: Cohort) {
  const figures = hlhFigures(cohort);
  if (!isDeepStrictEqual(figures, HLH_FIGURES))
    expect(figures, cohortToCsv(cohort)).toEqual(HLH_FIGURES);
}

describe('reconstructEnsemble on the HLH summary', () => {
  const ensemble = reconstructEnsemble(hlhSummary(), { cohorts: 1000, rng: seedrandom('hlh') });

  it('draws 1,000 cohorts without conflicts, within its attempt budget', () => {
    expect(ensemble.message, JSON.stringify(ensemble.rejected)).toBeNull();
    expect(ensemble.cohorts).toHaveLength(1000);
    expect(ensemble.conflicts).toEqual([]);
    expect(ensemble.attempts).toBeLessThanOrEqual(20 * 1000 + 200);
  });

  it('every cohort reproduces every published figure through analyze', { timeout: 60_000 }, () => {
    for (const cohort of ensemble.cohorts) expectHlhFigures(cohort);
  });

  it('the cohorts are distinct (as sets of patient records)', () => {
    const keys = new Set(ensemble.cohorts.map(cohortKey));
    expect(keys.size).toBe(1000);
  });

  it(
    'the cohorts differ in what the abstract leaves open (responses ongoing at cut-off)',
    { timeout: 60_000 },
    () => {
      const ongoing = new Set(
        ensemble.cohorts.map((c) => {
          const dor = reportOf(c).dor;
          return dor ? dor.n - dor.events : -1;
        }),
      );
      expect(ongoing.size).toBeGreaterThan(3);
    },
  );

  it(
    'a cohort survives a CSV round trip through the importer with the same figures',
    { timeout: 60_000 },
    () => {
      for (const cohort of ensemble.cohorts.slice(0, 20)) {
        const csv = cohortToCsv(cohort);
        const parsed = parseCohort(csv, { fileName: 'cohort.csv' });
        expect(parsed.ok, csv).toBe(true);
        if (parsed.ok) expectHlhFigures(parsed.cohort);
      }
    },
  );
});

describe('reconstructEnsemble is reproducible', () => {
  it('the same seed gives the same ensemble; another seed another', { timeout: 60_000 }, () => {
    const draw = (seed: string) =>
      reconstructEnsemble(hlhSummary(), { cohorts: 50, rng: seedrandom(seed) }).cohorts.map(
        cohortToCsv,
      );
    const a = draw('42');
    expect(draw('42')).toEqual(a);
    expect(draw('43')).not.toEqual(a);
  });
});

describe('reconstructEnsemble with conflicting constraints', () => {
  const conflicted = (patch: Partial<CohortSummary>) =>
    reconstructEnsemble({ ...hlhSummary(), ...patch }, { cohorts: 10, rng: seedrandom('x') });

  it('20 responders of 18 are reported by name, with no cohort drawn', () => {
    const result = conflicted({ best_response: { CR: 2, PR: 18, NR: 0 } });
    expect(result.cohorts).toEqual([]);
    expect(result.attempts).toBe(0);
    expect(result.conflicts.map((c) => c.constraint)).toContain('best_response');
    expect(result.message).toMatch(/best_response \(counts add up to 20, but n is 18\)/);
    expect(result.satisfiable).not.toContain('best_response');
    expect(result.satisfiable).toContain('age.median');
  });

  it.each<[string, Partial<CohortSummary>, string]>([
    [
      'more responding by week 1 than respond',
      { response: { median_wk: 1, by_week: { '1': 16 } } },
      'response.by_week.1',
    ],
    [
      'a median time to response the week-1 count rules out',
      { response: { median_wk: 3, by_week: { '1': 14 } } },
      'response.median_wk',
    ],
    ['a DOR median off the weekly schedule', { dor: { median_wk: 1.25 } }, 'dor.median_wk'],
    [
      'more fevers resolved than febrile',
      { fever: { baseline: 3, resolved: 4 } },
      'fever.resolved',
    ],
    [
      'more resolved by week 1 than resolved',
      { fever: { baseline: 3, resolved: 2, resolved_by_week: { '1': 3 } } },
      'fever.resolved_by_week.1',
    ],
    ['19 halved of 18', { gc_halved: { count: 19, median_wk: 1 } }, 'gc_halved.count'],
    ['more sexes than patients', { sex: { female: 17, male: 2 } }, 'sex'],
    ['an enrolment ending after the cut-off', { cutoff: '2025-04-30' }, 'cutoff'],
  ])('%s is reported as %s', (_, patch, constraint) => {
    const result = conflicted(patch);
    expect(result.cohorts).toEqual([]);
    expect(
      result.conflicts.map((c) => c.constraint),
      result.message ?? '',
    ).toContain(constraint);
    expect(result.message).toContain(constraint);
  });
});

describe('reconstructEnsemble terminates', () => {
  it('stops at maxAttempts with a clear message when too few distinct cohorts exist', () => {
    // One non-responder enrolled on one day: only a handful of distinct cohorts exist.
    const tiny: CohortSummary = {
      n: 1,
      best_response: { NR: 1 },
      enrolment: { start: '2025-01-06', end: '2025-01-06' },
      cutoff: '2025-03-03',
      schedule: { every_wk: 1 },
      assumptions: { death_probability: 0 },
    };
    const result = reconstructEnsemble(tiny, {
      cohorts: 5,
      rng: seedrandom('t'),
      maxAttempts: 200,
    });
    expect(result.cohorts).toHaveLength(1);
    expect(result.attempts).toBe(200);
    expect(result.rejected.duplicate).toBe(199);
    expect(result.message).toBe(
      'drew 1 of 5 cohorts in 200 attempts (most rejections: duplicate, 199 times)',
    );
  });
});
