import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { dorObservations } from '../../../src/engine/dorObservations.ts';
import { kaplanMeier } from '../../../src/engine/kaplanMeier.ts';
import {
  kmEnsemble,
  reconstructFromKm,
  reconstructionToCohort,
  toWeeks,
} from '../../../src/engine/kmfigure/index.ts';
import { ttrObservations } from '../../../src/engine/ttrObservations.ts';
import { cohortToCsv } from '../../../src/io/cohortToCsv.ts';
import { parseCohort } from '../../../src/io/parseCohort.ts';

const RESPONDERS = ['CR', 'PR', 'IMP'] as const;
const observations = [
  { time: 1.5, event: true },
  { time: 2, event: false },
  { time: 3, event: true },
  { time: 6, event: false },
];

/** Writes the cohort as CSV and reads it back through the importer, as a user's file would be. */
function roundTrip(cohort: ReturnType<typeof reconstructionToCohort>) {
  const parsed = parseCohort(cohortToCsv(cohort), { fileName: 'reconstructed.csv' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.cohort;
}

describe('toWeeks', () => {
  it('converts days and months (a twelfth of 365.25 days) to weeks', () => {
    expect(toWeeks(14, 'days')).toBe(2);
    expect(toWeeks(3, 'months')).toBe(13.0446);
    expect(toWeeks(2.5, 'weeks')).toBe(2.5);
  });
});

describe('reconstructionToCohort', () => {
  it('makes a duration-of-response figure into responders whose DOR curve is the figure', () => {
    const cohort = roundTrip(
      reconstructionToCohort(observations, { endpoint: 'dor', unit: 'weeks', onsetWk: 2 }),
    );
    expect(
      cohort.patients.map((p) => [p.id, p.bestResponse, p.responseWk, p.lossWk, p.followupWk]),
    ).toEqual([
      ['R001', 'PR', 2, 3.5, 3.5],
      ['R002', 'PR', 2, null, 4],
      ['R003', 'PR', 2, 5, 5],
      ['R004', 'PR', 2, null, 8],
    ]);
    expect(kaplanMeier(dorObservations(cohort.patients, RESPONDERS))).toEqual(
      kaplanMeier(observations),
    );
  });

  it('makes a time-to-response figure into responders at their times and censored non-responders', () => {
    const cohort = roundTrip(
      reconstructionToCohort(observations, { endpoint: 'ttr', unit: 'days', bestResponse: 'CR' }),
    );
    expect(cohort.patients.map((p) => [p.bestResponse, p.responseWk, p.followupWk])).toEqual([
      ['CR', 0.2143, 0.2143],
      ['NR', null, 0.2857],
      ['CR', 0.4286, 0.4286],
      ['NR', null, 0.8571],
    ]);
    const ttr = kaplanMeier(ttrObservations(cohort.patients, RESPONDERS));
    expect(ttr.survival).toEqual(kaplanMeier(observations).survival);
  });

  it('makes a survival figure into deaths and follow-up, response not graded (NE)', () => {
    const cohort = reconstructionToCohort(observations, { endpoint: 'os', unit: 'months' });
    expect(cohort.columns).toEqual(['death_wk']);
    expect(cohort.patients.map((p) => [p.bestResponse, p.deathWk, p.followupWk])).toEqual([
      ['NE', 6.5223, 6.5223],
      ['NE', null, 8.6964],
      ['NE', 13.0446, 13.0446],
      ['NE', null, 26.0893],
    ]);
    expect(cohort.source).toMatch(/not the real patients/);
    expect(roundTrip(cohort).patients).toHaveLength(4);
    expect(() =>
      reconstructionToCohort(observations, { endpoint: 'dor', unit: 'weeks', onsetWk: -1 }),
    ).toThrow('the response onset must be a week ≥ 0, got -1');
  });
});

describe('kmEnsemble', () => {
  const points = [
    { time: 0, survival: 1 },
    { time: 4, survival: 1 },
    { time: 4, survival: 0.8 },
    { time: 12, survival: 0.8 },
    { time: 12, survival: 0.4 },
    { time: 20, survival: 0.4 },
  ];
  const atRisk = [
    { time: 0, n: 30 },
    { time: 10, n: 15 },
  ];

  it('is the same for the same seed, and each member has n patients', () => {
    const run = () => kmEnsemble(points, { reps: 20, rng: seedrandom.alea('figure'), atRisk });
    const a = run();
    expect(run()).toEqual(a);
    expect(a.members).toHaveLength(20);
    for (const m of a.members) {
      expect(m.patients).toHaveLength(30);
      expect(m.points[0]).toEqual({ time: 0, survival: 1 });
    }
    expect(a.spread.median.n).toBe(20);
    // The median sits at the drop at 12, which the perturbation moves by at most 0.1.
    expect(a.spread.median.quantiles.min).toBeGreaterThanOrEqual(11.9);
    expect(a.spread.median.quantiles.max).toBeLessThanOrEqual(12.1);
  });

  it('without jitter repeats the reconstruction itself', () => {
    const e = kmEnsemble(points, {
      reps: 3,
      rng: seedrandom.alea('x'),
      atRisk,
      timeJitter: 0,
      survivalJitter: 0,
    });
    const once = reconstructFromKm(points, { atRisk });
    for (const m of e.members) expect(m.patients).toEqual(once.patients);
    expect(() => kmEnsemble(points, { reps: 0, rng: Math.random, atRisk })).toThrow(
      'reps must be a whole number from 1 to 10000, got 0',
    );
    expect(() => kmEnsemble(points, { reps: 1, rng: Math.random, atRisk, timeJitter: -1 })).toThrow(
      'timeJitter must be a number ≥ 0, got -1',
    );
  });
});
