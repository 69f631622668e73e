import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { importFiles } from '../../../src/io/importFiles.ts';
import { formatIssue } from '../../../src/io/issue.ts';
import { fixtureFile } from './readFixture.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';

const today = hlhCohort();

const ways: [string, string[], string | undefined][] = [
  ['visits, patient-level columns on every row (CSV)', ['hlh-visits.csv'], undefined],
  ['one row per patient in a workbook sheet (.xlsx)', ['hlh.xlsx'], 'Patients'],
  ['visits and patient facts in two sheets (.xlsx)', ['hlh.xlsx'], 'Visits,Patient facts'],
  ['an ADaM trio (.xpt v8)', ['hlh-adsl.xpt', 'hlh-adrs.xpt', 'hlh-adtte.xpt'], undefined],
  ['ADSL and ADRS without ADTTE (.xpt v8)', ['hlh-adsl.xpt', 'hlh-adrs.xpt'], undefined],
];

describe('the built-in cohort round-trips through every format with exactly today’s results', () => {
  for (const [label, files, sheet] of ways) {
    it(`gives today's report from ${label}`, async () => {
      const outcome = await importFiles(
        files.map((f) => fixtureFile(f)),
        { sheet },
      );
      if (!outcome.ok) expect.fail(outcome.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
      for (const options of [{}, { responders: ['CR'] as const }, { level: 0.9, byWeek: [1, 3] }]) {
        expect(analyze(outcome.cohort, options), `${label} ${JSON.stringify(options)}`).toEqual(
          analyze(today, options),
        );
      }
      expect(
        outcome.cohort.patients.map((p) => [p.id, p.bestResponse, p.responseWk, p.lossWk]),
      ).toEqual(today.patients.map((p) => [p.id, p.bestResponse, p.responseWk, p.lossWk]));
    });
  }

  it('keeps the derivation beside the source rows of each derived patient', async () => {
    const outcome = await importFiles([fixtureFile('hlh-visits.csv')]);
    if (!outcome.ok) expect.fail(outcome.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
    expect(outcome.format).toBe('visits');
    const p03 = outcome.derivations!.find((d) => d.id === 'P03')!;
    expect(p03.rows).toEqual([5, 6, 7]);
    expect(p03.steps).toContain('complete remission reached at week 3 (row 6)');
    expect(outcome.cohort.columns).toContain('last_assessment_wk');
  });
});
