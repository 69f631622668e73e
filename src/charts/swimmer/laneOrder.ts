import type { Patient, ResponseCode } from '../../engine/cohort';
import { groupPatients, type Grouping } from '../../engine/groupPatients';
import { groupStyle } from '../km/multiKmGeometry';
import { sortPatients, type SwimmerSort } from './sortPatients';

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

/**
 * The order of a swimmer plot's lanes: sorted (`sortPatients`), then, with a grouping
 * (`groupPatients`: sex, best response, age bands, an extra column), split into its groups in
 * their order (`split`) or left in sorted order with each lane's group noted (`colour`). Patients
 * without a value form a last group ("Sex not recorded"), so every patient keeps a lane.
 * Example: `laneOrder(patients, { sort: 'dor', responders, grouping: { by: 'sex' }, mode: 'split' }).groups[0].label`
 * is `'Female: 9'`.
 */
export function laneOrder(
  patients: readonly Patient[],
  {
    sort,
    responders,
    grouping,
    mode,
  }: {
    sort: SwimmerSort;
    responders: readonly ResponseCode[];
    grouping: Grouping | null;
    mode: GroupMode;
  },
): LaneOrder {
  const sorted = sortPatients(patients, sort, responders);
  const none = { patients: sorted, group: sorted.map(() => -1), groups: [], groupedBy: null };
  if (!grouping) return { ...none, groupError: null };
  let split;
  try {
    split = groupPatients(sorted, grouping);
  } catch (e) {
    return { ...none, groupError: e instanceof Error ? e.message : String(e) };
  }
  const blocks = split.groups.map((g) => ({ name: groupName(grouping, g.value), ...g }));
  if (split.missing > 0) {
    const grouped = new Set(blocks.flatMap((b) => b.patients));
    const rest = sorted.filter((p) => !grouped.has(p));
    const what = split.label[0].toUpperCase() + split.label.slice(1);
    blocks.push({ name: `${what} not recorded`, value: '', patients: rest });
  }
  const groups = blocks.map((b, i) => ({
    label: `${b.name}: ${b.patients.length}`,
    colour: groupStyle(i).colour,
    count: b.patients.length,
  }));
  const index = new Map<Patient, number>();
  blocks.forEach((b, i) => b.patients.forEach((p) => index.set(p, i)));
  const ordered = mode === 'split' ? blocks.flatMap((b) => b.patients) : sorted;
  return {
    patients: ordered,
    group: ordered.map((p) => index.get(p)!),
    groups,
    groupedBy: split.label,
    groupError: null,
  };
}
