import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankPatient } from '../../src/engine/blankPatient';
import { RESPONSE_CODES, RESPONSE_GRADES, type Patient } from '../../src/engine/cohort';
import type { Grouping } from '../../src/engine/groupPatients';
import { laneOrder } from '../../src/charts/swimmer/laneOrder';
import { compareIds, naturalIdOrder } from '../../src/charts/swimmer/naturalIdOrder';
import { orderByKeys } from '../../src/charts/swimmer/orderByKeys';
import { sortPatients, type SwimmerSort } from '../../src/charts/swimmer/sortPatients';
import { stemAndNumberOrder } from '../../src/charts/swimmer/stemAndNumberOrder';
import { referenceLaneOrder, referenceSort } from './referenceLaneOrder';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const SORTS: SwimmerSort[] = ['followup', 'dor', 'ttr', 'response', 'id'];

/** Indices of `ids` by a stable sort with the collator: the order every id order must give. */
const byCollator = (ids: readonly string[]) =>
  [...ids.keys()].sort((a, b) => compareIds(ids[a], ids[b]) || a - b);

// Ids as people write them, and worse: letters in both cases, digit runs with leading zeros and
// beyond 2^53, punctuation and spaces, accented letters, and anything at all.
const digits = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 4 }),
  fc.string({ unit: fc.constantFrom(...'0000123456789'), minLength: 1, maxLength: 24 }),
);
const asciiToken = fc.oneof(
  { weight: 3, arbitrary: digits },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...'aAbBpPxXzZ'), minLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '-', '_', '.', ',', ':', '/', '#', '(', '~', '$') },
);
const asciiId = fc.array(asciiToken, { maxLength: 5 }).map((t) => t.join(''));
const stemAndNumber = fc
  .tuple(fc.constantFrom('P', 'p', 'PT-', 'pt-', 'SITE 1-', 'site 01-', '', 'HLH'), digits)
  .map(([stem, number]) => stem + number);
