import fc from 'fast-check';
import { RESPONSE_CODES, type Cohort, type Patient } from '../../src/engine/cohort.ts';
import { OPTIONAL_COLUMNS, OPTIONAL_FIELDS, columnKey } from '../../src/io/columns.ts';

/** Trimmed, non-empty text of any Unicode, as the importer produces it. */
const text = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== '');

/** Text that looks hostile in a spreadsheet or a page. */
const hostile = fc.constantFrom(
  '=1+1',
  '+SUM(A1)',
  '-2',
  '@cmd',
  "'=quoted",
  "''-x",
  '<script>alert(1)</script>',
  'مريض ١',
  'a,"b"\nc',
  'x\ry',
);

const label = fc.oneof(text, hostile);

const extraKey = label.filter((key) => columnKey(key).startsWith('extra:'));

/** A time in weeks, never -0. */
const weeks = fc
  .oneof(
    fc.integer({ min: 0, max: 3640 }).map((days) => days / 7),
    fc.double({ min: 0, max: 520, noNaN: true }),
    fc.constantFrom(0, 1, 5e-324, 1e308),
  )
  .map((x) => x + 0);

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.option(arbitrary, { nil: null, freq: 2 });
const within = (f: number) => maybe(fraction.map((u) => f * u + 0));

const patient = (id: string, extraKeys: string[]): fc.Arbitrary<Patient> =>
  fc
    .record({ code: fc.constantFrom(...RESPONSE_CODES), followupWk: weeks })
    .chain(({ code, followupWk: f }) => {
      const responder = code === 'CR' || code === 'PR' || code === 'IMP';
      return fc
        .record({
          u: fraction,
          cr: within(1),
          loss: within(1),
          deathWk: within(f),
          age: maybe(fc.double({ min: 0, max: 120, noNaN: true }).map((x) => x + 0)),
          sex: fc.constantFrom('F' as const, 'M' as const, null),
          feverBaseline: maybe(fc.boolean()),
          fever: within(f),
          gcBaselineMg: maybe(fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => x + 0)),
          gcHalvedWk: within(f),
          saeRelated: maybe(fc.boolean()),
          extra: fc.dictionary(fc.constantFrom(...extraKeys, 'k'), label, { maxKeys: 3 }),
        })
        .map((v): Patient => {
          const responseWk = responder ? f * v.u + 0 : null;
          const after = (u: number | null) =>
            responseWk === null || u === null ? null : responseWk + (f - responseWk) * u + 0;
          return {
            id,
            bestResponse: code,
            responseWk,
            crWk: code === 'CR' ? after(v.cr) : null,
            lossWk: responder ? after(v.loss) : null,
            deathWk: v.deathWk,
            followupWk: f,
            age: v.age,
            sex: v.sex,
            feverBaseline: v.feverBaseline,
            feverResolvedWk: v.feverBaseline === false ? null : v.fever,
            gcBaselineMg: v.gcBaselineMg,
            gcHalvedWk: v.gcHalvedWk,
            saeRelated: v.saeRelated,
            extra: Object.fromEntries(
              Object.entries(v.extra).filter(([key]) => extraKeys.includes(key)),
            ),
          };
        });
    });

/**
 * Valid cohorts as the importer would produce them: unique trimmed ids, consistent times
 * (responders respond before follow-up, losses after the response, …), hostile text in ids
 * and extra columns, and `columns` listing the optional columns that have a value.
 */
export const validCohort: fc.Arbitrary<Cohort> = fc
  .record({
    ids: fc.uniqueArray(label, { minLength: 1, maxLength: 12 }),
    extraKeys: fc.uniqueArray(extraKey, { maxLength: 3, selector: columnKey }),
  })
  .chain(({ ids, extraKeys }) => fc.tuple(...ids.map((id) => patient(id, extraKeys))))
  .map((patients) => ({
    name: 'generated',
    source: 'fast-check',
    patients,
    columns: OPTIONAL_COLUMNS.filter((column) =>
      patients.some((p) => (p[OPTIONAL_FIELDS[column]] ?? null) !== null),
    ),
  }));
