import type { Patient, ResponseCode } from '../../engine/cohort';
import { groupPatients, type Grouping } from '../../engine/groupPatients';
import { groupStyle } from '../km/multiKmGeometry';
import { sortOrder, type SwimmerSort } from './sortPatients';

/** How a grouping shows: lanes split into labelled blocks, or kept in order with a colour each. */
export type GroupMode = 'split' | 'colour';

/** One group of lanes: its label (with its count), colour and position in the order. */
export interface LaneGroup {
  label: string;
  colour: string;
  count: number;
}

/** Lanes in plot order, each with its group (an index into `groups`, or -1 without grouping). */
export interface LaneOrder {
  patients: Patient[];
  group: number[];
  groups: LaneGroup[];
  /** What the grouping is ("sex", "best response", …), or `null`. */
  groupedBy: string | null;
  /** Why the grouping could not be used (too many values, none at all), or `null`. */
  groupError: string | null;
}

const RESPONSE_NAMES: Record<string, string> = {
  CR: 'Complete response (CR)',
  PR: 'Partial response (PR)',
  IMP: 'Improvement (IMP)',
  NR: 'No response (NR)',
  NE: 'Not evaluable (NE)',
};

function groupName(grouping: Grouping, value: string): string {
  if (grouping.by === 'best_response') return RESPONSE_NAMES[value] ?? value;
  if (grouping.by === 'sex') return value === 'F' ? 'Female' : 'Male';
  if (grouping.by === 'age') return `Age ${value}`;
  return `${grouping.column}: ${value}`;
}

/** The options of {@link laneOrder}. */
export interface LaneOrderOptions {
  sort: SwimmerSort;
  responders: readonly ResponseCode[];
  grouping: Grouping | null;
  mode: GroupMode;
  /** Only the first lanes are wanted (the groups still count every patient); absent: all. */
  limit?: number;
}

/** The last order computed for each patients array, with the options it was computed for. */
const lastOrders = new WeakMap<readonly Patient[], { options: string; order: LaneOrder }>();

/**
 * The order of a swimmer plot's lanes: sorted (`sortOrder`), then, with a grouping
 * (`groupPatients`: sex, best response, age bands, an extra column), split into its groups in
 * their order (`split`) or left in sorted order with each lane's group noted (`colour`). Patients
 * without a value form a last group ("Sex not recorded"), so every patient keeps a lane. With a
 * `limit`, only the first lanes are returned. The last order of a patients array is kept, so a
 * plot redrawn with the same options (the window of lanes or weeks moved) does not sort again;
 * treat what it returns as read-only.
 * Example: `laneOrder(patients, { sort: 'dor', responders, grouping: { by: 'sex' }, mode: 'split' }).groups[0].label`
 * is `'Female: 9'`.
 */
export function laneOrder(patients: readonly Patient[], options: LaneOrderOptions): LaneOrder {
  const { sort, responders, grouping, mode } = options;
  const limit = Math.min(patients.length, options.limit ?? Infinity);
  const key = JSON.stringify([sort, responders, grouping, mode, limit]);
  const last = lastOrders.get(patients);
  if (last?.options === key) return last.order;
  const order = orderLanes(patients, { sort, responders, grouping, mode, limit });
  lastOrders.set(patients, { options: key, order });
  return order;
}

function orderLanes(
  patients: readonly Patient[],
  { sort, responders, grouping, mode, limit }: LaneOrderOptions & { limit: number },
): LaneOrder {
  const order = sortOrder(patients, sort, responders);
  const first = Array.from(order.subarray(0, limit), (i) => patients[i]);
  const none = { patients: first, group: first.map(() => -1), groups: [], groupedBy: null };
  if (!grouping) return { ...none, groupError: null };
  const sorted = Array.from(order, (i) => patients[i]);
  let split;
  try {
    split = groupPatients(sorted, grouping);
  } catch (e) {
    return { ...none, groupError: e instanceof Error ? e.message : String(e) };
  }
  const blocks = split.groups.map((g) => ({ name: groupName(grouping, g.value), ...g }));
  // Each group lists its patients in sorted order: walking the sorted patients, each one is the
  // next of its group, or of none (no value: the last group).
  const groupOf = new Int32Array(sorted.length);
  const next = new Int32Array(blocks.length);
  const rest: Patient[] = [];
  for (let j = 0; j < sorted.length; j++) {
    let b = 0;
    while (b < blocks.length && blocks[b].patients[next[b]] !== sorted[j]) b++;
    if (b < blocks.length) next[b]++;
    else rest.push(sorted[j]);
    groupOf[j] = b;
  }
  if (split.missing > 0) {
    const what = split.label[0].toUpperCase() + split.label.slice(1);
    blocks.push({ name: `${what} not recorded`, value: '', patients: rest });
  }
  const groups = blocks.map((b, i) => ({
    label: `${b.name}: ${b.patients.length}`,
    colour: groupStyle(i).colour,
    count: b.patients.length,
  }));
  if (mode === 'colour') {
    return {
      patients: first,
      group: Array.from(groupOf.subarray(0, limit)),
      groups,
      groupedBy: split.label,
      groupError: null,
    };
  }
  const lanes: Patient[] = [];
  const group: number[] = [];
  for (let b = 0; b < blocks.length && lanes.length < limit; b++) {
    for (const p of blocks[b].patients.slice(0, limit - lanes.length)) {
      lanes.push(p);
      group.push(b);
    }
  }
  return { patients: lanes, group, groups, groupedBy: split.label, groupError: null };
}
