import { readFileSync } from 'node:fs';
import { compareWithR } from '../../helpers/compareWithR.ts';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { importFiles } from '../../../src/io/importFiles.ts';
import { formatIssue } from '../../../src/io/issue.ts';
import { readMapping } from '../../../src/io/mapping/readMapping.ts';
import { FIXTURES, fixtureFile } from './readFixture.ts';

/** Absolute tolerance for every number compared with R. */
const TOLERANCE = 1e-6;

interface Case {
  name: string;
  files: string[];
  options: { map?: string; confirm_wk?: number };
  report: Record<string, unknown>;
}
const fixture = JSON.parse(readFileSync('test/fixtures/import.json', 'utf8')) as {
  cases: Case[];
  disagreeing: string[];
  derived_myeloid: Record<string, unknown>[];
};

async function importCase(c: Case) {
  const mapping = c.options.map
    ? readMapping(readFileSync(`${FIXTURES}/${c.options.map}`, 'utf8'))
    : undefined;
  if (mapping && !mapping.ok) throw new Error(mapping.messages.join('\n'));
  return importFiles(
    c.files.map((f) => fixtureFile(f)),
    {
      mapping: mapping?.mapping,
      confirmWk: c.options.confirm_wk ?? null,
    },
  );
}

describe('imported files give the endpoints R computes by the documented rules', () => {
  it('has cases to compare', () => expect(fixture.cases.length).toBeGreaterThanOrEqual(7));

  for (const c of fixture.cases) {
    it(`reproduces R for ${c.name}`, async () => {
      const outcome = await importCase(c);
      if (!outcome.ok)
        expect.fail(
          `${c.files.join(', ')} refused:\n${outcome.issues.map((i) => formatIssue(i, 'cli')).join('\n')}`,
        );
      const problems: string[] = [];
      compareWithR(
        analyze(outcome.cohort, { level: 0.95 }),
        c.report,
        'report',
        problems,
        TOLERANCE,
      );
      expect(problems, `${c.name}: ${c.files.join(', ')} ${JSON.stringify(c.options)}`).toEqual([]);
    });
  }

  it('derives each myeloid patient as R does', async () => {
    const outcome = await importCase(fixture.cases[0]);
    if (!outcome.ok) expect.fail(outcome.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
    const problems: string[] = [];
    fixture.derived_myeloid.forEach((expected, i) => {
      const p = outcome.cohort.patients[i];
      const actual = {
        id: p.id,
        best_response: p.bestResponse,
        response_wk: p.responseWk,
        cr_wk: p.crWk,
        loss_wk: p.lossWk,
        death_wk: p.deathWk,
        followup_wk: p.followupWk,
        last_assessment_wk: p.lastAssessmentWk,
        sex: p.sex,
      };
      compareWithR(actual, expected, `patient ${String(expected.id)}`, problems);
    });
    expect(problems).toEqual([]);
  });

  it('lists the subjects whose ADTTE duration of response differs from ADRS, with both values', async () => {
    const c = fixture.cases.find((x) => x.files.includes('myeloid-adtte-edited.xpt'))!;
    const outcome = await importCase(c);
    if (!outcome.ok) expect.fail(outcome.issues.map((i) => formatIssue(i, 'cli')).join('\n'));
    expect(outcome.disagreements?.map((d) => d.id)).toEqual(fixture.disagreeing);
    const [longer, flipped] = outcome.disagreements!;
    expect(longer.adtte.weeks - longer.derived!.weeks).toBeCloseTo(30 / 7, 9);
    expect(flipped.adtte.event).toBe(!flipped.derived!.event);
    const warning = outcome.warnings.find(
      (w) => w.file === 'myeloid-adtte-edited.xpt' && w.column === 'AVAL',
    );
    expect(warning?.message).toMatch(
      new RegExp(
        `differs from the derivation from ADRS for 2 subjects: ${fixture.disagreeing[0]} \\(ADTTE \\d+ days \\w+, ADRS \\d+ days \\w+\\)`,
      ),
    );
  });

  it('agrees with ADTTE when it matches ADRS: no disagreement is listed', async () => {
    const c = fixture.cases.find((x) => x.files.includes('myeloid-adtte.xpt'))!;
    const outcome = await importCase(c);
    expect(outcome.ok && outcome.disagreements).toEqual([]);
  });
});
