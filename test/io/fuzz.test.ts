/**
 * Fuzzing the importer: whatever the input, `parseCohort` returns (never throws) and
 * every issue has a file and a message. `npm test` runs a fixed-seed slice; a full run of
 * 100,000 inputs is `FUZZ_RUNS=25000 npx vitest run test/io/fuzz.test.ts` (4 properties),
 * optionally with `FUZZ_SEED=<n>`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortToCsv, formatIssue, parseCohort, type ParseResult } from '../../src/io/index.ts';
import { validCohort } from './cohortGenerator.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 7);
const TIMEOUT_MS = Math.max(30_000, RUNS * 20);
const SETTINGS = { numRuns: RUNS, seed: SEED };
const FILE_NAMES = ['cohort.csv', 'cohort.tsv', 'cohort.json', 'cohort.txt', 'cohort', ''];

/** Parses and checks the contract: no throw, issues with file and message. */
function parsesSafely(text: string, fileName: string): ParseResult {
  const result = parseCohort(text, { fileName });
  const issues = result.ok ? result.warnings : result.issues;
  if (!result.ok) expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.file.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.row === null || (Number.isInteger(issue.row) && issue.row >= 1)).toBe(true);
    expect(typeof formatIssue(issue, 'cli')).toBe('string');
  }
  return result;
}

/** Pieces that stress a CSV parser and the validation rules. */
const NASTY = [
  '"',
  '""',
  ',',
  '\t',
  ';',
  '\n',
  '\r',
  '\r\n',
  '\uFEFF',
  '\u202E',
  '\u0000',
  "'",
  '=',
  '-',
  '@',
  '-0',
  '1e308',
  '1e400',
  '5e-324',
  'NaN',
  'Infinity',
  '-1',
  '121',
  'abc',
  '2025-02-30',
  'CR',
  'XX',
  '{',
  '[',
  '}',
  ']',
  ':',
  'null',
  'true',
  '<script>',
  'مريض',
  ' ',
  '',
];

/** A valid cohort's CSV with a few random edits: insertions, deletions and truncation. */
const nearValidCsv = fc
  .record({
    cohort: validCohort,
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        remove: fc.integer({ min: 0, max: 3 }),
        insert: fc.constantFrom(...NASTY),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    truncate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  })
  .map(({ cohort, edits, truncate }) => {
    let text = cohortToCsv(cohort);
    for (const { at, remove, insert } of edits) {
      const i = Math.floor(at * text.length);
      text = text.slice(0, i) + insert + text.slice(i + remove);
    }
    return truncate === null ? text : text.slice(0, Math.floor(truncate * text.length));
  });

const KEYS = [
  'id',
  'best_response',
  'response_wk',
  'cr_wk',
  'loss_wk',
  'followup_wk',
  'age',
  'sex',
  'fever_baseline',
  'sae_related',
  'start_date',
  'response_date',
  'extra',
  'note',
  'ID',
];

/** JSON documents shaped like cohorts, with values of any JSON type. */
const cohortLikeJson = fc
  .array(
    fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.jsonValue(), fc.constantFrom(...NASTY)), {
      maxKeys: 10,
    }),
    { maxLength: 8 },
  )
  .chain((patients) =>
    fc.constantFrom<unknown>(patients, { name: 'n', source: 's', patients }, { patients: 'no' }),
  )
  .map((value) => JSON.stringify(value));

describe('parseCohort never throws (fuzz)', () => {
  it(
    'parseCohort on arbitrary strings returns a result with located messages',
    () => {
      const anyText = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.array(fc.constantFrom(...NASTY), { maxLength: 60 }).map((parts) => parts.join('')),
      );
      fc.assert(
        fc.property(anyText, fc.constantFrom(...FILE_NAMES), (text, fileName) => {
          parsesSafely(text, fileName);
        }),
        SETTINGS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'parseCohort on near-valid CSV (edited, truncated) returns a result with located messages',
    () => {
      fc.assert(
        fc.property(nearValidCsv, (text) => {
          parsesSafely(text, 'cohort.csv');
        }),
        SETTINGS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'parseCohort on cohort-shaped JSON of any types returns a result with located messages',
    () => {
      fc.assert(
        fc.property(cohortLikeJson, fc.integer({ min: 0, max: 20 }), (text, cut) => {
          parsesSafely(text, 'cohort.json');
          parsesSafely(text.slice(0, text.length - cut), 'cohort.json');
        }),
        SETTINGS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'parseCohort loads every generated valid cohort, and cohortToCsv round-trips it',
    () => {
      fc.assert(
        fc.property(validCohort, (cohort) => {
          const result = parsesSafely(cohortToCsv(cohort), 'cohort.csv');
          expect(result.ok && result.cohort.patients, JSON.stringify(cohort)).toEqual(
            cohort.patients,
          );
          expect(result.ok && result.cohort.columns).toEqual(cohort.columns);
        }),
        SETTINGS,
      );
    },
    TIMEOUT_MS,
  );

  it('parseCohort survives long fields, many columns, deep JSON and unbalanced quotes', () => {
    const header = 'id,best_response,followup_wk';
    const inputs: [string, string][] = [
      [`${header}\nP1,NR,"4`, 'a.csv'],
      [`${header}\n"${'x'.repeat(200_000)}`, 'a.csv'],
      [`${header},${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\nP1,NR,4`, 'a.csv'],
      [`${header}\n${'P1,NR,4,'.repeat(20_000)}`, 'a.csv'],
      ['['.repeat(100_000) + ']'.repeat(100_000), 'a.json'],
      [
        `[{"id":"P1","best_response":"NR","followup_wk":4,"note":${'['.repeat(5000)}${']'.repeat(5000)}}]`,
        'a.json',
      ],
      ['[{"id":"P1","best_response":"NR","followup_wk":1e999}]', 'a.json'],
      [`\uFEFF\uFEFF${header}\r\nP1,NR,4`, 'a.csv'],
      ['\u202Eid,best_response,followup_wk\n\u202EP1,NR,4', 'a.csv'],
    ];
    for (const [text, fileName] of inputs) parsesSafely(text, fileName);
  });
});
