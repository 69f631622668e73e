import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import AxisX from '../../src/charts/marks/AxisX.svelte';
import { describeSwimmer } from '../../src/charts/swimmer/describeSwimmer';
import { reconstructionToCohort } from '../../src/engine/kmfigure/reconstructionToCohort';
import { patientRecord } from '../../src/charts/swimmer/patientRecord';
import { sixPatients } from './sixPatients';
import { RESPONSE_GRADES } from '../../src/engine/cohort.ts';

const [p01, p02] = sixPatients.patients;

describe('patientRecord', () => {
  it('lists every recorded field, with a dash for what is missing', () => {
    const record = Object.fromEntries(patientRecord(p02));
    expect(record).toMatchObject({
      Patient: 'P02',
      'Best response': 'CR',
      'First response': 'week 2',
      'CR reached': 'week 6',
      'Loss of response': '—',
      Age: '51',
      Sex: 'M',
      'Fever at baseline': '—',
      'Glucocorticoid halved': 'week 3',
    });
  });

  it('lists only the fields the cohort records', () => {
    const labels = patientRecord(p02, ['loss_wk', 'sae_related', 'sae_wk']).map(([l]) => l);
    expect(labels).toEqual([
      'Patient',
      'Best response',
      'First response',
      'Loss of response',
      'Last follow-up',
      'Drug-related SAE',
      'SAE week',
      'centre',
    ]);
    expect(labels).not.toContain('Sex');
    const flagged = { ...p02, saeRelated: true, saeWk: null };
    expect(Object.fromEntries(patientRecord(flagged, ['sae_related', 'sae_wk']))['SAE week']).toBe(
      'not recorded',
    );
  });

  it('says the weeks shown and the square-root axis', () => {
    expect(
      describeSwimmer(sixPatients, {
        sort: 'followup',
        grouping: 'sex',
        responders: RESPONSE_GRADES,
        shown: 6,
        window: [0, 4],
        scale: 'sqrt',
      }),
    ).toMatch(/grouped by sex; weeks 0 to 4 shown; time on a square-root scale\.$/);
  });

  it('appends the unrecognised columns after the known ones, verbatim', () => {
    const rows = patientRecord(sixPatients.patients[5]);
    expect(rows.at(-1)).toEqual(['note', '<b>bold</b> & "quoted"']);
    expect(patientRecord(p01).map(([label]) => label)).toContain('Drug-related SAE');
  });
});

describe('describeSwimmer', () => {
  it('summarises patients, responders, follow-up and order', () => {
    expect(
      describeSwimmer(sixPatients, {
        sort: 'ttr',
        grouping: 'best response',
        responders: RESPONSE_GRADES,
        shown: 6,
      }),
    ).toBe(
      'Swimmer plot of 6 patients: 5 responders (2 CR, 2 PR, 1 IMP), follow-up up to 12 weeks, ' +
        'sorted by time to response and grouped by best response.',
    );
  });

  it('names the deaths, not responders, of a cohort that records no response', () => {
    const rebuilt = reconstructionToCohort(
      [
        { time: 2, event: true },
        { time: 5, event: false },
        { time: 7, event: true },
      ],
      { endpoint: 'os', unit: 'weeks' },
    );
    expect(
      describeSwimmer(rebuilt, {
        sort: 'followup',
        grouping: null,
        responders: RESPONSE_GRADES,
        shown: 3,
      }),
    ).toBe(
      'Swimmer plot of 3 patients: response not recorded, 2 deaths, follow-up up to 7 weeks, sorted by follow-up.',
    );
  });

  it('says when only some lanes are drawn', () => {
    expect(
      describeSwimmer(sixPatients, {
        sort: 'id',
        grouping: null,
        responders: ['CR'],
        shown: 4,
      }),
    ).toBe(
      'Swimmer plot of 6 patients: 2 responders (2 CR), follow-up up to 12 weeks, sorted by patient id, showing the first 4.',
    );
  });
});

describe('getFrame', () => {
  it('refuses to draw a mark outside a chart', () => {
    expect(() => render(AxisX, { props: {} }).body).toThrow(/inside a chart/);
  });
});
