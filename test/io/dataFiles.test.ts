import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_COLUMNS } from '../../src/io/columns.ts';
import { formatIssue, parseCohort } from '../../src/io/index.ts';
import { expectLoaded } from './expectIssue.ts';

const read = (name: string) => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
const load = (name: string) => parseCohort(read(name), { fileName: name });

describe('example files', () => {
  it('the same cohort as CSV, TSV and JSON gives the same patients', () => {
    const csv = expectLoaded(load('example.csv')).cohort;
    const tsv = expectLoaded(load('example.tsv')).cohort;
    const json = expectLoaded(load('example.json')).cohort;
    expect(tsv.patients).toEqual(csv.patients);
    expect(json.patients).toEqual(csv.patients);
    expect(json.columns).toEqual(csv.columns);
    // The example files record every optional column but the last response assessment and the
    // week of the adverse event.
    expect(csv.columns).toEqual(
      OPTIONAL_COLUMNS.filter((c) => c !== 'last_assessment_wk' && c !== 'sae_wk'),
    );
    expect([csv.name, tsv.name, json.name]).toEqual(['example', 'example', 'Example cohort']);
    expect(csv.patients[0].extra).toEqual({ centre: 'North' });
    expect(csv.patients[3].extra).toEqual({});
  });

  it('the example with date columns converts every date to weeks from start_date', () => {
    const cohort = expectLoaded(load('example-dates.csv')).cohort;
    const weeks = cohort.patients.map((p) => [
      p.responseWk,
      p.crWk,
      p.lossWk,
      p.deathWk,
      p.followupWk,
    ]);
    expect(weeks).toEqual([
      [1, 3, null, null, 24],
      [1, null, 4, null, 20],
      [3 / 7, null, 10 / 7, null, 12],
      [null, null, null, 10, 10],
      [null, null, null, null, 2],
    ]);
    expect(cohort.patients.map((p) => [p.feverResolvedWk, p.gcHalvedWk])).toEqual([
      [3 / 7, 1],
      [null, 2],
      [null, 1],
      [null, null],
      [null, null],
    ]);
    expect(cohort.columns).toContain('cr_wk');
    expect(cohort.patients[0].extra).toEqual({ centre: 'North' });
  });

  it('a bad file is refused with one located message per problem', () => {
    const result = load('bad.csv');
    if (result.ok) expect.fail('bad.csv loaded');
    expect(result.issues.map((i) => formatIssue(i, 'cli'))).toEqual([
      'bad.csv, row 1, column response_wk: "2" is given but best_response is NR; only CR, PR and IMP have a response time (leave it blank or correct best_response)',
      'bad.csv, row 2, column best_response: "XX" is not a response code; expected CR, PR, IMP, NR or NE',
      'bad.csv, row 3, column sex: "X" is not a recorded sex; expected F or M (also female, male) or blank',
      'bad.csv, row 4, column followup_wk: "abc" is not a number; expected weeks ≥ 0',
      'bad.csv, row 4, column id: "P01" duplicates the id of row 1; ids must be unique',
    ]);
  });

  it('the downloadable template loads without warnings', () => {
    const text = readFileSync(new URL('../../public/template.csv', import.meta.url), 'utf8');
    const result = expectLoaded(parseCohort(text, { fileName: 'template.csv' }));
    expect(result.warnings).toEqual([]);
    expect(result.cohort.patients.map((p) => p.bestResponse)).toEqual(['CR', 'PR', 'NR']);
  });
});
