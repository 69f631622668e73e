import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles.ts';
import { formatIssue } from '../../../src/io/issue.ts';
import type { ColumnMapping } from '../../../src/io/mapping/columnMapping.ts';
import { suggestMapping } from '../../../src/io/mapping/suggestMapping.ts';
import { readTable } from './readFixture.ts';

const csv = (...rows: string[]) => `${rows.join('\n')}\n`;
const inDays = (columns: ColumnMapping['columns']): ColumnMapping => ({
  version: 1,
  layout: 'visits',
  time_unit: 'days',
  columns,
});
const refused = async (name: string, data: string, mapping?: ColumnMapping) => {
  const out = await importFiles([{ name, data }], mapping ? { mapping } : {});
  if (out.ok) expect.fail('expected a refusal, but the file loaded');
  return out.issues;
};
const lines = (issues: Awaited<ReturnType<typeof refused>>, audience: 'app' | 'cli' = 'cli') =>
  issues.map((i) => formatIssue(i, audience));

describe('messages name a time in the unit its file gave it in', () => {
  const days = inDays({ id: 'Patient', visit: 'Visit', visit_wk: 'Day', response: 'Status' });

  it('a visit in days conflicting with another on the same day is at day 44, not week 6.28571', async () => {
    const issues = await refused(
      'visits-days.csv',
      csv('Patient,Visit,Day,Status', 'A,1,14,PR', 'A,2,44,PR', 'A,3,44,CR'),
      days,
    );
    expect(lines(issues)).toEqual([
      'visits-days.csv, row 3, column Status (response): "CR" conflicts with row 2 (PR) at the same time, day 44, for patient A; give one assessment per visit',
    ]);
  });

  it('visits out of order, and an assessment after death, are named in days', async () => {
    const mapping = inDays({ ...days.columns, death_wk: 'Died' });
    const issues = await refused(
      'v.csv',
      csv(
        'Patient,Visit,Day,Status,Died',
        'A,1,14,PR,',
        'A,2,42,CR,',
        'A,3,28,CR,',
        'B,1,7,SD,50',
        'B,2,56,PD,50',
      ),
      mapping,
    );
    expect(lines(issues)).toEqual([
      'v.csv, row 2, column visit: "2" is at day 42, later than visit 3 (row 3) at day 28, for patient A; visits are out of order — check their numbers and times',
      'v.csv, row 5, column Day (visit_wk): "56" is after the death of patient B (day 50); no assessment can follow death',
    ]);
  });

  it('the value in quotes is the cell as written, also when the header is the documented one', async () => {
    const mapping = inDays({
      id: 'id',
      visit_wk: 'visit_wk',
      response: 'response',
      death_wk: 'death_wk',
    });
    const issues = await refused(
      'v.csv',
      csv('id,visit_wk,response,death_wk', 'B,7,SD,50', 'B,56,PD,50'),
      mapping,
    );
    expect(lines(issues)).toEqual([
      'v.csv, row 2, column visit_wk: "56" is after the death of patient B (day 50); no assessment can follow death',
    ]);
  });

  it('a time from a date is in days since the start, against the week column in its own unit', async () => {
    const issues = await refused(
      'v.csv',
      csv('id,start_date,visit_date,visit_wk,response', 'A,2025-01-01,2025-01-15,3,PR'),
    );
    expect(lines(issues)).toEqual([
      'v.csv, row 1, column visit_date: "2025-01-15" is day 14 after start_date but visit_wk is week 3; give one or make them agree',
    ]);
  });

  it('a patients file in months names its follow-up in months', async () => {
    const mapping: ColumnMapping = {
      version: 1,
      layout: 'patients',
      time_unit: 'months',
      columns: { id: 'id', best_response: 'best', response_wk: 'resp_mo', followup_wk: 'fu_mo' },
    };
    const issues = await refused('p.csv', csv('id,best,resp_mo,fu_mo', 'P1,PR,7.5,6'), mapping);
    expect(lines(issues)).toEqual([
      'p.csv, row 1, column resp_mo (response_wk): "7.5" is after followup_wk (month 6); no time may exceed the last follow-up',
    ]);
  });

  it('the steps of a derivation from visits in days speak in days', async () => {
    const out = await importFiles(
      [
        {
          name: 'v.csv',
          data: csv('Patient,Visit,Day,Status', 'A,1,14,PR', 'A,2,44,CR', 'A,3,100,PD'),
        },
      ],
      { mapping: days },
    );
    if (!out.ok) expect.fail(lines(out.issues).join('\n'));
    expect(out.derivations![0].steps).toEqual([
      '3 assessments from day 14 to day 100',
      'best overall response CR, first at day 44 (row 2)',
      'first response PR at day 14 (row 1)',
      'complete remission reached at day 44 (row 2)',
      'response lost: PD at day 100 (row 3)',
    ]);
    // The derived patient is in weeks all the same.
    expect(out.cohort.patients[0]).toMatchObject({ responseWk: 2, crWk: 44 / 7, lossWk: 100 / 7 });
  });
});

describe('a time written with its unit in a week column read without a mapping', () => {
  const file = csv(
    'id,best_response,response_wk,followup_wk',
    'P1,CR,2,6 months',
    'P2,NR,,9 months',
    'P3,PR,3,12 months',
  );

  it('says the column holds a number of weeks and how to give the unit, in the app and on the command line', async () => {
    const issues = await refused('six.csv', file);
    expect(lines(issues, 'app')).toEqual([
      'six.csv, row 1, column followup_wk: "6 months" has a unit, but this column holds a number of weeks — also in rows 2 and 3; write weeks, or map the columns (“Map the columns…” below) and set the unit of followup_wk to months',
    ]);
    expect(lines(issues, 'cli')).toEqual([
      'six.csv, row 1, column followup_wk: "6 months" has a unit, but this column holds a number of weeks — also in rows 2 and 3; write weeks, or map the column with its unit: "units": { "followup_wk": "months" } in a MAP.json (cohortscope map FILE writes one)',
    ]);
    expect(lines(issues).join('\n')).not.toMatch(/not a number/);
  });

  it('is one problem for the column, naming the other rows, however many rows hold a unit', async () => {
    const rows = ['id,best_response,response_wk,followup_wk'];
    for (let i = 1; i <= 30; i += 1) rows.push(`P${i},NR,,${i + 5} months`);
    const issues = await refused('many.csv', csv(...rows));
    expect(lines(issues)).toEqual([
      'many.csv, row 1, column followup_wk: "6 months" has a unit, but this column holds a number of weeks — also in rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 19 more; write weeks, or map the column with its unit: "units": { "followup_wk": "months" } in a MAP.json (cohortscope map FILE writes one)',
    ]);
  });

  it('the suggested mapping reads the unit from the values, and then the file loads', async () => {
    const { mapping, unit } = suggestMapping(readTable(file));
    expect(mapping.units).toEqual({ followup_wk: 'months' });
    expect(unit.reason).toMatch(/"followup_wk" \(by its values\) in months/);
    const out = await importFiles([{ name: 'six.csv', data: file }], { mapping });
    if (!out.ok) expect.fail(lines(out.issues).join('\n'));
    expect(out.cohort.patients.map((p) => p.followupWk)).toEqual([
      (6 * 30.4375) / 7,
      (9 * 30.4375) / 7,
      (12 * 30.4375) / 7,
    ]);
  });
});
