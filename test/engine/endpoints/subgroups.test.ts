import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSubgroups } from '../../../src/engine/analyzeSubgroups.ts';
import type { Cohort } from '../../../src/engine/cohort.ts';
import { groupPatients, MAX_GROUPS } from '../../../src/engine/groupPatients.ts';
import { parseCohort } from '../../../src/io/parseCohort.ts';
import { mismatches } from '../stats/fixtures.ts';
import { endpoints, type SubgroupTest } from './endpointsFixture.ts';
import type { LogRankResult } from '../../../src/engine/logRank.ts';
import { R_TOLERANCE } from '../../helpers/rTolerance.ts';

const TOLERANCE = R_TOLERANCE; // the project's tolerance against R

const cohorts = new Map<string, { cohort: Cohort; text: string }>();
function load(file: string) {
  if (!cohorts.has(file)) {
    const text = readFileSync(file, 'utf8');
    const parsed = parseCohort(text, { fileName: basename(file) });
    if (!parsed.ok) throw new Error(`${file} refused: ${JSON.stringify(parsed.issues)}`);
    cohorts.set(file, { cohort: parsed.cohort, text });
  }
  return cohorts.get(file)!;
}

function testMismatches(label: string, got: LogRankResult | null, want: SubgroupTest | null) {
  if (want === null || got === null)
    return got === want
      ? []
      : [`${label}: engine ${JSON.stringify(got)}, R ${JSON.stringify(want)}`];
  return [
    ...mismatches(`${label} chisq`, got.chisq, want.chisq, TOLERANCE),
    ...mismatches(`${label} df`, got.df, want.df, 0),
    ...mismatches(`${label} p`, got.p, want.p, TOLERANCE),
    ...mismatches(`${label} observed`, got.observed, want.observed, TOLERANCE),
    ...mismatches(`${label} expected`, got.expected, want.expected, TOLERANCE),
    ...(want.trend
      ? [
          ...mismatches(
            `${label} trend chisq`,
            got.trend?.chisq ?? null,
            want.trend.chisq,
            TOLERANCE,
          ),
          ...mismatches(`${label} trend p`, got.trend?.p ?? null, want.trend.p, TOLERANCE),
        ]
      : got.trend === null
        ? []
        : [`${label}: a trend test for unordered groups`]),
  ];
}

describe('analyzeSubgroups agrees with R on whole cohort files (R_TOLERANCE)', () => {
  it('has sex, best-response and age-band groupings of every file', () => {
    expect(endpoints.subgroups.length).toBeGreaterThanOrEqual(27);
  });

  for (const c of endpoints.subgroups) {
    it(`${c.file} by ${c.grouping.by}${c.grouping.cuts ? ` cut at ${c.grouping.cuts}` : ''}`, () => {
      const { cohort, text } = load(c.file);
      const grouping =
        c.grouping.by === 'age'
          ? { by: 'age' as const, cuts: c.grouping.cuts! }
          : { by: c.grouping.by };
      const r = analyzeSubgroups(cohort, grouping, { level: 0.95 });
      const bad = [
        ...mismatches('missing', r.missing, c.missing, 0),
        ...(JSON.stringify(r.groups.map((g) => g.value)) ===
        JSON.stringify(c.groups.map((g) => g.value))
          ? []
          : [`values: ${r.groups.map((g) => g.value)} vs R ${c.groups.map((g) => g.value)}`]),
        ...mismatches(
          'n',
          r.groups.map((g) => g.n),
          c.groups.map((g) => g.n),
          0,
        ),
        ...mismatches(
          'responders',
          r.groups.map((g) => g.report.orr!.x),
          c.groups.map((g) => g.responders),
          0,
        ),
        ...testMismatches('DOR log-rank', r.logrank.dor, c.logrank.dor),
        ...testMismatches('TTR log-rank', r.logrank.ttr, c.logrank.ttr),
        ...(c.gray === null
          ? r.gray === null
            ? []
            : ['a Gray test without two groups of responders']
          : (['loss', 'death'] as const).flatMap((cause) => [
              ...mismatches(
                `Gray ${cause} chisq`,
                r.gray?.[cause].chisq ?? null,
                c.gray![cause].chisq,
                TOLERANCE,
              ),
              ...mismatches(
                `Gray ${cause} p`,
                r.gray?.[cause].p ?? null,
                c.gray![cause].p,
                TOLERANCE,
              ),
            ])),
        ...(c.orr_difference
          ? [
              ...mismatches(
                'ORR difference',
                r.orr_difference?.estimate ?? null,
                c.orr_difference.estimate,
                TOLERANCE,
              ),
              ...mismatches(
                'Newcombe',
                r.orr_difference?.ci ?? [null, null],
                c.orr_difference.ci,
                TOLERANCE,
              ),
              ...mismatches(
                'Fisher p',
                r.orr_difference?.fisher_p ?? null,
                c.orr_difference.fisher_p,
                TOLERANCE,
              ),
            ]
          : r.orr_difference === null
            ? []
            : ['an ORR difference without two groups']),
      ];
      expect(bad, `${c.file}\n${text}`).toEqual([]);
    });
  }

  it('gives every group the full endpoint report of its own patients', () => {
    const { cohort } = load('public/cohorts/hlh-anakinra-2025.csv');
    const r = analyzeSubgroups(cohort, { by: 'sex' });
    expect(r.groups.map((g) => g.value)).toEqual(['F', 'M']);
    for (const g of r.groups) {
      expect(g.report.n).toBe(g.n);
      expect(g.report.dor_landmarks.map((l) => l.week)).toEqual([4, 12, 26]);
    }
    expect(r.groups.reduce((s, g) => s + g.n, 0) + r.missing).toBe(cohort.patients.length);
  });
});

