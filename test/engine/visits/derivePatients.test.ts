import { describe, expect, it } from 'vitest';
import {
  derivePatients,
  type Assessment,
  type VisitRecord,
} from '../../../src/engine/visits/index.ts';
import type { VisitResponse } from '../../../src/engine/visits/visitResponse.ts';

/** A record from `[week, response]` pairs; rows number the pairs from 1. */
function record(pairs: [number, VisitResponse][], patient: Partial<VisitRecord> = {}): VisitRecord {
  const assessments: Assessment[] = pairs.map(([week, response], i) => ({
    week,
    response,
    row: i + 1,
  }));
  return { id: 'P1', assessments, deathWk: null, followupWk: null, ...patient };
}

const derive = (
  pairs: [number, VisitResponse][],
  patient?: Partial<VisitRecord>,
  confirmWk?: number,
) => derivePatients([record(pairs, patient)], { confirmWk })[0];

describe('derivePatients: best overall response', () => {
  it('takes the best assessment, CR > PR > IMP > SD/NR > NE', () => {
    expect(
      derive([
        [1, 'SD'],
        [2, 'PR'],
        [4, 'IMP'],
      ]).patient.bestResponse,
    ).toBe('PR');
    expect(
      derive([
        [1, 'IMP'],
        [2, 'NE'],
      ]).patient.bestResponse,
    ).toBe('IMP');
    expect(
      derive([
        [1, 'NE'],
        [2, 'SD'],
      ]).best,
    ).toBe('SD');
    expect(
      derive([
        [1, 'NE'],
        [2, 'SD'],
      ]).patient.bestResponse,
    ).toBe('NR');
    expect(
      derive([
        [1, 'NE'],
        [2, 'NE'],
      ]).patient.bestResponse,
    ).toBe('NE');
  });

  it('ignores assessments after the first progression', () => {
    const d = derive([
      [1, 'SD'],
      [2, 'PD'],
      [4, 'CR'],
    ]);
    expect(d.best).toBe('SD');
    expect(d.patient).toMatchObject({ bestResponse: 'NR', responseWk: null, lossWk: null });
    expect(d.afterProgressionRows).toEqual([3]);
    expect(d.steps.join('\n')).toMatch(/after the first progression \(row 3\)/);
  });

  it('is PD (patient code NR) when progression comes first, and NE without assessments', () => {
    const pd = derive([[2, 'PD']]);
    expect([pd.best, pd.patient.bestResponse]).toEqual(['PD', 'NR']);
    const none = derive([], { followupWk: 6 });
    expect([none.best, none.patient.bestResponse, none.patient.followupWk]).toEqual([
      null,
      'NE',
      6,
    ]);
  });

  it('reads assessments in time order whatever the row order, and keeps them in that order', () => {
    const d = derivePatients([
      {
        id: 'P1',
        deathWk: null,
        followupWk: 12,
        assessments: [
          { week: 8, response: 'PD', row: 3 },
          { week: 1, response: 'PR', row: 7 },
          { week: 4, response: 'CR', row: 5 },
        ],
      },
    ])[0];
    expect(d.rows).toEqual([7, 5, 3]);
    expect(d.assessments).toEqual([
      { week: 1, response: 'PR', row: 7 },
      { week: 4, response: 'CR', row: 5 },
      { week: 8, response: 'PD', row: 3 },
    ]);
    expect(d.patient).toMatchObject({ bestResponse: 'CR', responseWk: 1, crWk: 4, lossWk: 8 });
  });
});

describe('derivePatients: times', () => {
  it('gives the first response, complete remission and loss with their rows', () => {
    const d = derive(
      [
        [1, 'IMP'],
        [3, 'PR'],
        [6, 'CR'],
        [10, 'PD'],
      ],
      { followupWk: 20 },
    );
    expect(d.patient).toMatchObject({
      bestResponse: 'CR',
      responseWk: 1,
      crWk: 6,
      lossWk: 10,
      followupWk: 20,
    });
    expect([d.responseRow, d.crRow, d.lossRow]).toEqual([1, 3, 4]);
  });

  it('leaves cr_wk blank when complete remission is the first response', () => {
    expect(
      derive([
        [2, 'CR'],
        [5, 'CR'],
      ]).patient,
    ).toMatchObject({ responseWk: 2, crWk: null });
  });

  it('censors an ongoing response at the last assessment (ADaM), not at last follow-up', () => {
    const d = derive(
      [
        [1, 'PR'],
        [4, 'PR'],
        [8, 'SD'],
      ],
      { followupWk: 30 },
    );
    expect(d.patient).toMatchObject({ lossWk: null, followupWk: 30, lastAssessmentWk: 8 });
    expect(d.steps.join('\n')).toMatch(/censored at the last assessment, week 8 \(row 3\)/);
  });

  it('counts death as the event that ends an ongoing response', () => {
    const d = derive(
      [
        [1, 'PR'],
        [4, 'PR'],
      ],
      { deathWk: 9, followupWk: 9 },
    );
    expect(d.patient).toMatchObject({ deathWk: 9, lastAssessmentWk: 9, lossWk: null });
    expect(d.steps.join('\n')).toMatch(/ended by death at week 9/);
  });

  it('takes follow-up as the later of the last assessment and death when not given', () => {
    expect(
      derive([
        [1, 'SD'],
        [5, 'SD'],
      ]).patient.followupWk,
    ).toBe(5);
    expect(derive([[1, 'SD']], { deathWk: 7 }).patient.followupWk).toBe(7);
  });

  it('keeps patient-level fields and extra columns', () => {
    const d = derive([[1, 'NR']], { fields: { age: 40, sex: 'F', extra: { arm: 'A' } } });
    expect(d.patient).toMatchObject({ age: 40, sex: 'F', extra: { arm: 'A' } });
  });
});

describe('derivePatients: confirmation (RECIST 1.1)', () => {
  it('is off by default: a single PR counts', () => {
    expect(
      derive([
        [2, 'PR'],
        [3, 'SD'],
      ]).patient.bestResponse,
    ).toBe('PR');
  });

  it('counts a PR only when an assessment at least K weeks later confirms it', () => {
    const unconfirmed = derive(
      [
        [2, 'PR'],
        [5, 'PR'],
      ],
      {},
      4,
    );
    expect(unconfirmed.patient.bestResponse).toBe('NR');
    expect(unconfirmed.best).toBe('SD');
    expect(unconfirmed.unconfirmedRows).toEqual([1, 2]);
    const confirmed = derive(
      [
        [2, 'PR'],
        [6, 'PR'],
      ],
      {},
      4,
    );
    expect(confirmed.patient).toMatchObject({ bestResponse: 'PR', responseWk: 2 });
  });

  it('confirms a CR only as far as the confirming assessment goes', () => {
    const d = derive(
      [
        [2, 'CR'],
        [6, 'PR'],
        [10, 'PR'],
      ],
      {},
      4,
    );
    expect(d.patient).toMatchObject({ bestResponse: 'PR', responseWk: 2, crWk: null });
    expect(d.steps.join('\n')).toMatch(
      /CR at week 2 \(row 1\) is not confirmed as CR.*counted as PR/,
    );
  });

  it('does not confirm across a progression', () => {
    const d = derive(
      [
        [2, 'PR'],
        [4, 'PD'],
        [8, 'PR'],
      ],
      {},
      4,
    );
    expect(d.patient).toMatchObject({ bestResponse: 'NR', responseWk: null, lossWk: null });
  });

  it('refuses a negative confirmation interval', () => {
    expect(() => derive([[1, 'PR']], {}, -1)).toThrow(RangeError);
  });
});
