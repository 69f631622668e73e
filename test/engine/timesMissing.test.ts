import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { dorObservations } from '../../src/engine/dorObservations.ts';
import { missingResponseTimes } from '../../src/engine/missingResponseTimes.ts';
import { makeCohort, makePatient } from '../helpers/makeCohort.ts';

const ALL = ['CR', 'PR', 'IMP'] as const;

describe('dorObservations with a last response assessment', () => {
  it('censors an ongoing response at the last assessment, not at follow-up', () => {
    const p = makePatient({
      id: 'a',
      bestResponse: 'PR',
      responseWk: 2,
      lastAssessmentWk: 8,
      followupWk: 20,
    });
    expect(dorObservations([p], ALL)).toEqual([{ time: 6, event: false }]);
  });

  it('does not count a loss or death after the last assessment', () => {
    const p = makePatient({
      id: 'a',
      bestResponse: 'CR',
      responseWk: 1,
      deathWk: 15,
      lastAssessmentWk: 9,
      followupWk: 15,
    });
    expect(dorObservations([p], ALL)).toEqual([{ time: 8, event: false }]);
  });

  it('counts a loss at or before the last assessment as an event', () => {
    const p = makePatient({
      id: 'a',
      bestResponse: 'PR',
      responseWk: 1,
      lossWk: 9,
      lastAssessmentWk: 9,
      followupWk: 30,
    });
    expect(dorObservations([p], ALL)).toEqual([{ time: 8, event: true }]);
  });
});

describe('analyze with responders that have no response time', () => {
  const cohort = makeCohort([
    { id: 'P1', bestResponse: 'CR', responseWk: null, followupWk: 10 },
    { id: 'P2', bestResponse: 'PR', responseWk: 2, followupWk: 10 },
    { id: 'P3', bestResponse: 'NR', followupWk: 6 },
  ]);

  it('missingResponseTimes names them under the responder definition', () => {
    expect(missingResponseTimes(cohort.patients, ALL)).toEqual(['P1']);
    expect(missingResponseTimes(cohort.patients, ['PR'])).toEqual([]);
  });

  it('computes the proportions and says plainly why the time-to-event endpoints are missing', () => {
    const report = analyze(cohort);
    expect([report.orr!.x, report.cr!.x, report.pr!.x]).toEqual([2, 1, 1]);
    expect(report.dor).toBeNull();
    expect(report.ttr).toEqual({ responders_median: null, km: null });
    expect(report.response_by_week).toEqual({});
    expect(report.unavailable.dor).toMatch(/^not available: responder P1 has no response time/);
    expect(report.unavailable.ttr).toMatch(/week of first response/);
    expect(report.unavailable.response_by_week).toMatch(/P1/);
  });

  it('computes everything, with nothing unavailable, when the responders are timed', () => {
    const report = analyze(cohort, { responders: ['PR'] });
    expect(report.unavailable).toEqual({});
    expect(report.dor?.n).toBe(1);
    expect(report.response_by_week['2'].x).toBe(1);
  });

  it('names the count and a few ids when many responders have no time', () => {
    const many = makeCohort(
      Array.from({ length: 8 }, (_, i) => ({ id: `S${i + 1}`, bestResponse: 'PR' as const })),
    );
    expect(analyze(many).unavailable.dor).toMatch(
      /8 responders \(S1, S2, S3, S4, S5 and 3 more\) have no response time/,
    );
  });
});

describe('bootstrap with responders that have no response time', () => {
  it('resamples the response rate and leaves DOR and TTR undefined in every replicate', async () => {
    const { bootstrap } = await import('../../src/engine/montecarlo/bootstrap.ts');
    const cohort = makeCohort([
      { id: 'P1', bestResponse: 'CR', responseWk: null, followupWk: 10 },
      { id: 'P2', bestResponse: 'PR', responseWk: 2, followupWk: 10 },
      { id: 'P3', bestResponse: 'NR', followupWk: 6 },
    ]);
    const result = bootstrap(cohort, { reps: 200, seed: 'times' });
    expect(result.statistics.orr.estimate).toBeCloseTo(2 / 3, 12);
    expect(result.statistics.dor_median.undefined_fraction).toBe(1);
    expect(result.statistics.ttr_median.undefined_fraction).toBe(1);
  });
});
