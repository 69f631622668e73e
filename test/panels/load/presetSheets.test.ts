import { describe, expect, it } from 'vitest';
import { presetSheets } from '../../../src/panels/load/presetSheets.ts';

describe('presetSheets: the sheet chooser starts with the sheets their names make obvious', () => {
  it('reads the visits with the one patients sheet beside them', () => {
    expect(presetSheets(['Notes', 'Patients', 'Visits'])).toEqual({
      main: 'Visits',
      second: 'Patients',
      byName: true,
    });
    expect(presetSheets(['read me', 'visits', 'patients'])).toMatchObject({
      main: 'visits',
      second: 'patients',
    });
    expect(presetSheets(['Assessments', 'Subjects'])).toMatchObject({
      main: 'Assessments',
      second: 'Subjects',
    });
  });

  it('reads an ADaM-like workbook as ADRS with ADSL beside it', () => {
    expect(presetSheets(['ADSL', 'ADRS', 'ADTTE'])).toEqual({
      main: 'ADRS',
      second: 'ADSL',
      byName: true,
    });
  });

  it('reads the one patients sheet of a workbook without visits', () => {
    expect(presetSheets(['Notes', 'Patients'])).toEqual({
      main: 'Patients',
      second: '',
      byName: true,
    });
  });

  it('chooses no patients sheet when two are named like one', () => {
    expect(presetSheets(['About', 'Patients', 'Visits', 'Patient facts'])).toEqual({
      main: 'Visits',
      second: '',
      byName: true,
    });
    expect(presetSheets(['Patients 2024', 'Patients 2025'])).toEqual({
      main: 'Patients 2024',
      second: '',
      byName: false,
    });
  });

  it('starts with the first sheet when no name says anything', () => {
    expect(presetSheets(['Sheet1', 'Sheet2'])).toEqual({
      main: 'Sheet1',
      second: '',
      byName: false,
    });
    expect(presetSheets([])).toEqual({ main: '', second: '', byName: false });
  });
});
