import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { parseCohort } from '../../src/io/parseCohort.ts';
import { R_TOLERANCE } from '../helpers/rTolerance.ts';

interface Case {
  file: string;
  report: Record<string, unknown>;
}
const fixture = JSON.parse(readFileSync('test/fixtures/analyze.json', 'utf8')) as { cases: Case[] };

/** Every leaf of `expected` (R) must be matched by `actual` (engine); paths name the mismatch. */
function compare(actual: unknown, expected: unknown, path: string, problems: string[]): void {
  if (expected === null || typeof expected !== 'object') {
    const ok =
      typeof expected === 'number' && typeof actual === 'number'
        ? Math.abs(actual - expected) <= R_TOLERANCE
        : actual === expected;
    if (!ok)
      problems.push(`${path}: engine ${JSON.stringify(actual)}, R ${JSON.stringify(expected)}`);
    return;
  }
  if (actual === null || typeof actual !== 'object') {
    problems.push(`${path}: engine ${JSON.stringify(actual)}, R an object`);
    return;
  }
  if (Array.isArray(expected) && (!Array.isArray(actual) || actual.length !== expected.length)) {
    problems.push(
      `${path}: engine has ${JSON.stringify(actual)?.slice(0, 80)}, R ${expected.length} items`,
    );
    return;
  }
  for (const [key, value] of Object.entries(expected)) {
    compare((actual as Record<string, unknown>)[key], value, `${path}.${key}`, problems);
  }
}

describe('analyze agrees with R on whole cohort files', () => {
  it('has cohorts to compare', () => expect(fixture.cases.length).toBeGreaterThanOrEqual(10));

  for (const { file, report: expected } of fixture.cases) {
    it(`reproduces R's report for ${file}`, () => {
      const text = readFileSync(file, 'utf8');
      const parsed = parseCohort(text, { fileName: basename(file) });
      if (!parsed.ok) throw new Error(`${file} refused: ${JSON.stringify(parsed.issues)}`);
      const actual = analyze(parsed.cohort, { level: 0.95 });
      const problems: string[] = [];
      compare(actual, expected, 'report', problems);
      expect(problems, `${file}\n${text}`).toEqual([]);
    });
  }
});
