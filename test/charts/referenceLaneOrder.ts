import { RESPONSE_CODES, type Patient, type ResponseCode } from '../../src/engine/cohort';
import { groupPatients, type Grouping } from '../../src/engine/groupPatients';
import { groupStyle } from '../../src/charts/km/multiKmGeometry';
import type { GroupMode, LaneOrder } from '../../src/charts/swimmer/laneOrder';
import type { SwimmerSort } from '../../src/charts/swimmer/sortPatients';

// The swimmer plot's orders as first written, plainly: one stable comparator sort of the patient
// objects, ids compared by the collator, and groups looked up in maps. Slow at 100,000 patients,
// and the specification the fast orders must reproduce exactly.

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const byId = (a: Patient, b: Patient) =>
  collator.compare(a.id, b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const durationOfResponse = (p: Patient) =>
  p.responseWk === null ? null : (p.lossWk ?? p.deathWk ?? p.followupWk) - p.responseWk;

/** The patients in a swimmer order, by comparator (the specification of `sortPatients`). */
export function referenceSort(
  patients: readonly Patient[],
  sort: SwimmerSort,
  responders: readonly ResponseCode[],
): Patient[] {
  const responding = new Set(responders);
  const isResponder = (p: Patient) => responding.has(p.bestResponse) && p.responseWk !== null;
  const respondersFirst = (a: Patient, b: Patient) =>
    Number(isResponder(b)) - Number(isResponder(a));
  const compare: Record<SwimmerSort, (a: Patient, b: Patient) => number> = {
    followup: (a, b) => b.followupWk - a.followupWk,
    dor: (a, b) =>
      respondersFirst(a, b) ||
      (isResponder(a) ? durationOfResponse(b)! - durationOfResponse(a)! : 0) ||
      b.followupWk - a.followupWk,
    ttr: (a, b) =>
      respondersFirst(a, b) ||
      (isResponder(a) ? a.responseWk! - b.responseWk! : 0) ||
      b.followupWk - a.followupWk,
    response: (a, b) =>
      RESPONSE_CODES.indexOf(a.bestResponse) - RESPONSE_CODES.indexOf(b.bestResponse) ||
      b.followupWk - a.followupWk,
    id: () => 0,
  };
  return [...patients].sort((a, b) => compare[sort](a, b) || byId(a, b));
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

/** Every lane in plot order (the specification of `laneOrder`, without a limit). */
export function referenceLaneOrder(
  patients: readonly Patient[],
  options: {
    sort: SwimmerSort;
    responders: readonly ResponseCode[];
    grouping: Grouping | null;
    mode: GroupMode;
  },
): LaneOrder {
  const { sort, responders, grouping, mode } = options;
  const sorted = referenceSort(patients, sort, responders);
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
