import { describe, expect, it } from 'vitest';
import { laneSummary } from '../../src/charts/swimmer/laneSummary';
import { patientRecord, unbrokenTimes } from '../../src/charts/swimmer/patientRecord';
import { importFiles } from '../../src/io/importFiles.ts';
import { formatIssue } from '../../src/io/issue.ts';
import type { ColumnMapping } from '../../src/io/mapping/columnMapping.ts';
import { mappingUnitOf } from '../../src/io/mapping/mappingUnitOf.ts';
import { makePatient } from '../helpers/makeCohort.ts';

// A responder still in response at the last visit (week 8) who dies later (week 12), and one
// alive at the end, read from visits as a user keeps them.
const visits = [
  'id,visit_wk,response,death_wk,followup_wk',
  'P1,2,PR,12,12',
  'P1,8,CR,12,12',
  'P2,3,PR,,20',
  'P2,10,PR,,20',
].join('\n');

async function derived() {
  const out = await importFiles([{ name: 'visits.csv', data: visits }]);
  if (!out.ok) expect.fail(out.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
  const byId = new Map(out.derivations!.map((d) => [d.id, d]));
  return { cohort: out.cohort, byId };
}

describe('the last response assessment of a patient derived from visits', () => {
  it('is the last visit, with the death after it on its own row', async () => {
    const { cohort, byId } = await derived();
    const p1 = cohort.patients[0];
    const record = Object.fromEntries(
      patientRecord(p1, cohort.columns, {
        assessments: byId.get('P1')!.assessments,
        derived: true,
      }),
    );
    expect(record['Last response assessment']).toBe('week 8');
    expect(record['Death']).toBe('week 12');
    // The death still ends the response: the derived record keeps where its follow-up ends.
    expect(p1.lastAssessmentWk).toBe(12);
  });

  it('is the last visit of a patient alive at the end', async () => {
    const { cohort, byId } = await derived();
    const p2 = cohort.patients[1];
    const record = Object.fromEntries(
      patientRecord(p2, cohort.columns, {
        assessments: byId.get('P2')!.assessments,
        derived: true,
      }),
    );
    expect(record['Last response assessment']).toBe('week 10');
    expect(record['Death']).toBe('—');
  });

  it('without the visits at hand (a link), says where the response was followed to, not that it was assessed then', async () => {
    const { cohort } = await derived();
    const record = Object.fromEntries(
      patientRecord(cohort.patients[0], cohort.columns, { derived: true }),
    );
    expect(record['Last response assessment']).toBeUndefined();
    expect(record['Response followed until']).toBe('week 12');
  });

  it('of a one-row-per-patient file is the file’s own last_assessment_wk', () => {
    const p = makePatient({
      id: 'A',
      bestResponse: 'PR',
      responseWk: 1,
      deathWk: 12,
      followupWk: 12,
      lastAssessmentWk: 8,
    });
    expect(Object.fromEntries(patientRecord(p))['Last response assessment']).toBe('week 8');
  });
});

describe('a patient’s record names its times as the file gave them', () => {
  const mapping: ColumnMapping = {
    version: 1,
    layout: 'visits',
    time_unit: 'days',
    columns: { id: 'Patient', visit_wk: 'Study day', response: 'Status', death_wk: 'Death day' },
  };
  const file = [
    'Patient,Study day,Status,Death day',
    'A02,7,SD,120',
    'A02,28,PR,120',
    'A02,56,CR,120',
  ].join('\n');

  it('in days, with the week beside each, the last visit apart from death', async () => {
    const out = await importFiles([{ name: 'days.csv', data: file }], { mapping });
    if (!out.ok) expect.fail(out.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
    const [p] = out.cohort.patients;
    const unitOf = mappingUnitOf(mapping, 'visits');
    const record = Object.fromEntries(
      patientRecord(p, out.cohort.columns, {
        assessments: out.derivations![0].assessments,
        derived: true,
        unitOf,
      }),
    );
    expect(record).toMatchObject({
      'First response': 'day 28 (week 4)',
      'CR reached': 'day 56 (week 8)',
      Death: 'day 120 (week 17.1)',
      'Last follow-up': 'day 120 (week 17.1)',
      'Last response assessment': 'day 56 (week 8)',
    });
    expect(laneSummary(p, 'died', true, unitOf)).toBe(
      'CR from day 28, CR at day 56, died at day 120; last follow-up day 120: died',
    );
    // Without the file's units (a one-row-per-patient file), weeks to six significant digits.
    expect(Object.fromEntries(patientRecord(p))['Death']).toBe('week 17.1429');
  });
});

describe('mappingUnitOf', () => {
  it('gives each time the unit of its mapped field, the visits’ unit to derived times, days to dates', () => {
    const unitOf = mappingUnitOf(
      {
        version: 1,
        layout: 'visits',
        time_unit: 'days',
        units: { followup_wk: 'months' },
        columns: { id: 'P', visit_wk: 'Day', response: 'S', followup_wk: 'FU' },
        patient_columns: { id: 'P', death_date: 'Died on', start_date: 'Start' },
      },
      'visits',
    );
    expect(
      ['response_wk', 'loss_wk', 'followup_wk', 'death_wk', 'gc_halved_wk'].map(unitOf),
    ).toEqual(['days', 'days', 'months', 'days', 'weeks']);
    expect(mappingUnitOf(null, 'patients')('followup_wk')).toBe('weeks');
    expect(mappingUnitOf(null, 'adam')('response_wk')).toBe('days');
    expect(mappingUnitOf(null, 'adam')('gc_halved_wk')).toBe('weeks');
  });
});

describe('unbrokenTimes', () => {
  it('keeps each time’s number with its word, nothing else', () => {
    expect(unbrokenTimes('day 120 (week 17.1)')).toBe('day\u00a0120 (week\u00a017.1)');
    expect(unbrokenTimes('Group 1')).toBe('Group 1');
  });
});
