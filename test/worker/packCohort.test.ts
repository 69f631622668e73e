import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cohort, Patient } from '../../src/engine/cohort.ts';
import { parseCohort } from '../../src/io/parseCohort.ts';
import { packCohort, packedBuffers } from '../../src/worker/packCohort.ts';
import { unpackCohort } from '../../src/worker/unpackCohort.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { largeCsv } from '../io/largeCsv.ts';

/** The trip to a worker and back: packed, copied as postMessage copies, unpacked. */
const trip = (cohort: Cohort) => unpackCohort(structuredClone(packCohort(cohort)));

/** Every patient's fields, in order, with -0 and NaN told apart from 0. */
const fieldsInOrder = (cohort: Cohort) =>
  cohort.patients.map((p) => Object.entries(p).map(([k, v]) => [k, Object.is(v, -0) ? '-0' : v]));

describe('a cohort packed in columns for a worker', () => {
  it('comes back equal, field order included, for the HLH cohort', () => {
    const cohort = hlhCohort();
    const back = trip(cohort);
    expect(back).toStrictEqual(cohort);
    expect(fieldsInOrder(back)).toEqual(fieldsInOrder(cohort));
  });

  it('comes back equal for 5,000 parsed patients with extra columns, in typed arrays', () => {
    const parsed = parseCohort(largeCsv(5000), { fileName: 'large.csv' });
    if (!parsed.ok) throw new Error('the test cohort should parse');
    const packed = packCohort(parsed.cohort);
    expect(packed.odd).toEqual([]);
    expect(packed.columns.map((c) => c.kind)).toContain('record');
    expect(packedBuffers(packed).length).toBeGreaterThan(5);
    expect(trip(parsed.cohort)).toStrictEqual(parsed.cohort);
  });

  it('keeps patients of another shape whole, in their place', () => {
    const [a, b, c] = hlhCohort().patients;
    const { extra, ...rest } = b;
    const reordered = { extra, ...rest } as Patient;
    const moreFields = { ...c, saeWk: 3, lastAssessmentWk: null };
    const cohort: Cohort = {
      name: 'mixed',
      source: 'test',
      columns: [],
      patients: [a, reordered, moreFields, a],
    };
    const packed = packCohort(cohort);
    expect(packed.odd.map(([i]) => i)).toEqual([1, 2]);
    const back = trip(cohort);
    expect(back).toStrictEqual(cohort);
    expect(fieldsInOrder(back)).toEqual(fieldsInOrder(cohort));
  });

  it('comes back equal for any patients (nulls, NaN, −0, mixed kinds, extra text)', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.boolean(),
      fc.string({ maxLength: 4 }),
      fc.constant(undefined),
    );
    const patient = fc.record(
      {
        id: fc.string({ maxLength: 6 }),
        responseWk: fc.option(fc.double(), { nil: null }),
        sex: fc.constantFrom('F', 'M', null),
        feverBaseline: fc.option(fc.boolean(), { nil: null }),
        odd: value,
        extra: fc.oneof(
          fc.record(
            { site: fc.string({ maxLength: 3 }), arm: fc.string({ maxLength: 3 }) },
            { noNullPrototype: true },
          ),
          fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), {
            noNullPrototype: true,
          }),
        ),
      },
      { noNullPrototype: true },
    );
    fc.assert(
      fc.property(fc.array(patient, { maxLength: 30 }), (patients) => {
        const cohort = { name: 'c', source: 's', columns: [], patients } as unknown as Cohort;
        const back = trip(cohort);
        expect(back).toStrictEqual(cohort);
        expect(fieldsInOrder(back)).toEqual(fieldsInOrder(cohort));
      }),
    );
  });

  it('keeps a "__proto__" field as a field, never as a prototype', () => {
    const [a] = hlhCohort().patients;
    const extra = JSON.parse('{"__proto__": "x", "site": "A"}') as Record<string, string>;
    const shady = JSON.parse('{"__proto__": 1}') as Record<string, unknown>;
    const cohort: Cohort = {
      name: 'proto',
      source: 'test',
      columns: [],
      patients: [{ ...a, extra }, { ...a, extra }, Object.assign(shady, a) as Patient],
    };
    const back = trip(cohort);
    expect(back).toStrictEqual(cohort);
    expect(Object.getPrototypeOf(back.patients[0].extra)).toBe(Object.prototype);
    expect(Object.keys(back.patients[0].extra)).toEqual(['__proto__', 'site']);
  });

  it('sends codes for text of few values and one string for ids, and rebuilds them exactly', () => {
    const parsed = parseCohort(largeCsv(3000), { fileName: 'large.csv' });
    if (!parsed.ok) throw new Error('the test cohort should parse');
    const packed = packCohort(parsed.cohort);
    const kindOf = (key: string) => packed.columns[packed.keys.indexOf(key)].kind;
    expect(kindOf('id')).toBe('joined');
    expect(kindOf('bestResponse')).toBe('levels');
    const strange = ['', 'a,b', '\u{1F600}', '\ud800', 'é', null];
    const patients = strange.map((id, i) => ({ ...parsed.cohort.patients[i], sex: id as 'F' }));
    const many = Array.from({ length: 300 }, (_, i) => ({
      ...parsed.cohort.patients[i],
      id: i % 7 ? `${i}\ud83d` : '',
    }));
    for (const cohort of [
      { ...parsed.cohort, patients },
      { ...parsed.cohort, patients: many },
    ])
      expect(trip(cohort)).toStrictEqual(cohort);
  });
});