describe('groupPatients', () => {
  const { cohort } = load('test/fixtures/cohorts/random-08.csv');
  const withExtra = (values: string[]) =>
    cohort.patients.slice(0, values.length).map((p, i) => ({ ...p, extra: { Arm: values[i] } }));

  it('orders an extra column numerically when every value is a number, else alphabetically', () => {
    const numeric = groupPatients(withExtra(['10', '2', '2', '']), { by: 'extra', column: 'Arm' });
    expect(numeric.groups.map((g) => g.value)).toEqual(['2', '10']);
    expect(numeric).toMatchObject({ ordered: true, missing: 1, label: 'Arm' });
    const text = groupPatients(withExtra(['b', 'A', 'a']), { by: 'extra', column: 'Arm' });
    expect(text.groups.map((g) => g.value)).toEqual(['a', 'A', 'b']);
    expect(text.ordered).toBe(false);
  });

  it('labels age bands [c_i, c_i+1) and refuses repeated or missing cut points', () => {
    const bands = groupPatients(cohort.patients, { by: 'age', cuts: [65, 40] });
    expect(bands.groups.map((g) => g.value)).toEqual(['< 40', '40 to < 65', '≥ 65']);
    expect(() => groupPatients(cohort.patients, { by: 'age', cuts: [] })).toThrow(/cut point/);
    expect(() => groupPatients(cohort.patients, { by: 'age', cuts: [40, 40] })).toThrow(/repeated/);
  });

  it('puts each patient in the group of its value, in input order, and counts the rest', () => {
    const value = fc.constantFrom('a', ' a ', 'A', 'b', '1', '01', '1.0', '2', '', '  ');
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const patients = withExtra(values);
        const read = (v: string) => (v.trim() === '' ? null : v.trim());
        if (patients.every((p) => read(p.extra.Arm) === null)) return;
        const split = groupPatients(patients, { by: 'extra', column: 'Arm' });
        for (const g of split.groups) {
          expect(g.patients).toEqual(patients.filter((p) => read(p.extra.Arm) === g.value));
        }
        expect(split.groups.reduce((n, g) => n + g.patients.length, 0) + split.missing).toBe(
          patients.length,
        );
        expect(split.missing).toBe(patients.filter((p) => read(p.extra.Arm) === null).length);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a column with more than MAX_GROUPS values, or with none, naming it', () => {
    const many = withExtra(Array.from({ length: MAX_GROUPS + 1 }, (_, i) => `s${i}`));
    expect(() => groupPatients(many, { by: 'extra', column: 'Arm' })).toThrow(
      /column "Arm" has 13 distinct values; group by a column with at most 12/,
    );
    expect(() => groupPatients(withExtra(['', '']), { by: 'extra', column: 'Arm' })).toThrow(
      /"Arm" has no values/,
    );
  });
});
