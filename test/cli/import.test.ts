import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture } from './runCapture.ts';

const F = 'test/fixtures/import';

describe('cohortscope analyze with real data', () => {
  it('reads visits with a MAP.json and adds the derived patients and their derivations', async () => {
    const { status, stdout } = await runCapture([
      'analyze',
      `${F}/myeloid-visits.csv`,
      '--map',
      `${F}/myeloid-visits.map.json`,
    ]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.input_format).toBe('visits');
    expect(report.derived_patients).toHaveLength(report.n);
    expect(Object.keys(report.derived_patients[0])).toEqual(
      expect.arrayContaining([
        'id',
        'best_response',
        'response_wk',
        'cr_wk',
        'loss_wk',
        'death_wk',
        'followup_wk',
        'last_assessment_wk',
        'extra',
      ]),
    );
    expect(report.derivations[0]).toMatchObject({ id: 'MY-003', best_assessed: 'CR' });
    expect(report.derivations[0].steps[0]).toMatch(/^\d+ assessments from day 14 to day \d+$/);
  });

  it('applies --confirm-wk', async () => {
    const plain = JSON.parse(
      (
        await runCapture([
          'analyze',
          `${F}/myeloid-visits.csv`,
          '--map',
          `${F}/myeloid-visits.map.json`,
        ])
      ).stdout,
    );
    const confirmed = JSON.parse(
      (
        await runCapture([
          'analyze',
          `${F}/myeloid-visits.csv`,
          '--map',
          `${F}/myeloid-visits.map.json`,
          '--confirm-wk',
          '4',
        ])
      ).stdout,
    );
    expect(confirmed.orr.x).toBeLessThanOrEqual(plain.orr.x);
    expect(
      confirmed.derivations.some((d: { steps: string[] }) =>
        d.steps.some((s) => /not confirmed/.test(s)),
      ),
    ).toBe(true);
  });

  it('reads an ADaM trio of .xpt files and lists ADTTE disagreements', async () => {
    const { status, stdout, stderr } = await runCapture([
      'analyze',
      `${F}/myeloid-adsl.xpt`,
      `${F}/myeloid-adrs.xpt`,
      `${F}/myeloid-adtte-edited.xpt`,
    ]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.input_format).toBe('adam');
    expect(report.dor_disagreements).toHaveLength(2);
    expect(stderr).toMatch(
      /^warning: myeloid-adtte-edited\.xpt, column AVAL: duration of response differs from the derivation from ADRS for 2 subjects/m,
    );
  });

  it('reads a workbook sheet and gives the built-in report', async () => {
    const sheet = JSON.parse(
      (await runCapture(['analyze', `${F}/hlh.xlsx`, '--sheet', 'Patients'])).stdout,
    );
    const csv = JSON.parse(
      (await runCapture(['analyze', 'public/cohorts/hlh-anakinra-2025.csv'])).stdout,
    );
    expect(sheet).toEqual(csv);
  });

  it('says which sheets there are when the choice is needed or wrong', async () => {
    const none = await runCapture(['analyze', `${F}/hlh.xlsx`]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(
      /has 4 sheets with data \(About, Patients, Visits, Patient facts\); choose one \(in the CLI: --sheet NAME/,
    );
    const wrong = await runCapture(['analyze', `${F}/hlh.xlsx`, '--sheet', 'Nope']);
    expect(wrong.stderr).toMatch(
      /"Nope" is not a sheet of this workbook; its sheets are About, Patients, Visits, Patient facts/,
    );
  });

  it('refuses a bad MAP.json with every problem, and a file with its own names with how to map it', async () => {
    const bad = await runCapture([
      'analyze',
      `${F}/myeloid-visits.csv`,
      '--map',
      'test/cli/data/small.csv',
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /--map test\/cli\/data\/small.csv: the mapping is refused:\n {2}is not JSON/,
    );
    const unmapped = await runCapture(['analyze', `${F}/myeloid-visits.csv`]);
    expect(unmapped.status).toBe(2);
    expect(unmapped.stderr).toMatch(/cohortscope map FILE > MAP.json/);
  });

  it('says plainly when time-to-event endpoints are not available', async () => {
    const json = await runCapture(['analyze', 'test/cli/data/no-times.csv']);
    const report = JSON.parse(json.stdout);
    expect([report.orr.x, report.dor, report.ttr.km]).toEqual([2, null, null]);
    expect(report.unavailable.dor).toMatch(
      /^not available: 2 responders \(A1, A2\) have no response time/,
    );
    expect(json.stderr).toMatch(
      /warning: no-times.csv, column response_wk: is missing but 2 patients are responders/,
    );
    const table = await runCapture(['analyze', 'test/cli/data/no-times.csv', '--format', 'table']);
    expect(table.stdout).toMatch(/Duration of response: not available: 2 responders/);
  });
});

describe('cohortscope map', () => {
  it('prints a MAP.json on stdout and the reasons on stderr', async () => {
    const { status, stdout, stderr } = await runCapture(['map', `${F}/myeloid-visits.csv`]);
    expect(status).toBe(0);
    const mapping = JSON.parse(stdout);
    expect(mapping).toMatchObject({
      version: 1,
      layout: 'visits',
      time_unit: 'days',
      columns: { id: 'Patient', visit_wk: 'Study day', response: 'Disease status' },
    });
    expect(mapping.values.response).toEqual({ 'Complete remission': 'CR', Relapse: 'PD' });
    expect(stderr).toMatch(/visits layout \(ids repeat/);
    expect(stderr).toMatch(/TO DO: say what "No remission" means in response/);
  });

  it('maps a visits sheet and a patients sheet together, with what is left to decide', async () => {
    const { status, stdout, stderr } = await runCapture([
      'map',
      `${F}/myeloid.xlsx`,
      '--sheet',
      'Visits,Patients',
    ]);
    expect(status).toBe(0);
    // the MAP.json names both sheets, so analyze needs no --sheet with it
    expect(JSON.parse(stdout).sheet).toBe('Visits,Patients');
    expect(JSON.parse(stdout).patient_columns).toEqual({
      id: 'Patient',
      sex: 'Gender',
      start_date: 'Start of treatment',
      death_date: 'Date of death',
      last_followup_date: 'Last follow-up',
    });
    expect(stderr).toMatch(/myeloid\.xlsx, sheet Patients: patients layout/);
    expect(stderr).toMatch(/TO DO: say what "No remission" means in response \(294 rows\)\n$/);

    // completed as the user would (the one open code), it reads the workbook without --sheet
    const mapping = JSON.parse(stdout);
    mapping.values.response['No remission'] = 'NR';
    const dir = await mkdtemp(join(tmpdir(), 'cohortscope-map-'));
    try {
      await writeFile(join(dir, 'MAP.json'), JSON.stringify(mapping));
      const analyzed = await runCapture([
        'analyze',
        `${F}/myeloid.xlsx`,
        '--map',
        join(dir, 'MAP.json'),
      ]);
      expect(analyzed.stderr).not.toMatch(/choose one/);
      expect(analyzed.status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
