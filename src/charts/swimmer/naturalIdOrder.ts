import type { Patient } from '../../engine/cohort';
import { stemAndNumberOrder } from './stemAndNumberOrder';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Compares two patient ids in natural order: digit runs by their value, letters regardless of
 * case and accents (`Intl.Collator('en', { numeric: true, sensitivity: 'base' })`), then ids
 * the collator finds equal by their UTF-16 code units, so only identical ids tie.
 * Example: `['P10', 'p2', 'P02'].sort(compareIds)` is `['P02', 'p2', 'P10']`.
 */
export function compareIds(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Patients in natural id order (`order`, indices) and each one's place in it (`rank`). */
export interface IdOrder {
  order: Uint32Array;
  rank: Uint32Array;
}

const orders = new WeakMap<readonly Patient[], IdOrder>();

/**
 * The patients in the order of their ids by {@link compareIds}, identical ids in input order, as a
 * stable sort with it gives; computed once per patients array. Ids made of printable ASCII and
 * ending in a number are ordered without the collator (`stemAndNumberOrder`); others with it.
 * Example: `naturalIdOrder(patients).rank[i]` is patient i's place in id order.
 */
export function naturalIdOrder(patients: readonly Patient[]): IdOrder {
  let known = orders.get(patients);
  if (!known) {
    const ids = patients.map((p) => p.id);
    const order =
      stemAndNumberOrder(ids, collator) ??
      Uint32Array.from([...ids.keys()].sort((a, b) => compareIds(ids[a], ids[b]) || a - b));
    const rank = new Uint32Array(order.length);
    for (let j = 0; j < order.length; j++) rank[order[j]] = j;
    known = { order, rank };
    orders.set(patients, known);
  }
  return known;
}
