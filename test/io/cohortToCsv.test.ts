import fc from 'fast-check';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { blankPatient } from '../../src/engine/blankPatient.ts';
import type { Cohort, Patient } from '../../src/engine/cohort.ts';
import { cohortToCsv, guardFormula, parseCohort, unguardFormula } from '../../src/io/index.ts';
import { expectLoaded } from './expectIssue.ts';
import { validCohort } from './cohortGenerator.ts';

const base: Patient = {
  id: 'P1',
  bestResponse: 'PR',
  responseWk: 1,
  crWk: null,
  lossWk: 2.5,
  deathWk: null,
  followupWk: 8,
  age: 37.6,
  sex: 'F',
  feverBaseline: true,
  feverResolvedWk: 0.5,
  gcBaselineMg: 40,
  gcHalvedWk: 1,
  saeRelated: false,
  extra: {},
};
const cohortOf = (patients: Patient[], columns: Cohort['columns'] = []): Cohort => ({
  name: 'c',
  source: 's',
  patients,
  columns,
});
const roundTrip = (cohort: Cohort) =>
  parseCohort(cohortToCsv(cohort), { fileName: 'c.csv', name: cohort.name, source: cohort.source });

describe('cohortToCsv', () => {
  it('cohortToCsv writes the canonical columns, 0/1 booleans and blanks', () => {
    const csv = cohortToCsv(
      cohortOf([
        base,
        { ...base, id: 'P2', bestResponse: 'NR', responseWk: null, lossWk: null, saeRelated: null },
      ]),
    );
    expect(csv.split('\n')).toEqual([
      'id,best_response,response_wk,loss_wk,followup_wk,age,sex,fever_baseline,fever_resolved_wk,gc_baseline_mg,gc_halved_wk,sae_related',
      'P1,PR,1,2.5,8,37.6,F,1,0.5,40,1,0',
      'P2,NR,,,8,37.6,F,1,0.5,40,1,',
      '',
    ]);
  });

  it('cohortToCsv writes the optional columns listed even when blank', () => {
    const plain = blankPatient({ id: 'P1', bestResponse: 'PR', responseWk: 1, followupWk: 8 });
    const header = cohortToCsv(cohortOf([plain], ['death_wk'])).split('\n')[0];
    expect(header).toBe('id,best_response,response_wk,death_wk,followup_wk');
  });

  it('cohortToCsv neutralises formula injection in ids, extra values and extra headers', () => {
    const patients = ['=1+1', '+A1', '-2', '@SUM(A1)', '\tx', '\rx', "'=already"].map((id) => ({
      ...base,
      id,
      extra: { '=cmd': id },
    }));
    const rows = csvParseRows(cohortToCsv(cohortOf(patients)));
    const idCells = rows.slice(1).map((row) => row[0]);
    expect(idCells).toEqual(["'=1+1", "'+A1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "''=already"]);
    expect(rows[0].at(-1)).toBe("'=cmd");
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual(idCells);
  });

  it('cohortToCsv keeps safe text unchanged', () => {
    for (const text of ['P1', "O'Brien", 'a=b', '1-2', 'مريض']) {
      expect(guardFormula(text)).toBe(text);
      expect(unguardFormula(text)).toBe(text);
    }
  });

  it('cohortToCsv renames an extra column that clashes with a known column', () => {
    const csv = cohortToCsv(cohortOf([{ ...base, extra: { Age: 'adult', '': 'x' } }]));
    expect(csv.split('\n')[0]).toMatch(/,extra_Age,extra$/);
  });

  it('cohortToCsv round-trips a cohort with hostile text through parseCohort', () => {
    const cohort = cohortOf(
      [
        {
          ...base,
          id: '=HYPERLINK("http://x")',
          extra: { note: '<b>"bold"</b>, and\nmore', '-flag': '@x' },
        },
        { ...base, id: 'مريض ٢', bestResponse: 'CR', crWk: 3, extra: { note: "'+1" } },
      ],
      [
        'cr_wk',
        'loss_wk',
        'age',
        'sex',
        'fever_baseline',
        'fever_resolved_wk',
        'gc_baseline_mg',
        'gc_halved_wk',
        'sae_related',
      ],
    );
    expect(expectLoaded(roundTrip(cohort)).cohort).toEqual(cohort);
  });

  it('cohortToCsv writes and reads back the week of an adverse event', () => {
    const cohort = cohortOf(
      [
        { ...base, id: 'P1', saeRelated: true, saeWk: 1.5 },
        { ...base, id: 'P2', saeRelated: true, saeWk: null },
        { ...base, id: 'P3', saeRelated: false, saeWk: null },
      ],
      ['loss_wk', 'sae_related', 'sae_wk'],
    );
    const csv = cohortToCsv(cohort);
    expect(csv.split('\n')[0]).toMatch(/,sae_related,sae_wk$/);
    expect(expectLoaded(roundTrip(cohort)).cohort.patients.map((p) => p.saeWk)).toEqual([
      1.5,
      null,
      null,
    ]);
  });

  it('cohortToCsv round-trips every generated valid cohort (property)', () => {
    fc.assert(
      fc.property(validCohort, (cohort) => {
        const result = roundTrip(cohort);
        expect(expectLoaded(result).cohort).toEqual(cohort);
      }),
      { seed: 20250401, numRuns: 300 },
    );
  });
});
