import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { RESPONSE_GRADES, type Cohort } from '../../../src/engine/cohort.ts';
import type { CohortSummary } from '../../../src/engine/reconstruct/cohortSummary.ts';
import { cohortKey } from '../../../src/engine/reconstruct/cohortKey.ts';
import { reconstructEnsemble } from '../../../src/engine/reconstruct/reconstructEnsemble.ts';
import { cohortToCsv } from '../../../src/io/cohortToCsv.ts';
import { parseCohort } from '../../../src/io/parseCohort.ts';
import { hlhSummary } from '../../helpers/hlhSummary.ts';

/** Every published figure of the HLH abstract, checked on the full `analyze` report. */
function expectHlhFigures(cohort: Cohort) {
  const r = analyze(cohort, { level: 0.95, responders: RESPONSE_GRADES, byWeek: [1] });
  const info = cohortToCsv(cohort);
  expect(r.n, info).toBe(18);
  expect([r.orr.x, r.cr.x, r.pr.x, r.imp.x], info).toEqual([15, 2, 13, 0]);
  expect(r.ttr.responders_median, info).toBe(1);
  expect(r.response_by_week['1'].x, info).toBe(14);
  expect(r.dor?.median, info).toBe(1);
  expect([r.gc_halved?.x, r.gc_halved?.n, r.gc_halved?.median_time], info).toEqual([13, 18, 1]);
  expect(r.fever, info).toMatchObject({ baseline: 3, resolved: 3, resolved_by_week: { 1: 3 } });
  expect([r.demographics.female, r.demographics.male], info).toEqual([16, 2]);
  expect(Math.abs((r.demographics.median_age ?? NaN) - 37.6), info).toBeLessThan(1e-9);
  expect(
    cohort.patients.filter((p) => p.saeRelated !== false),
    info,
  ).toEqual([]);
  for (const p of cohort.patients) {
    const times = [p.responseWk, p.lossWk, p.deathWk, p.feverResolvedWk, p.gcHalvedWk];
    for (const t of times)
      if (t !== null) expect(t, `${p.id}\n${info}`).toBeLessThanOrEqual(p.followupWk);
    if (p.lossWk !== null)
      expect(p.lossWk, `${p.id}\n${info}`).toBeGreaterThan(p.responseWk ?? Infinity);
    // Enrolment January–August 2025, cut-off 30 September 2025: 4 to 39 weeks of follow-up.
    expect(p.followupWk, `${p.id}\n${info}`).toBeLessThanOrEqual(39);
    if (p.deathWk === null) expect(p.followupWk, `${p.id}\n${info}`).toBeGreaterThanOrEqual(4);
  }
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
          const dor = analyze(c).dor;
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
