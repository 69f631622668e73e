import { RESPONSE_CODES, type Patient } from './cohort.ts';

/** At most this many groups: more distinct values are not a grouping a small study can compare. */
export const MAX_GROUPS = 12;

/** How to split a cohort: by sex, best response, age band (cut points in years) or an extra column. */
export type Grouping =
  | { by: 'sex' }
  | { by: 'best_response' }
  | { by: 'age'; cuts: readonly number[] }
  | { by: 'extra'; column: string };

/** A cohort split into groups, in display order, with those lacking a value left out. */
export interface PatientGroups {
  /** What the groups are, for titles: "sex", "best response", "age" or the column name. */
  label: string;
  /** Whether the groups have a natural order (age bands, response depth, numbers), for a trend test. */
  ordered: boolean;
  groups: { value: string; patients: Patient[] }[];
  /** Patients without a value (blank sex, age or column), in no group. */
  missing: number;
}

const number = (v: number) => String(+v.toFixed(6));

/** The band labels for cut points c1 < … < ck: "< c1", "c1 to < c2", …, "≥ ck". */
function ageBands(cuts: readonly number[]): { label: string; test: (age: number) => boolean }[] {
  const sorted = [...cuts].sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError('an age grouping needs at least one cut point');
  sorted.forEach((c, i) => {
    if (!Number.isFinite(c)) throw new RangeError(`age cut points must be numbers, got ${c}`);
    if (i > 0 && c === sorted[i - 1]) throw new RangeError(`age cut point ${c} is repeated`);
  });
  return [
    { label: `< ${number(sorted[0])}`, test: (a) => a < sorted[0] },
    ...sorted.slice(1).map((c, i) => ({
      label: `${number(sorted[i])} to < ${number(c)}`,
      test: (a: number) => a >= sorted[i] && a < c,
    })),
    { label: `≥ ${number(sorted.at(-1)!)}`, test: (a) => a >= sorted.at(-1)! },
  ];
}

/**
 * Splits patients by a grouping: sex (F, M), best response (CR, PR, IMP, NR, NE in that order),
 * age bands [c_i, c_{i+1}) from cut points, or the text of an extra column (numeric values in
 * numeric order, otherwise alphabetical). Only groups with patients are returned; patients without
 * a value are counted in `missing`. Throws a RangeError naming the column when it has more than
 * `MAX_GROUPS` distinct values or none at all.
 * Reference: age bands as R's `cut(age, c(-Inf, cuts, Inf), right = FALSE)`.
 * @example groupPatients(patients, { by: 'age', cuts: [40, 65] }).groups.map((g) => g.value) // ['< 40', '40 to < 65', '≥ 65']
 */
export function groupPatients(patients: readonly Patient[], grouping: Grouping): PatientGroups {
  let label: string;
  let ordered: boolean;
  let values: string[];
  let valueOf: (p: Patient) => string | null;
  if (grouping.by === 'sex') {
    label = 'sex';
    ordered = false;
    values = ['F', 'M'];
    valueOf = (p) => p.sex;
  } else if (grouping.by === 'best_response') {
    label = 'best response';
    ordered = true;
    values = [...RESPONSE_CODES];
    valueOf = (p) => p.bestResponse;
  } else if (grouping.by === 'age') {
    const bands = ageBands(grouping.cuts);
    label = 'age';
    ordered = true;
    values = bands.map((b) => b.label);
    valueOf = (p) => (p.age === null ? null : bands.find((b) => b.test(p.age!))!.label);
  } else {
    const { column } = grouping;
    label = column;
    valueOf = (p) => {
      const v = Object.hasOwn(p.extra, column) ? p.extra[column].trim() : '';
      return v === '' ? null : v;
    };
    // Its values are the patients' own, read below.
    values = [];
    ordered = false;
  }
  const found = patients.map(valueOf);
  if (grouping.by === 'extra') {
    const { column } = grouping;
    values = [...new Set(found.filter((v): v is string => v !== null))];
    if (values.length === 0) throw new RangeError(`column "${column}" has no values to group by`);
    if (values.length > MAX_GROUPS)
      throw new RangeError(
        `column "${column}" has ${values.length} distinct values; group by a column with at most ${MAX_GROUPS}`,
      );
    ordered = values.every((v) => Number.isFinite(Number(v)));
    values.sort(ordered ? (a, b) => Number(a) - Number(b) : (a, b) => a.localeCompare(b, 'en'));
  }
  const lists = values.map((): Patient[] => []);
  const listOf = new Map(values.map((value, i) => [value, lists[i]]));
  found.forEach((value, i) => {
    if (value !== null) listOf.get(value)?.push(patients[i]);
  });
  const groups = values
    .map((value, i) => ({ value, patients: lists[i] }))
    .filter((g) => g.patients.length > 0);
  const missing = found.filter((v) => v === null).length;
  return { label, ordered, groups, missing };
}
