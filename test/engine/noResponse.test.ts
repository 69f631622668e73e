/**
 * A cohort that records no response — every patient NE, no response time: a cohort rebuilt from
 * a survival figure — has overall survival but no response endpoints. Its proportions are not
 * available (never 0 of n), and every reader of the report says why; a cohort that does record
 * response is unchanged, including a group of its NE patients.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { analyzeSubgroups } from '../../src/engine/analyzeSubgroups.ts';
import { reconstructionToCohort } from '../../src/engine/kmfigure/reconstructionToCohort.ts';
import { osObservations } from '../../src/engine/osObservations.ts';
import { NO_RESPONSE_RECORDED, responseNotRecorded } from '../../src/engine/responseNotRecorded.ts';
import { survivalRecorded } from '../../src/engine/survivalRecorded.ts';
import { parseCohort } from '../../src/io/parseCohort.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { makeCohort, makePatient } from '../helpers/makeCohort.ts';

const REASON = `not available for this cohort: ${NO_RESPONSE_RECORDED}`;

/** Six patients rebuilt from an overall-survival figure in months. */
const rebuilt = reconstructionToCohort(
  [
    { time: 1, event: true },
    { time: 2, event: false },
    { time: 3, event: true },
    { time: 3, event: true },
    { time: 5, event: false },
    { time: 8, event: true },
  ],
  { endpoint: 'os', unit: 'months' },
);

describe('responseNotRecorded', () => {
  it('is true for a cohort rebuilt from a survival figure, also once read back from its CSV', () => {
    expect(responseNotRecorded(rebuilt.patients)).toBe(true);
    const text = readFileSync('test/fixtures/cohorts/reconstructed/veteran-os.csv', 'utf8');
    const parsed = parseCohort(text, { fileName: 'veteran-os.csv' });
    expect(parsed.ok && responseNotRecorded(parsed.cohort.patients)).toBe(true);
  });

  it('is false for cohorts rebuilt from a duration- or time-to-response figure', () => {
    for (const endpoint of ['dor', 'ttr'] as const) {
      const cohort = reconstructionToCohort([{ time: 2, event: true }], {
        endpoint,
        unit: 'weeks',
      });
      expect(responseNotRecorded(cohort.patients), endpoint).toBe(false);
    }
  });

  it('is false as soon as one patient has a best response other than NE or a response time', () => {
    const ne = { id: 'a', bestResponse: 'NE' as const };
    expect(
      responseNotRecorded([makePatient(ne), makePatient({ id: 'b', bestResponse: 'NR' })]),
    ).toBe(false);
    expect(responseNotRecorded([makePatient({ ...ne, lossWk: 3 })])).toBe(false);
    expect(responseNotRecorded([makePatient({ ...ne, crWk: 3 })])).toBe(false);
    expect(responseNotRecorded(hlhCohort().patients)).toBe(false);
  });

  it('is false for an empty cohort, whose proportions are simply undefined', () => {
    expect(responseNotRecorded([])).toBe(false);
    expect(analyze(makeCohort([])).orr).toEqual(
      expect.objectContaining({ x: 0, n: 0, estimate: null }),
    );
  });
});

describe('osObservations and survivalRecorded', () => {
  it('makes a death an event at its week and censors the others at last follow-up', () => {
    const patients = [
      makePatient({ id: 'a', deathWk: 4, followupWk: 4 }),
      makePatient({ id: 'b', followupWk: 9 }),
    ];
    expect(osObservations(patients)).toEqual([
      { time: 4, event: true },
      { time: 9, event: false },
    ]);
  });

  it('says a cohort records survival when it has a death_wk column or a death', () => {
    expect(survivalRecorded(rebuilt)).toBe(true);
    expect(survivalRecorded(hlhCohort())).toBe(true);
    expect(survivalRecorded(makeCohort([{ id: 'a' }]))).toBe(false);
    expect(survivalRecorded(makeCohort([{ id: 'a' }], ['death_wk']))).toBe(true);
    expect(survivalRecorded(makeCohort([{ id: 'a', deathWk: 2, followupWk: 2 }]))).toBe(true);
  });
});

describe('analyze for a cohort that records no response', () => {
  const report = analyze(rebuilt);

  it('gives no proportion of best response, rather than 0 of n', () => {
    for (const key of ['orr', 'cr', 'pr', 'imp', 'nr', 'ne'] as const) {
      expect(report[key], key).toBeNull();
    }
  });

  it('leaves out every response endpoint, each with the same reason', () => {
    expect(report.unavailable).toEqual({
      response: REASON,
      dor: REASON,
      ttr: REASON,
      response_by_week: REASON,
    });
    expect(report.response_by_week).toEqual({});
    expect(report.dor).toBeNull();
    expect(report.ttr).toEqual({ responders_median: null, km: null });
    expect(report.dor_landmarks).toEqual([]);
    expect(report.response_landmarks).toEqual([]);
    expect(report.dor_competing).toBeNull();
    expect(REASON).toMatch(/rebuilt from a survival figure$/);
  });

  it('keeps follow-up and overall survival: 4 of 6 died, median 3 months in weeks', () => {
    const os = report.followup!.overall_survival;
    expect([os.n, os.events]).toEqual([6, 4]);
    expect(os.median).toBeCloseTo((3 * 30.4375) / 7, 3);
    expect(report.followup!.reverse_km.n).toBe(6);
  });

  it('follows the caller when told whether the whole cohort records response', () => {
    expect(analyze(rebuilt, { responseRecorded: true }).orr?.x).toBe(0);
    const hlh = hlhCohort();
    expect(analyze(hlh, { responseRecorded: false }).orr).toBeNull();
  });
});

describe('analyzeSubgroups decides for the whole cohort', () => {
  it('keeps the proportions of the NE group of a cohort that records response', () => {
    const cohort = makeCohort([
      { id: 'a', bestResponse: 'PR', responseWk: 1 },
      { id: 'b', bestResponse: 'NE' },
      { id: 'c', bestResponse: 'NE' },
    ]);
    const { groups } = analyzeSubgroups(cohort, { by: 'best_response' });
    const ne = groups.find((g) => g.value === 'NE')!;
    expect(ne.report.orr).toEqual(expect.objectContaining({ x: 0, n: 2 }));
    expect(ne.report.ne).toEqual(expect.objectContaining({ x: 2, n: 2 }));
    expect(ne.report.unavailable).toEqual({});
  });

  it('has no response proportions, tests or difference for a cohort that records none', () => {
    const halves = {
      ...rebuilt,
      patients: rebuilt.patients.map((p, i) => ({ ...p, extra: { arm: i % 2 ? 'B' : 'A' } })),
    };
    const s = analyzeSubgroups(halves, { by: 'extra', column: 'arm' });
    expect(
      s.groups.map((g) => [g.value, g.n, g.report.orr, g.report.unavailable.response]),
    ).toEqual([
      ['A', 3, null, REASON],
      ['B', 3, null, REASON],
    ]);
    expect(s.logrank).toEqual({ dor: null, ttr: null });
    expect(s.gray).toBeNull();
    expect(s.orr_difference).toBeNull();
  });
});
