import { atRisk } from './atRisk.ts';
import type { KmCurve } from './kaplanMeier.ts';

/** One column of a KMunicate-style table: the state of the cohort at a chosen time. */
export interface RiskTableColumn {
  time: number;
  /** Subjects still under observation at `time` (their time is at least `time`). */
  atRisk: number;
  /** Events at or before `time`. */
  events: number;
  /** Subjects censored at or before `time`. */
  censored: number;
}

/**
 * The KMunicate table under a Kaplan–Meier plot: at each break, the number at risk, the
 * cumulative number of events and the cumulative number censored (the three always add up to n).
 * Assumes increasing curve times; breaks may be in any order and beyond the last time.
 * Reference: Morris et al. (2019), BMJ Open 9:e030215 (KMunicate); R survival 3.5
 * `summary(fit, times = breaks, extend = TRUE)` with cumulative sums of n.event and n.censor.
 * @example riskTable(kaplanMeier(obs), [0, 3]) // times 1, 2, 2+, 4, 6: [{ time: 0, atRisk: 5, events: 0, censored: 0 }, { time: 3, atRisk: 2, events: 2, censored: 1 }]
 */
export function riskTable(curve: KmCurve, breaks: readonly number[]): RiskTableColumn[] {
  return breaks.map((time) => {
    let events = 0;
    let censored = 0;
    curve.time.forEach((t, i) => {
      if (t <= time) {
        events += curve.nEvent[i];
        censored += curve.nCensor[i];
      }
    });
    return { time, atRisk: atRisk(curve, time), events, censored };
  });
}
