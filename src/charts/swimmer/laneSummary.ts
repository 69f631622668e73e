import type { Patient } from '../../engine/cohort';
import { showTime } from '../../engine/showTime';
import type { TimeUnit } from '../../engine/timeUnit';
import type { LaneStatus } from './laneMarks';

const ENDS: Record<LaneStatus, string> = {
  ongoing: 'response ongoing',
  lost: 'alive after loss of response',
  died: 'died',
  censored: 'alive, not in response',
};

/**
 * One lane in words, for the live region that follows keyboard navigation and for the tooltip:
 * best response, the events with their times (`showTime`, in the unit each column was given in
 * when `unitOf` says, else weeks), and how the lane ends at last follow-up.
 * Example: "PR from week 1, lost at week 3; last follow-up week 8: alive after loss of response".
 */
export function laneSummary(
  p: Patient,
  status: LaneStatus,
  responder: boolean,
  unitOf: (column: string) => TimeUnit = () => 'weeks',
): string {
  const at = (column: string) => (v: number) => showTime(v, unitOf(column));
  const wk = at('response_wk');
  const parts: string[] = [];
  if (responder && p.responseWk !== null) parts.push(`${p.bestResponse} from ${wk(p.responseWk)}`);
  else parts.push(`best response ${p.bestResponse}`);
  if (p.crWk !== null && p.crWk !== p.responseWk) parts.push(`CR at ${at('cr_wk')(p.crWk)}`);
  if (p.lossWk !== null) parts.push(`lost at ${at('loss_wk')(p.lossWk)}`);
  if (p.deathWk !== null) parts.push(`died at ${at('death_wk')(p.deathWk)}`);
  return `${parts.join(', ')}; last follow-up ${at('followup_wk')(p.followupWk)}: ${ENDS[status]}`;
}
