import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles.ts';
import { formatIssue } from '../../../src/io/issue.ts';
import { fixtureFile } from './readFixture.ts';

const csv = (...rows: string[]) => rows.join('\n');
const refused = async (files: { name: string; data: string | Uint8Array }[], options = {}) => {
  const out = await importFiles(files, options);
  if (out.ok) expect.fail('expected a refusal, but the files loaded');
  return out.issues.map((i) => formatIssue(i, 'cli'));
};
const loaded = async (files: { name: string; data: string }[], options = {}) => {
  const out = await importFiles(files, options);
  if (!out.ok) expect.fail(out.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
  return out;
};
const V = 'id,visit,visit_wk,response,death_wk,followup_wk';

describe('visit-level records: every conflict is named with file, row, column and value', () => {
  it('refuses visits whose numbers run against their times', async () => {
    expect(
      await refused([
        { name: 'v.csv', data: csv(V, 'P1,1,1,PR,,12', 'P1,2,6,CR,,12', 'P1,3,4,CR,,12') },
      ]),
    ).toEqual([
      'v.csv, row 2, column visit: "2" is at week 6, later than visit 3 (row 3) at week 4, for patient P1; visits are out of order — check their numbers and times',
    ]);
  });

  it('reads rows out of time order in time order, with a warning', async () => {
    const out = await loaded([
      { name: 'v.csv', data: csv('id,visit_wk,response', 'P1,8,PD', 'P1,1,PR') },
    ]);
    expect(out.cohort.patients[0]).toMatchObject({ bestResponse: 'PR', responseWk: 1, lossWk: 8 });
    expect(out.warnings.map((i) => formatIssue(i, 'cli'))).toContain(
      'v.csv: lists the visits of 1 patient out of time order (first: patient P1, rows 1, 2); they are read in time order',
    );
  });

  it('counts a repeated identical assessment once and refuses two different ones in a week', async () => {
    const same = await loaded([
      { name: 'v.csv', data: csv('id,visit_wk,response', 'P1,1,PR', 'P1,1,PR', 'P1,3,CR') },
    ]);
    expect(same.warnings.map((i) => formatIssue(i, 'cli'))).toContain(
      'v.csv, row 2, column visit_wk: "1" repeats the assessment of row 1 (PR at the same time) for patient P1; counted once',
    );
    expect(
      await refused([{ name: 'v.csv', data: csv('id,visit_wk,response', 'P1,1,PR', 'P1,1,CR') }]),
    ).toContain(
      'v.csv, row 2, column response: "CR" conflicts with row 1 (PR) at the same time, week 1, for patient P1; give one assessment per visit',
    );
  });

  it('refuses an assessment after death or after the last follow-up', async () => {
    const issues = await refused([
      { name: 'v.csv', data: csv(V, 'P1,1,1,PR,3,3', 'P1,2,5,PD,3,3', 'P2,1,9,SD,,6') },
    ]);
    expect(issues).toContain(
      'v.csv, row 2, column visit_wk: "5" is after the death of patient P1 (week 3); no assessment can follow death',
    );
    expect(issues).toContain(
      'v.csv, row 3, column visit_wk: "9" is after the last follow-up of patient P2 (week 6); no assessment may follow it',
    );
  });

  it('refuses a date before the start date, and a patient-level value that changes between rows', async () => {
    const issues = await refused([
      {
        name: 'v.csv',
        data: csv(
          'id,start_date,visit_date,response,sex',
          'P1,2025-01-10,2025-01-03,PR,F',
          'P1,2025-01-10,2025-02-07,CR,M',
        ),
      },
    ]);
    expect(issues).toContain(
      'v.csv, row 1, column visit_date: "2025-01-03" is before start_date 2025-01-10 of patient P1; times are weeks from the start of treatment',
    );
    expect(issues).toContain(
      'v.csv, row 2, column sex: "M" differs from row 1 (F) for patient P1; a patient-level column must be the same on each of the patient\'s rows (or blank)',
    );
  });

  it('refuses an unknown response code, listing the allowed ones', async () => {
    expect(
      await refused([{ name: 'v.csv', data: csv('id,visit_wk,response', 'P1,1,Great') }]),
    ).toContain(
      'v.csv, row 1, column response: "Great" is not a response code; expected CR, PR, IMP, SD, NR, PD or NE (relapse, reactivation, progression and loss read as PD)',
    );
  });

  it('takes patient-level columns from a patients file and refuses visits of unlisted patients', async () => {
    const visits = {
      name: 'visits.csv',
      data: csv('id,visit_wk,response', 'P1,1,PR', 'P1,4,CR', 'P9,2,SD'),
    };
    const patients = {
      name: 'patients.csv',
      data: csv('id,followup_wk,death_wk,sex', 'P1,10,,F', 'P2,8,8,M'),
    };
    expect(await refused([visits, patients])).toContain(
      'visits.csv, row 3, column id: "P9" is not in the patients file patients.csv; every patient with visits needs a row there',
    );
    const out = await loaded([
      { ...visits, data: csv('id,visit_wk,response', 'P1,1,PR', 'P1,4,CR') },
      patients,
    ]);
    expect(
      out.cohort.patients.map((p) => [p.id, p.bestResponse, p.followupWk, p.deathWk, p.sex]),
    ).toEqual([
      ['P1', 'CR', 10, null, 'F'],
      ['P2', 'NE', 8, 8, 'M'],
    ]);
    expect(out.warnings.map((i) => formatIssue(i, 'cli'))).toContain(
      'patients.csv, row 2, column id: "P2" has no assessments in the visits file; best response NE',
    );
  });
});

describe('spreadsheets and ADaM: problems name the sheet, the cell and the dataset', () => {
  it('asks for a sheet when a workbook has several, and names them when the choice is wrong', async () => {
    const out = await importFiles([fixtureFile('hlh.xlsx')]);
    expect(!out.ok && out.sheets).toEqual({
      file: 'hlh.xlsx',
      sheets: ['About', 'Patients', 'Visits', 'Patient facts'],
    });
    expect(await refused([fixtureFile('hlh.xlsx')], { sheet: 'Visist' })).toEqual([
      'hlh.xlsx: "Visist" is not a sheet of this workbook; its sheets are About, Patients, Visits, Patient facts',
    ]);
  });

  it('names sheet, row, column and cell of a bad spreadsheet value', async () => {
    const issues = await refused([fixtureFile('myeloid.xlsx')], {
      sheet: 'Visits',
      mapping: {
        version: 1,
        layout: 'visits',
        columns: { id: 'Patient', visit_wk: 'Assessment study day', response: 'Assessment status' },
        time_unit: 'days',
      },
    });
    expect(issues[0]).toMatch(
      /^myeloid\.xlsx, sheet Visits, row \d+, column Assessment status \(response\) \(cell D\d+\): "(No remission|Complete remission|Relapse)" is not mapped to a response code/,
    );
  });

  it('refuses ADRS subjects missing from ADSL, naming the row and the USUBJID', async () => {
    const adsl = { name: 'adsl.csv', data: csv('USUBJID,TRTSDT,SEX', 'S1,2025-01-01,F') };
    const adrs = {
      name: 'adrs.csv',
      data: csv('USUBJID,PARAMCD,AVALC,ADT', 'S1,OVR,PR,2025-01-15', 'S2,OVR,CR,2025-01-15'),
    };
    expect(await refused([adsl, adrs])).toContain(
      'adrs.csv, row 2, column USUBJID (id): "S2" is not in the patients file adsl.csv; every patient with visits needs a row there',
    );
  });

  it('refuses an ADRS date before TRTSDT, and names an ADaM set without ADSL', async () => {
    const adsl = { name: 'adsl.csv', data: csv('USUBJID,TRTSDT', 'S1,15JAN2025') };
    const adrs = {
      name: 'adrs.csv',
      data: csv('USUBJID,PARAMCD,AVALC,ADT', 'S1,OVR,PR,2025-01-10'),
    };
    expect(await refused([adsl, adrs])).toContain(
      'adrs.csv, row 1, column ADT (visit_date): "2025-01-10" is before start_date 2025-01-15 of patient S1; times are weeks from the start of treatment',
    );
    expect((await refused([adrs]))[0]).toMatch(/has no ADSL/);
  });
});
