import type { Cohort, Patient, ResponseCode } from '../../engine/cohort';
import { responseNotRecorded } from '../../engine/responseNotRecorded';
import type { SwimmerSort } from './sortPatients';
import type { TimeScale } from './timeAxis';

const SORT_NAMES: Record<SwimmerSort, string> = {
  followup: 'follow-up',
  dor: 'duration of response',
  ttr: 'time to response',
  response: 'best response',
  id: 'patient id',
};

const tallies = new WeakMap<readonly Patient[], { byCode: Map<string, number>; longest: number }>();

/** Patients by best response and the longest follow-up: one pass, once per patients array. */
function tally(patients: readonly Patient[]) {
  let known = tallies.get(patients);
  if (!known) {
    known = { byCode: new Map<string, number>(), longest: 0 };
    for (const p of patients) {
      known.byCode.set(p.bestResponse, (known.byCode.get(p.bestResponse) ?? 0) + 1);
      known.longest = Math.max(known.longest, p.followupWk);
    }
    tallies.set(patients, known);
  }
  return known;
}

/**
 * A one-sentence summary of a swimmer plot for screen readers (`aria-label`): patients,
 * responders (or, when the cohort records no response, its deaths), follow-up, order, grouping
 * (by its name), how many are drawn, and the weeks shown when the axis is zoomed or square-root.
 * Example: "Swimmer plot of 18 patients: 15 responders (2 CR, 13 PR), follow-up up to 12 weeks,
 * sorted by follow-up."
 */
export function describeSwimmer(
  cohort: Cohort,
  options: {
    sort: SwimmerSort;
    /** What the lanes are grouped by ("sex", "best response", …), or `null`. */
    grouping: string | null;
    responders: readonly ResponseCode[];
    shown: number;
    window?: readonly [number, number] | null;
    scale?: TimeScale;
  },
): string {
  const { patients } = cohort;
  const { byCode, longest } = tally(patients);
  const responders = [...new Set(options.responders)].reduce((n, c) => n + (byCode.get(c) ?? 0), 0);
  const counts = options.responders
    .map((code) => [code, byCode.get(code) ?? 0] as const)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => `${n} ${code}`);
  const shown =
    options.shown < patients.length
      ? `, showing the first ${options.shown.toLocaleString('en')}`
      : '';
  const window = options.window ? `; weeks ${options.window[0]} to ${options.window[1]} shown` : '';
  const scale = options.scale === 'sqrt' ? '; time on a square-root scale' : '';
  const deaths = () => patients.filter((p) => p.deathWk !== null).length;
  const response = responseNotRecorded(patients)
    ? `response not recorded, ${deaths()} death${deaths() === 1 ? '' : 's'}`
    : `${responders} responder${responders === 1 ? '' : 's'}` +
      (counts.length ? ` (${counts.join(', ')})` : '');
  return (
    `Swimmer plot of ${patients.length.toLocaleString('en')} patient${patients.length === 1 ? '' : 's'}` +
    `: ${response}` +
    `, follow-up up to ${longest} weeks, sorted by ${SORT_NAMES[options.sort]}` +
    (options.grouping ? ` and grouped by ${options.grouping}` : '') +
    `${shown}${window}${scale}.`
  );
}
