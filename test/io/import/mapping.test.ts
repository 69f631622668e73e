import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles.ts';
import { formatIssue } from '../../../src/io/issue.ts';
import { readMapping } from '../../../src/io/mapping/readMapping.ts';
import { suggestMapping } from '../../../src/io/mapping/suggestMapping.ts';
import { responseWord } from '../../../src/io/mapping/responseWord.ts';
import { fixtureFile, readTable } from './readFixture.ts';

const csv = (...rows: string[]) => rows.join('\n');

describe('responseWord', () => {
  it('recognises responses written in words, and relapse, reactivation, progression and loss as PD', () => {
    const codes = [
      'Complete remission',
      'complete response',
      'CR',
      'Partial',
      'partial remission',
      'Improved',
      'stable disease',
      'NON-CR/NON-PD',
      'No response',
      'Relapse',
      'reactivation',
      'Progression',
      'loss of response',
      'Not evaluable',
    ].map((w) => responseWord(w)?.code);
    expect(codes).toEqual([
      'CR',
      'CR',
      'CR',
      'PR',
      'PR',
      'IMP',
      'SD',
      'SD',
      'NR',
      'PD',
      'PD',
      'PD',
      'PD',
      'NE',
    ]);
    expect(responseWord('Partial remission')?.reason).toBe(
      '"Partial remission" means partial response',
    );
  });

  it('never guesses numeric codes or unknown words', () => {
    expect(responseWord('1')).toBeNull();
    expect(responseWord('No remission')).toBeNull();
  });
});

describe('suggestMapping', () => {
  it('maps a patient-level table by header synonyms and says why', () => {
    const s = suggestMapping(
      readTable(
        csv(
          'USUBJID,BOR,Time to response (days),Follow-up (days),Gender,Arm',
          'S1,Complete remission,14,200,f,A',
          'S2,partial,28,150,m,B',
          'S3,SD,,90,f,A',
        ),
      ),
    );
    expect(s.layout.layout).toBe('patients');
    expect(s.mapping.columns).toEqual({
      id: 'USUBJID',
      best_response: 'BOR',
      response_wk: 'Time to response (days)',
      followup_wk: 'Follow-up (days)',
      sex: 'Gender',
    });
    expect(s.fields.find((f) => f.field === 'best_response')).toMatchObject({
      confidence: 'high',
      reason: 'the header "BOR" is a name for best overall response',
    });
    expect(s.mapping.time_unit).toBe('days');
    expect(s.unit.reason).toMatch(/the headers say days/);
    expect(s.mapping.values).toEqual({
      best_response: { 'Complete remission': 'CR', partial: 'PR', SD: 'NR' },
    });
    expect(s.values.filter((v) => v.field === 'sex').map((v) => v.code)).toEqual(['F', 'M']);
    expect(s.values.find((v) => v.value === 'SD')?.reason).toMatch(/counts as no response \(NR\)/);
    expect(s.extraColumns).toEqual(['Arm']);
    expect(s.complete).toBe(true);
  });

  it('chooses visits when ids repeat, and leaves numeric response codes for the user', () => {
    const s = suggestMapping(readTable(csv('Patient ID,Week,Response', 'A,1,1', 'A,4,2', 'B,2,3')));
    expect(s.layout).toEqual({
      layout: 'visits',
      reason: 'ids repeat: 3 rows for 2 patients, so one row per assessment',
    });
    expect(s.mapping.columns).toEqual({ id: 'Patient ID', visit_wk: 'Week', response: 'Response' });
    expect(s.values.map((v) => v.code)).toEqual([null, null, null]);
    expect(s.complete).toBe(false);
    expect(s.open).toContain('say what "1" means in response (1 row)');
  });

  it('keeps per-field units when headers disagree, and flags weeks assumed for large times', () => {
    const mixed = suggestMapping(
      readTable(csv('id,best response,response (days),followup (months)', 'a,CR,14,6')),
    );
    expect(mixed.mapping.time_unit).toBe('days');
    expect(mixed.mapping.units).toEqual({ followup_wk: 'months' });
    expect(mixed.unit.reason).toMatch(/^mixed units in the headers/);
    const none = suggestMapping(readTable(csv('id,best response,futime', 'a,CR,2000', 'b,NR,30')));
    expect(none.unit.reason).toMatch(/weeks assumed — but times reach 2000, which looks like days/);
  });

  it('tells day/month/year from month/day/year when it can, and says so when it cannot', () => {
    const dmy = suggestMapping(
      readTable(
        csv(
          'id,start date,visit date,response',
          'a,25/01/2024,01/02/2024,CR',
          'a,25/01/2024,05/03/2024,CR',
        ),
      ),
    );
    expect(dmy.dateFormat).toEqual({
      format: 'DD/MM/YYYY',
      reason: 'a date has a first number above 12, so day/month/year',
    });
    const unclear = suggestMapping(
      readTable(
        csv(
          'id,start date,visit date,response',
          'a,01/02/2024,03/02/2024,CR',
          'a,01/02/2024,04/02/2024,CR',
        ),
      ),
    );
    expect(unclear.dateFormat?.reason).toMatch(/cannot be told apart.*check it/);
  });
});