const printableId = fc.oneof(stemAndNumber, asciiId, fc.string({ maxLength: 6 }));
const anyId = fc.oneof(
  { weight: 4, arbitrary: printableId },
  { weight: 1, arbitrary: fc.constantFrom('É1', 'e1', 'Ä', 'a', 'ß2', 'ñ-3', 'Å10', 'tab\t1') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
/** A list of ids, some repeated (drawn from a smaller pool). */
const listOf = (id: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(id, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 60 }))
    .map(([pool, picks]) => [...pool, ...picks.map((k) => pool[k % pool.length])]);
/** Printable ASCII ids, about half of them in shapes the fast path takes; or any ids at all. */
const idList = fc.oneof({ weight: 3, arbitrary: listOf(printableId) }, listOf(anyId));

// Patients with few distinct weeks (so orders tie often and fall back to the id) and every code.
const week = fc.oneof(
  fc.constantFrom(0, 0.5, 1, 2, 4, 12),
  fc.double({ min: 0, max: 60, noNaN: true }),
);
const share = fc.constantFrom(0, 0.25, 0.5, 1);
const patientFields = fc.record({
  bestResponse: fc.constantFrom(...RESPONSE_CODES),
  followupWk: week,
  response: fc.option(share),
  loss: fc.option(share),
  death: fc.option(share),
  sex: fc.constantFrom('F' as const, 'M' as const, null),
  age: fc.option(fc.integer({ min: 18, max: 90 })),
  site: fc.constantFrom('a', 'B', '10', '9', ' ', ''),
});
const cohort = fc
  .tuple(idList, fc.array(patientFields, { maxLength: 90 }))
  .map(([ids, fields]): Patient[] =>
    ids.map((patientId, i) => {
      const f = fields[i % Math.max(1, fields.length)] ?? {
        bestResponse: 'NR',
        followupWk: 1,
        response: null,
        loss: null,
        death: null,
        sex: null,
        age: null,
        site: '',
      };
      const responseWk = f.response === null ? null : f.response * f.followupWk;
      const after = (s: number | null) =>
        s === null ? null : (responseWk ?? 0) + s * (f.followupWk - (responseWk ?? 0));
      return blankPatient({
        id: patientId,
        bestResponse: f.bestResponse,
        responseWk,
        lossWk: responseWk === null ? null : after(f.loss),
        deathWk: after(f.death),
        followupWk: f.followupWk,
        sex: f.sex,
        age: f.age,
        extra: { site: f.site },
      });
    }),
  );
const responders = fc.subarray([...RESPONSE_GRADES], { minLength: 1 });
const grouping = fc.constantFrom<Grouping | null>(
  null,
  { by: 'sex' },
  { by: 'best_response' },
  { by: 'age', cuts: [40, 65] },
  { by: 'extra', column: 'site' },
  { by: 'extra', column: 'absent' },
);
const RUNS = { numRuns: 300 };

describe('orderByKeys', () => {
  it('orders by each level in turn, ties in index order', () => {
    const order = orderByKeys([Float64Array.of(2, 1, 2, 1), Float64Array.of(0, 5, -1, 5)]);
    expect([...order]).toEqual([1, 3, 2, 0]);
    // Whole numbers far apart: too many ranks for a counting sort, so a sort of typed arrays.
    const wide = orderByKeys([Float64Array.of(1e12, 0, 1e12, -5), Float64Array.of(3, 9, 1, 9)]);
    expect([...wide]).toEqual([3, 1, 2, 0]);
  });

  it('breaks ties by a given rank and treats −0 as 0', () => {
    const tie = { rank: Uint32Array.of(2, 0, 1), byTie: Uint32Array.of(1, 2, 0) };
    expect([...orderByKeys([Float64Array.of(0, -0, 0)], tie)]).toEqual([1, 2, 0]);
  });

  it('orders as a stable comparator sort, whatever the values', () => {
    const value = fc.oneof(
      fc.constantFrom(0, -0, 1, -1, Infinity, -Infinity, 2 ** 60, 1e-300),
      fc.double({ noNaN: true }),
      fc.integer({ min: -3, max: 3 }),
    );
    const rows = fc.array(fc.tuple(value, value, value), { maxLength: 80 });
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 3 }), (table, depth) => {
        const levels = [0, 1, 2]
          .slice(0, depth)
          .map((k) => Float64Array.from(table, (row) => row[k]));
        const expected = [...table.keys()].sort((a, b) => {
          for (let k = 0; k < depth; k++) {
            if (table[a][k] < table[b][k]) return -1;
            if (table[a][k] > table[b][k]) return 1;
          }
          return a - b;
        });
        expect([...orderByKeys(levels, depth === 0 ? tieOf(table.length) : undefined)]).toEqual(
          expected,
        );
      }),
      RUNS,
    );
  });
});

/** The identity as a tie. */
function tieOf(n: number) {
  const identity = Uint32Array.from({ length: n }, (_, i) => i);
  return { rank: identity, byTie: identity };
}

