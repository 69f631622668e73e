import type { Cohort, ResponseCode } from '../../engine/cohort';
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
  const responders = patients.filter((p) => options.responders.includes(p.bestResponse));
  const counts = options.responders
    .map((code) => [code, patients.filter((p) => p.bestResponse === code).length] as const)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => `${n} ${code}`);
  const longest = patients.reduce((m, p) => Math.max(m, p.followupWk), 0);
  const shown =
    options.shown < patients.length
      ? `, showing the first ${options.shown.toLocaleString('en')}`
      : '';
  const window = options.window ? `; weeks ${options.window[0]} to ${options.window[1]} shown` : '';
  const scale = options.scale === 'sqrt' ? '; time on a square-root scale' : '';
  const deaths = patients.filter((p) => p.deathWk !== null).length;
  const response = responseNotRecorded(patients)
    ? `response not recorded, ${deaths} death${deaths === 1 ? '' : 's'}`
    : `${responders.length} responder${responders.length === 1 ? '' : 's'}` +
      (counts.length ? ` (${counts.join(', ')})` : '');
  return (
    `Swimmer plot of ${patients.length.toLocaleString('en')} patient${patients.length === 1 ? '' : 's'}` +
    `: ${response}` +
    `, follow-up up to ${longest} weeks, sorted by ${SORT_NAMES[options.sort]}` +
    (options.grouping ? ` and grouped by ${options.grouping}` : '') +
    `${shown}${window}${scale}.`
  );
}
