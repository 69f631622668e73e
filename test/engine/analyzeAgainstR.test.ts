import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compareWithR } from '../helpers/compareWithR.ts';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { parseCohort } from '../../src/io/parseCohort.ts';
import { R_TOLERANCE } from '../helpers/rTolerance.ts';

interface Case {
  file: string;
  report: Record<string, unknown>;
}
const fixture = JSON.parse(readFileSync('test/fixtures/analyze.json', 'utf8')) as { cases: Case[] };

describe('analyze agrees with R on whole cohort files', () => {
  it('has cohorts to compare', () => expect(fixture.cases.length).toBeGreaterThanOrEqual(10));

  for (const { file, report: expected } of fixture.cases) {
    it(`reproduces R's report for ${file}`, () => {
      const text = readFileSync(file, 'utf8');
      const parsed = parseCohort(text, { fileName: basename(file) });
      if (!parsed.ok) throw new Error(`${file} refused: ${JSON.stringify(parsed.issues)}`);
      const actual = analyze(parsed.cohort, { level: 0.95 });
      const problems: string[] = [];
      compareWithR(actual, expected, 'report', problems, R_TOLERANCE);
      expect(problems, `${file}\n${text}`).toEqual([]);
    });
  }
});
