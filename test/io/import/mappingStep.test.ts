import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles.ts';
import { inspectFiles } from '../../../src/io/inspectFiles.ts';
import { formatIssue } from '../../../src/io/issue.ts';
import { codedValues } from '../../../src/io/mapping/codedValues.ts';
import type { ColumnMapping } from '../../../src/io/mapping/columnMapping.ts';
import { mappingGaps } from '../../../src/io/mapping/mappingGaps.ts';
import { mappingKey } from '../../../src/io/mapping/mappingKey.ts';
import { missingColumns } from '../../../src/io/mapping/missingColumns.ts';
import { readMapping } from '../../../src/io/mapping/readMapping.ts';
import { previewMapping } from '../../../src/io/mapping/previewMapping.ts';
import { suggestImportMapping } from '../../../src/io/mapping/suggestImportMapping.ts';
import { suggestMapping } from '../../../src/io/mapping/suggestMapping.ts';
import { fixtureFile, FIXTURES, readTable } from './readFixture.ts';

const csv = (...rows: string[]) => rows.join('\n');
const visitsMapping = (over: Partial<ColumnMapping> = {}): ColumnMapping => ({
  version: 1,
  layout: 'visits',
  columns: { id: 'Patient', visit_wk: 'Day', response: 'Status' },
  time_unit: 'days',
  ...over,
});

describe('suggestMapping reads a time column holding dates as its date field', () => {
  it('maps "Last follow-up" with dates to last_followup_date and needs no followup_wk', () => {
    const s = suggestMapping(
      readTable(
        csv(
          'Patient,Best response,Start of treatment,Last follow-up',
          'A,CR,2024-01-01,2024-06-01',
          'B,NR,2024-02-01,2024-05-01',
        ),
      ),
    );
    expect(s.mapping.columns).toEqual({
      id: 'Patient',
      best_response: 'Best response',
      start_date: 'Start of treatment',
      last_followup_date: 'Last follow-up',
    });
    expect(s.fields.find((f) => f.field === 'last_followup_date')?.reason).toBe(
      'the header "Last follow-up" is a name for time of last follow-up, and its values are dates: date of last follow-up',
    );
    expect(s.open).toEqual([]);
  });
});

