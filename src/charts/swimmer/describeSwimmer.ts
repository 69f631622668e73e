import type { Cohort, ResponseCode } from '../../engine/cohort';
import type { SwimmerSort } from './sortPatients';

const SORT_NAMES: Record<SwimmerSort, string> = {
  followup: 'follow-up',
  dor: 'duration of response',
  ttr: 'time to response',
  response: 'best response',
  id: 'patient id',
};

/**
 * A one-sentence summary of a swimmer plot for screen readers (`aria-label`).
 * Example: "Swimmer plot of 18 patients: 15 responders (2 CR, 13 PR), follow-up up to 12 weeks,
 * sorted by follow-up."
 */
export function describeSwimmer(
  cohort: Cohort,
  options: {
    sort: SwimmerSort;
    groupByResponse: boolean;
    responders: readonly ResponseCode[];
    shown: number;
  },
): string {
  const { patients } = cohort;
  const responders = patients.filter((p) => options.responders.includes(p.bestResponse));
  const counts = options.responders
    .map((code) => [code, patients.filter((p) => p.bestResponse === code).length] as const)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => `${n} ${code}`);
  const longest = patients.reduce((m, p) => Math.max(m, p.followupWk), 0);
  const shown = options.shown < patients.length ? `, showing the first ${options.shown}` : '';
  return (
    `Swimmer plot of ${patients.length} patient${patients.length === 1 ? '' : 's'}` +
    `: ${responders.length} responder${responders.length === 1 ? '' : 's'}` +
    (counts.length ? ` (${counts.join(', ')})` : '') +
    `, follow-up up to ${longest} weeks, sorted by ${SORT_NAMES[options.sort]}` +
    (options.groupByResponse ? ' and grouped by best response' : '') +
    `${shown}.`
  );
}
