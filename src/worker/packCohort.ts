import type { Cohort, Patient } from '../engine/cohort.ts';

/** One field of every patient, stored as a column. */
export type PackedColumn =
  /** Numbers or `null` (`missing` is 1 where the value is `null`). */
  | { kind: 'number'; values: Float64Array; missing: Uint8Array }
  /** `true`, `false` or `null` as 1, 0 and −1. */
  | { kind: 'flag'; values: Int8Array }
  /**
   * Text or `null` as codes into `levels` (−1 for `null`) when few distinct values (codes, sex),
   * else all the text in one string cut at `ends`: copying one string is much quicker than
   * copying 100,000.
   */
  | { kind: 'levels'; levels: string[]; codes: Int32Array }
  | { kind: 'joined'; text: string; ends: Int32Array; missing: Uint8Array }
  /** Objects of text with the same keys in the same order (the extra columns): one array per key. */
  | { kind: 'record'; keys: string[]; values: PackedColumn[] }
  /** Anything else, value by value. */
  | { kind: 'any'; values: unknown[] };

/** A cohort with its patients as columns, to cross between the page and a worker cheaply. */
export interface PackedCohort {
  /** The cohort's own fields except its patients (name, source, columns). */
  cohort: Omit<Cohort, 'patients'>;
  count: number;
  /** The fields of a patient, in the first patient's order. */
  keys: string[];
  columns: PackedColumn[];
  /** Patients whose fields are not the first patient's (other keys or order), whole, by index. */
  odd: [number, Patient][];
}

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/** Keys that can be rebuilt by assignment (an own `__proto__` key would set the prototype). */
const plainKeys = (keys: readonly string[]) => !keys.includes('__proto__');

const isTextRecord = (v: unknown, keys: readonly string[]): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  Object.getPrototypeOf(v) === Object.prototype &&
  sameKeys(Object.keys(v), keys) &&
  plainKeys(keys) &&
  keys.every((k) => typeof (v as Record<string, unknown>)[k] === 'string');

/** At most this many distinct values are sent as codes. */
const MAX_LEVELS = 256;

/** A column of text, as codes when it has few distinct values, else joined in one string. */
function packText(values: readonly (string | null)[]): PackedColumn {
  const n = values.length;
  const index = new Map<string, number>();
  const codes = new Int32Array(n);
  for (let r = 0; r < n && index.size <= MAX_LEVELS; r++) {
    const v = values[r];
    if (v === null) {
      codes[r] = -1;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) index.set(v, (code = index.size));
    codes[r] = code;
  }
  if (index.size <= MAX_LEVELS) return { kind: 'levels', levels: [...index.keys()], codes };
  const ends = new Int32Array(n);
  const missing = new Uint8Array(n);
  let length = 0;
  for (let r = 0; r < n; r++) {
    const v = values[r];
    if (v === null) missing[r] = 1;
    else length += v.length;
    ends[r] = length;
  }
  return { kind: 'joined', text: values.join(''), ends, missing };
}

/** The column of field `key` over the patients at `rows`, in the most compact kind that holds it. */
function packColumn(
  patients: readonly Patient[],
  rows: readonly number[],
  key: string,
): PackedColumn {
  // Plain loops over plain arrays: this runs on the page for 100,000 patients at a time.
  const n = rows.length;
  const values = new Array<unknown>(n);
  let kind: string | null = null;
  for (let r = 0; r < n; r++) {
    const v = (patients[rows[r]] as unknown as Record<string, unknown>)[key];
    values[r] = v;
    if (v === null) continue;
    const t = typeof v;
    if (kind === null) kind = t;
    else if (kind !== t) kind = 'mixed';
  }
  if (kind === null || kind === 'number') {
    const numbers = new Float64Array(n);
    const missing = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      if (values[r] === null) missing[r] = 1;
      else numbers[r] = values[r] as number;
    }
    return { kind: 'number', values: numbers, missing };
  }
  if (kind === 'boolean') {
    const flags = new Int8Array(n);
    for (let r = 0; r < n; r++) flags[r] = values[r] === null ? -1 : values[r] ? 1 : 0;
    return { kind: 'flag', values: flags };
  }
  if (kind === 'string') return packText(values as (string | null)[]);
  const first = values.find((v) => v !== null);
  const keys = typeof first === 'object' && first !== null ? Object.keys(first) : [];
  if (kind === 'object' && values.every((v) => isTextRecord(v, keys))) {
    const records = values as Record<string, string>[];
    return { kind: 'record', keys, values: keys.map((k) => packText(records.map((r) => r[k]))) };
  }
  return { kind: 'any', values };
}

/**
 * Turns a cohort's patients into columns (numbers and flags in typed arrays), so that sending
 * 100,000 patients to or from a worker copies a few arrays instead of 100,000 objects; the
 * patients come back field for field, in the same order, with `unpackCohort`. Patients of
 * another shape than the first are kept whole.
 * Assumes plain patient records (as every reader makes them).
 * @example unpackCohort(packCohort(cohort)) // equal to cohort, key order included
 */
export function packCohort(cohort: Cohort): PackedCohort {
  const { patients, ...rest } = cohort;
  const first = patients.length > 0 ? Object.keys(patients[0]) : [];
  const keys = plainKeys(first) ? first : [];
  const rows: number[] = [];
  const odd: [number, Patient][] = [];
  for (let i = 0; i < patients.length; i++) {
    if (sameKeys(Object.keys(patients[i]), keys)) rows.push(i);
    else odd.push([i, patients[i]]);
  }
  const columns = keys.map((key) => packColumn(patients, rows, key));
  return { cohort: rest, count: patients.length, keys, columns, odd };
}

/** The buffers of a packed cohort's typed arrays, for `Comlink.transfer` (the sender's copy is emptied). */
export function packedBuffers(packed: PackedCohort): ArrayBuffer[] {
  return packed.columns.flatMap(columnBuffers);
}

function columnBuffers(c: PackedColumn): ArrayBuffer[] {
  switch (c.kind) {
    case 'number':
      return [c.values.buffer as ArrayBuffer, c.missing.buffer as ArrayBuffer];
    case 'flag':
      return [c.values.buffer as ArrayBuffer];
    case 'levels':
      return [c.codes.buffer as ArrayBuffer];
    case 'joined':
      return [c.ends.buffer as ArrayBuffer, c.missing.buffer as ArrayBuffer];
    case 'record':
      return c.values.flatMap(columnBuffers);
    default:
      return [];
  }
}
