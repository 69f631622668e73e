import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles.ts';
import { inspectFiles } from '../../../src/io/inspectFiles.ts';
import { fieldRows } from '../../../src/panels/load/fieldRows.ts';
import { sourceRows } from '../../../src/panels/load/sourceRows.ts';
import { fixtureFile } from '../../io/import/readFixture.ts';

describe('fieldRows', () => {
  it('gives each field its column, the suggestion and why, and says where the user chose', async () => {
    const seen = await inspectFiles([fixtureFile('myeloid-visits.csv')]);
    if (!seen.ok || !seen.suggestion) expect.fail('no suggestion');
    const s = seen.suggestion.main;
    const rows = fieldRows('visits', s, { ...s.mapping.columns, death_wk: 'Sex', sex: undefined });
    const row = (field: string) => rows.find((r) => r.field === field)!;
    expect(row('id')).toMatchObject({
      column: 'Patient',
      required: true,
      confidence: 'high',
      reason: 'the header "Patient" is a name for patient id',
      main: true,
    });
    expect(row('death_wk')).toMatchObject({
      column: 'Sex',
      suggested: 'Day of death',
      confidence: null,
      reason: 'your choice (suggested: “Day of death”)',
    });
    expect(row('sex').reason).toBe(
      'left out (suggested: “Sex”, the header "Sex" is a name for sex)',
    );
    expect(row('visit_wk')).toMatchObject({ twin: 'visit_date', kind: 'time' });
    expect(row('gc_baseline_mg')).toMatchObject({ column: null, main: false });
  });

  it('lists only the patient-level fields of a patients table beside visits', async () => {
    const seen = await inspectFiles([fixtureFile('myeloid.xlsx')], { sheet: 'Visits,Patients' });
    if (!seen.ok || !seen.suggestion?.patients) expect.fail('no patients suggestion');
    const rows = fieldRows(
      'patients',
      seen.suggestion.patients,
      seen.suggestion.mapping.patient_columns ?? {},
      new Set(['id', 'start_date', 'last_followup_date']),
    );
    expect(rows.map((r) => [r.field, r.column, r.required])).toEqual([
      ['id', 'Patient', false],
      ['start_date', 'Start of treatment', false],
      ['last_followup_date', 'Last follow-up', false],
    ]);
  });
});

describe('sourceRows', () => {
  it('gives the rows a derivation read, as the file has them, with what each did', async () => {
    const out = await importFiles([fixtureFile('hlh-visits.csv')]);
    if (!out.ok) expect.fail('refused');
    const d = out.derivations!.find((x) => x.lossRow !== null)!;
    const rows = sourceRows(d, out.assessmentTable!);
    expect(rows.map((r) => r.row)).toEqual(d.rows);
    expect(rows.find((r) => r.row === d.lossRow)?.role).toBe('loss of response');
    expect(rows.find((r) => r.row === d.responseRow)?.role).toMatch(/^first response/);
    expect(rows[0].cells[0]).toBe(d.id);
    expect(rows[0].cells).toHaveLength(out.assessmentTable!.table.columns.length);
  });
});