describe('the natural order of ids', () => {
  it('orders numbers by value, letters regardless of case, then by code units', () => {
    const ids = ['P10', 'p2', 'P02', 'P2', 'P1', 'P', 'PT-3', 'PA'];
    expect(byCollator(ids).map((i) => ids[i])).toEqual([
      'P',
      'P1',
      'P02',
      'P2',
      'p2',
      'P10',
      'PA',
      'PT-3',
    ]);
    expect([...naturalIdOrder(ids.map((i) => blankPatient({ id: i }))).order]).toEqual(
      byCollator(ids),
    );
  });

  it('orders the usual shapes of ids without the collator', () => {
    for (const ids of [
      ['P0012', 'P3', 'p3', 'P0003'],
      ['SITE 1-017', 'site 01-2', 'SITE 2-001', 'site 1-'],
      ['0012', '12', '7', '', 'HLH-A', 'HLH-B', 'HLH 1'],
      ['ABC-001-0001', 'ABC-001-0002', 'ABC-002-0001', 'ABC-001-0010'],
      ['P5', 'PA1', 'P'],
    ]) {
      const order = stemAndNumberOrder(ids, collator);
      expect(order, ids.join(' ')).not.toBeNull();
      expect([...order!], ids.join(' ')).toEqual(byCollator(ids));
    }
  });

  it('leaves other ids to the collator', () => {
    expect(stemAndNumberOrder(['É1', 'E2'], collator)).toBeNull();
    expect(stemAndNumberOrder(['P1234567890123456'], collator)).toBeNull();
    expect(stemAndNumberOrder(['tab\t1'], collator)).toBeNull();
    // "A5" against "A1B3" compares 5 with 1: past the stem "A".
    expect(stemAndNumberOrder(['A5', 'A1B3'], collator)).toBeNull();
  });

  it('is the collator’s stable order, on the fast path and off it', () => {
    fc.assert(
      fc.property(idList, (ids) => {
        const fast = stemAndNumberOrder(ids, collator);
        if (fast) expect([...fast]).toEqual(byCollator(ids));
        const patients = ids.map((i) => blankPatient({ id: i }));
        expect([...naturalIdOrder(patients).order]).toEqual(byCollator(ids));
      }),
      { numRuns: 1000 },
    );
  });

  it('is computed once per patients array', () => {
    const patients = ['P2', 'P1'].map((i) => blankPatient({ id: i }));
    expect(naturalIdOrder(patients)).toBe(naturalIdOrder(patients));
  });
});

describe('sortPatients and laneOrder against the comparator sort', () => {
  it('sort exactly as the comparator sort, for every order', () => {
    fc.assert(
      fc.property(cohort, responders, (patients, chosen) => {
        for (const sort of SORTS) {
          const got = sortPatients(patients, sort, chosen);
          const want = referenceSort(patients, sort, chosen);
          expect(got.length).toBe(want.length);
          got.forEach((p, i) => expect(p, `${sort} lane ${i}`).toBe(want[i]));
        }
      }),
      RUNS,
    );
  });

  it('group and limit the lanes exactly as the comparator sort and maps did', () => {
    const mode = fc.constantFrom('split' as const, 'colour' as const);
    const limit = fc.option(fc.integer({ min: 0, max: 120 }));
    fc.assert(
      fc.property(
        cohort,
        responders,
        fc.constantFrom(...SORTS),
        grouping,
        mode,
        limit,
        (patients, chosen, sort, by, shown, first) => {
          const options = { sort, responders: chosen, grouping: by, mode: shown };
          const got = laneOrder(patients, { ...options, limit: first ?? undefined });
          const want = referenceLaneOrder(patients, options);
          const end = first ?? patients.length;
          expect(got.patients.length).toBe(Math.min(end, patients.length));
          got.patients.forEach((p, i) => expect(p, `lane ${i}`).toBe(want.patients[i]));
          expect(got.group).toEqual(want.group.slice(0, end));
          expect({ ...got, patients: [], group: [] }).toEqual({
            ...want,
            patients: [],
            group: [],
          });
        },
      ),
      RUNS,
    );
  });

  it('keeps the last order of a cohort, so moving the window does not sort again', () => {
    const patients = ['P2', 'P1', 'P3'].map((i) => blankPatient({ id: i, followupWk: 1 }));
    const options = { sort: 'id', responders: RESPONSE_GRADES, grouping: null, mode: 'split' };
    const first = laneOrder(patients, options as Parameters<typeof laneOrder>[1]);
    expect(laneOrder(patients, { ...options } as Parameters<typeof laneOrder>[1])).toBe(first);
    const other = laneOrder(patients, { ...options, sort: 'followup' } as never);
    expect(other).not.toBe(first);
    expect(other.patients.map((p) => p.id)).toEqual(['P1', 'P2', 'P3']);
  });
});