describe('readMapping', () => {
  it('fills the defaults and reads every key', () => {
    const read = readMapping({
      version: 1,
      columns: { id: 'Patient', visit_wk: 'Day', response: 'Status' },
      time_unit: 'days',
      values: { response: { Partial: 'pr' } },
      $comment: 'ok',
    });
    expect(read).toEqual({
      ok: true,
      mapping: {
        version: 1,
        layout: 'visits',
        columns: { id: 'Patient', visit_wk: 'Day', response: 'Status' },
        time_unit: 'days',
        values: { response: { Partial: 'PR' } },
      },
    });
  });

  it('lists every problem with what is allowed', () => {
    const read = readMapping({
      version: 2,
      layout: 'rows',
      columns: { id: 'A', foo: 'B' },
      time_unit: 'years',
      values: { response: { x: 'GOOD' } },
      extra: 1,
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.messages).toEqual([
      '"extra" is not a mapping key; the keys are version, layout, sheet, header_row, columns, time_unit, units, date_format, values, patient_columns',
      '"version" is 2; this Cohortscope reads mapping version 1',
      '"layout" is "rows"; expected "patients" or "visits"',
      expect.stringMatching(
        /^"columns.foo" is not a field of the patients layout; its fields are id, best_response/,
      ),
      '"time_unit" is "years"; expected days, weeks, months',
      '"values.response.x" is "GOOD"; expected one of CR, PR, IMP, SD, NR, PD, NE',
    ]);
    expect(readMapping('{ not json').ok).toBe(false);
  });
});

describe('importFiles with a mapping', () => {
  const visits = csv(
    'Patient,Day,Status,Died (day)',
    'A,7,Partial,',
    'A,28,Complete,',
    'A,56,Relapse,',
    'B,14,stable,70',
    'B,42,Worse,70',
  );
  const mapping = {
    version: 1 as const,
    layout: 'visits' as const,
    columns: { id: 'Patient', visit_wk: 'Day', response: 'Status', death_wk: 'Died (day)' },
    time_unit: 'days' as const,
    values: {
      response: { Partial: 'PR' as const, Complete: 'CR' as const, stable: 'SD' as const },
    },
  };

  it('converts days to weeks and reads the codes as mapped', async () => {
    const out = await importFiles([{ name: 'v.csv', data: visits }], {
      mapping: { ...mapping, values: { response: { ...mapping.values.response, Worse: 'PD' } } },
    });
    if (!out.ok) expect.fail(out.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
    expect(
      out.cohort.patients.map((p) => [
        p.id,
        p.bestResponse,
        p.responseWk,
        p.crWk,
        p.lossWk,
        p.deathWk,
      ]),
    ).toEqual([
      ['A', 'CR', 1, 4, 8, null],
      ['B', 'NR', null, null, null, 10],
    ]);
  });

  it('refuses an unmapped code, naming the cell as the user wrote it, and returns it for the mapping step', async () => {
    const out = await importFiles([{ name: 'v.csv', data: visits }], { mapping });
    if (out.ok) expect.fail('loaded');
    // The command line names the MAP.json entry; the app, the mapping step's table of codes.
    expect(out.issues.map((i) => formatIssue(i, 'cli'))).toContain(
      'v.csv, row 5, column Status (response): "Worse" is not mapped to a response code; map it in the mapping\'s values.response to one of CR, PR, IMP, SD, NR, PD, NE',
    );
    const inApp = out.issues.map((i) => formatIssue(i, 'app'));
    expect(inApp).toContain(
      'v.csv, row 5, column Status (response): "Worse" is not mapped to a response code; under “What the codes mean”, choose what “Worse” in Status means (CR, PR, IMP, SD, NR, PD or NE), then Load',
    );
    expect(inApp.join('\n')).not.toMatch(/values\.response|MAP\.json/);
    expect(out.unmapped).toEqual([
      { field: 'response', column: 'Status', value: 'Worse', count: 1, rows: [5] },
    ]);
  });

  it('refuses a time in another unit than its column (mixed units)', async () => {
    const out = await importFiles(
      [{ name: 'v.csv', data: csv('Patient,Day,Status', 'A,7,CR', 'A,2 months,CR') }],
      { mapping: { ...mapping, columns: { id: 'Patient', visit_wk: 'Day', response: 'Status' } } },
    );
    if (out.ok) expect.fail('loaded');
    expect(out.issues.map((i) => formatIssue(i, 'cli'))).toContain(
      'v.csv, row 2, column Day (visit_wk): "2 months" is in months but this column is read in days (mixed units); give every time of the column in one unit, or set "units": { "visit_wk": "months" } in the mapping',
    );
    // The app speaks of its mapping step, where each time field has its unit.
    expect(out.issues.map((i) => formatIssue(i, 'app'))).toContain(
      'v.csv, row 2, column Day (visit_wk): "2 months" is in months but this column is read in days (mixed units); give every time of the column in one unit, or set the unit of visit_wk to months in the table of fields above',
    );
  });

  it('refuses a mapping that names a column the file lacks, listing its columns', async () => {
    const out = await importFiles([{ name: 'v.csv', data: visits }], {
      mapping: { ...mapping, columns: { ...mapping.columns, response: 'Outcome' } },
    });
    expect(!out.ok && out.issues[0].message).toBe(
      'is named in the mapping for response but is not a column of this table; its columns are Patient, Day, Status, Died (day)',
    );
  });

  it('offers a suggestion when a file has its own column names and no mapping', async () => {
    const out = await importFiles([fixtureFile('myeloid-visits.csv')]);
    if (out.ok) expect.fail('loaded');
    expect(out.suggestion?.layout.layout).toBe('visits');
    expect(out.suggestion?.mapping.columns).toMatchObject({
      id: 'Patient',
      visit_wk: 'Study day',
      response: 'Disease status',
      death_wk: 'Day of death',
      followup_wk: 'Follow-up (days)',
      sex: 'Sex',
    });
    expect(out.suggestion?.open).toContain('say what "No remission" means in response (294 rows)');
    expect(out.issues.at(-1)?.message).toMatch(
      /has its own column names .*cohortscope map FILE > MAP.json/,
    );
  });
});