describe('suggestImportMapping', () => {
  it('maps a visits sheet and a patients sheet of a workbook as one MAP.json', async () => {
    const seen = await inspectFiles([fixtureFile('myeloid.xlsx')], { sheet: 'Patients,Visits' });
    if (!seen.ok) expect.fail(seen.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
    // The sheet whose ids repeat is read as the visits, whatever the order they were chosen in.
    expect(seen.tables.map((t) => t.sheet)).toEqual(['Visits', 'Patients']);
    const mapping = seen.suggestion!.mapping;
    expect(mapping.columns).toEqual({
      id: 'Patient',
      visit_wk: 'Assessment study day',
      response: 'Assessment status',
    });
    expect(mapping.patient_columns).toEqual({
      id: 'Patient',
      sex: 'Gender',
      start_date: 'Start of treatment',
      death_date: 'Date of death',
      last_followup_date: 'Last follow-up',
    });
    expect(seen.suggestion!.open).toEqual(['say what "No remission" means in response (294 rows)']);
  });

  it('gives the suggestion of a single table unchanged', () => {
    const t = readTable(csv('Patient,Day,Status', 'A,7,CR', 'A,14,CR'));
    const s = suggestImportMapping(t);
    expect(s.mapping).toEqual(suggestMapping(t).mapping);
    expect(s.patients).toBeNull();
  });
});

describe('inspectFiles', () => {
  it('samples each table: its columns, first rows and the values of each column', async () => {
    const seen = await inspectFiles([fixtureFile('myeloid-visits.csv')]);
    if (!seen.ok) expect.fail('refused');
    const [t] = seen.tables;
    expect(t.columns).toEqual([
      'Patient',
      'Study day',
      'Disease status',
      'Day of death',
      'Follow-up (days)',
      'Sex',
      'Arm',
    ]);
    expect(t.head).toHaveLength(6);
    expect(t.rowCount).toBe(1122);
    expect(t.values[2]).toEqual([
      ['No remission', 294],
      ['Complete remission', 655],
      ['Relapse', 173],
    ]);
    // Ids have more distinct values than a coded column can: none kept.
    expect(t.values[0]).toBeNull();
  });

  it('recognises ADaM datasets, which need no mapping', async () => {
    const seen = await inspectFiles(
      ['myeloid-adsl.xpt', 'myeloid-adrs.xpt'].map((n) => fixtureFile(n)),
    );
    expect(seen.ok && [seen.adam, seen.suggestion]).toEqual([true, null]);
  });

  it('asks for a sheet of a workbook with several, listing them', async () => {
    const seen = await inspectFiles([fixtureFile('myeloid.xlsx')]);
    expect(seen.ok).toBe(false);
    if (seen.ok) return;
    expect(seen.sheets).toEqual({
      file: 'myeloid.xlsx',
      sheets: ['Read me', 'Visits', 'Patients'],
    });
  });

  it('refuses more than two tables that are not ADaM', async () => {
    const one = { name: 'a.csv', data: csv('id,best_response,followup_wk', 'A,CR,3') };
    const seen = await inspectFiles([one, { ...one, name: 'b.csv' }, { ...one, name: 'c.csv' }]);
    expect(!seen.ok && seen.issues.map((i) => formatIssue(i, 'cli'))).toEqual([
      'a.csv, b.csv, c.csv: are 3 tables; give one cohort file, a visits file with a patients file, or ADaM datasets',
    ]);
  });
});

describe('codedValues', () => {
  const tables = [
    {
      columns: ['Patient', 'Day', 'Status', 'Sex'],
      values: [
        null,
        null,
        [
          ['Complete remission', 3],
          ['No remission', 2],
          ['relapse', 1],
          ['pr', 1],
        ] as [string, number][],
        [
          ['1', 4],
          ['2', 3],
        ] as [string, number][],
      ],
    },
  ];

  it('says what each value of a coded column is read as, and what is suggested', () => {
    const mapping = visitsMapping({
      columns: { id: 'Patient', visit_wk: 'Day', response: 'Status', sex: 'Sex' },
      values: { response: { 'complete remission': 'CR' }, sex: { '1': 'F' } },
    });
    const { values, tooMany } = codedValues(mapping, tables);
    expect(values.map((v) => [v.field, v.value, v.count, v.code, v.mapped, v.suggested])).toEqual([
      ['response', 'Complete remission', 3, 'CR', true, 'CR'],
      ['response', 'No remission', 2, null, false, null],
      ['response', 'relapse', 1, 'PD', false, 'PD'],
      ['response', 'pr', 1, 'PR', false, 'PR'],
      ['sex', '1', 4, 'F', true, null],
      ['sex', '2', 3, null, false, null],
    ]);
    expect(values[1].reason).toBe('"No remission" is not a known response word');
    expect(tooMany).toEqual([]);
  });

  it('lists a mapped coded column with too many values to be codes', () => {
    const mapping = visitsMapping({ columns: { id: 'Patient', visit_wk: 'Day', response: 'Day' } });
    expect(codedValues(mapping, tables).tooMany).toEqual([{ field: 'response', column: 'Day' }]);
  });
});

describe('mappingGaps', () => {
  it('lists the required fields without a column and the codes without a meaning', () => {
    const gaps = mappingGaps(
      { version: 1, layout: 'visits', columns: { id: 'Patient' }, time_unit: 'days' },
      [{ field: 'response', value: '3', count: 2, code: null }],
    );
    expect(gaps).toEqual([
      'choose the column for response at the visit (response)',
      'choose the column for the time of each assessment (visit_wk) or its date (visit_date)',
      'say what "3" means in response (2 rows)',
    ]);
  });

  it('takes a date for its week field, and the start of treatment from the patients table', () => {
    const mapping = visitsMapping({
      columns: { id: 'Patient', visit_date: 'Date', response: 'Status' },
      patient_columns: { id: 'Patient', start_date: 'Start' },
    });
    expect(mappingGaps(mapping, [])).toEqual([]);
    expect(
      mappingGaps(
        {
          version: 1,
          layout: 'patients',
          columns: { id: 'P', best_response: 'B', last_followup_date: 'L' },
          time_unit: 'weeks',
        },
        [],
      ),
    ).toEqual([
      'choose the column for the start of treatment (start_date): dates are converted to weeks from it',
    ]);
  });

  it('names a column chosen for two fields', () => {
    const mapping = visitsMapping({ columns: { id: 'Patient', visit_wk: 'Day', response: 'day' } });
    expect(mappingGaps(mapping, [])).toEqual([
      '"Day" is chosen for visit_wk and response; a column gives one field',
    ]);
  });
});

describe('mappingKey and missingColumns', () => {
  it('keys a mapping by the set of headers, whatever their order and case', () => {
    expect(mappingKey([{ columns: ['Status', 'patient', ' Day ', ''] }])).toBe(
      mappingKey([{ columns: ['Patient', 'Day', 'Status'] }]),
    );
    expect(mappingKey([{ columns: ['A'] }, { columns: ['B'] }])).toBe('a + b');
    expect(mappingKey([{ columns: ['A', 'B'] }])).not.toBe(mappingKey([{ columns: ['A', 'C'] }]));
  });

  it('names the headers a mapping needs that the tables lack', () => {
    const mapping = visitsMapping({ patient_columns: { id: 'Patient', start_date: 'Start' } });
    expect(
      missingColumns(mapping, [
        { columns: ['patient', 'DAY', 'Status'] },
        { columns: ['Patient'] },
      ]),
    ).toEqual(['Start']);
  });
});

describe('previewMapping', () => {
  const head = [
    { row: 1, cells: ['A', '14', 'Complete remission', 'x'] },
    { row: 2, cells: ['A', '28', 'No remission', 'y'] },
  ];
  const sample = { file: 'v.csv', columns: ['Patient', 'Day', 'Status', 'Note'], head };

  it('shows the first rows with the documented fields, weeks and codes', () => {
    const mapping = visitsMapping({
      values: { response: { 'Complete remission': 'CR', 'No remission': 'NR' } },
    });
    expect(previewMapping(mapping, [sample])).toEqual([
      {
        file: 'v.csv',
        fields: ['id', 'visit_wk', 'response'],
        rows: [
          { row: 1, cells: ['A', '2', 'CR'] },
          { row: 2, cells: ['A', '4', 'NR'] },
        ],
        problems: [],
      },
    ]);
  });

  it('marks a code not mapped and lists it as a problem', () => {
    const mapping = visitsMapping({ values: { response: { 'Complete remission': 'CR' } } });
    const [preview] = previewMapping(mapping, [sample]);
    expect(preview.rows[1].cells[2]).toBe('No remission (not mapped)');
    expect(preview.problems).toEqual([
      'v.csv, row 2, column Status (response): "No remission" is not mapped to a response code; under “What the codes mean”, choose what “No remission” in Status means (CR, PR, IMP, SD, NR, PD or NE), then Load',
    ]);
  });

  it('names a column the table lacks', () => {
    const mapping = visitsMapping({
      columns: { id: 'Subject', visit_wk: 'Day', response: 'Status' },
    });
    expect(previewMapping(mapping, [sample])[0].problems[0]).toMatch(
      /column Subject: is named in the mapping for id but is not a column of this table/,
    );
  });
});

describe('importFiles names the table its derivations point into', () => {
  it('returns the visits table as the file has it', async () => {
    const out = await importFiles([fixtureFile('hlh-visits.csv')]);
    if (!out.ok) expect.fail('refused');
    expect(out.assessmentTable?.file).toBe('hlh-visits.csv');
    const d = out.derivations![0];
    const rows = new Map(out.assessmentTable!.table.rows.map((r) => [r.row, r.cells]));
    expect(d.assessments.every((a) => rows.has(a.row))).toBe(true);
  });
});

describe('the bad sheet written by import.R', () => {
  const fixture = JSON.parse(readFileSync('test/fixtures/import.json', 'utf8')) as {
    bad_sheet: {
      file: string;
      map: string;
      cells: { cell: string; row: number; column: string; value: string; problem: string }[];
    };
  };
  const { file, map, cells } = fixture.bad_sheet;
  const read = readMapping(readFileSync(`${FIXTURES}/${map}`, 'utf8'));
  if (!read.ok) throw new Error(read.messages.join('\n'));

  it('offers its untranslated code for mapping instead of reading on', async () => {
    const out = await importFiles([fixtureFile(file)], { mapping: read.mapping });
    if (out.ok) expect.fail('the bad sheet loaded');
    const code = cells.find((c) => c.problem.startsWith('a code'))!;
    expect(out.unmapped).toEqual([
      { field: 'response', column: code.column, value: code.value, count: 1, rows: [code.row] },
    ]);
    expect(out.issues.map((i) => formatIssue(i, 'cli'))).toEqual([
      expect.stringContaining(
        `row ${code.row}, column ${code.column} (response) (cell ${code.cell})`,
      ),
    ]);
  });

  it('once the code is mapped, names every spoiled cell with its sheet, row, column and value', async () => {
    const code = cells.find((c) => c.problem.startsWith('a code'))!;
    const mapping = {
      ...read.mapping,
      values: { response: { ...read.mapping.values?.response, [code.value]: 'PR' as const } },
    };
    const out = await importFiles([fixtureFile(file)], { mapping });
    if (out.ok) expect.fail('the bad sheet loaded');
    const messages = out.issues.map((i) => formatIssue(i, 'cli'));
    for (const c of cells.filter((c) => c !== code)) {
      expect(
        messages.some(
          (m) =>
            m.startsWith(`${file}, sheet Visits, row ${c.row}, column `) &&
            m.includes(`(cell ${c.cell}): "${c.value}"`),
        ),
        `${c.cell} (${c.problem}) in:\n${messages.join('\n')}`,
      ).toBe(true);
    }
    expect(messages).toHaveLength(cells.length - 1);
  });
});
