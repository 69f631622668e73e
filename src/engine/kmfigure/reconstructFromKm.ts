import type { KmPoint } from '../digitise/rgbaImage.ts';
import type { SurvivalObservation } from '../kaplanMeier.ts';
import { atRiskTable, type AtRisk } from './atRiskTable.ts';
import { pointsAt } from './pointsAt.ts';
import { rRound } from './rRound.ts';

/** Options of `reconstructFromKm`: the at-risk table, and/or n; the total events when known. */
export interface KmReconstructionOptions {
  /** Published numbers at risk; without one, a single interval from 0 with `n` at risk. */
  atRisk?: readonly AtRisk[];
  /** Patients at time 0, when the at-risk table does not start there (or is absent). */
  n?: number;
  /** Total number of events, when the paper reports it. */
  totalEvents?: number | null;
}

/** One interval of the at-risk table as reconstructed. */
export interface ReconstructedInterval {
  /** Start of the interval (an at-risk time). */
  time: number;
  /** Published number at risk at `time`. */
  published: number;
  /** Number at risk at `time` in the reconstruction. */
  reconstructed: number;
  /** Events and censorings placed in the interval. */
  events: number;
  censored: number;
}

/** Individual patients reconstructed from a Kaplan–Meier curve. */
export interface KmReconstruction {
  /** One per patient, by time (events before censorings at a tie). */
  patients: SurvivalObservation[];
  intervals: ReconstructedInterval[];
  /** False when an adjustment loop stopped at its iteration limit (the input is inconsistent). */
  converged: boolean;
  /** Input the algorithm could not use (at-risk times after the curve ends), in words. */
  warnings: string[];
}

/**
 * Reconstructs individual patients from a digitised Kaplan–Meier curve with Guyot's algorithm.
 * Between consecutive published at-risk times, censorings are spread evenly and their number is
 * adjusted until the number at risk at the next at-risk time matches the table; events at each
 * digitised point are those that make the Kaplan–Meier estimate meet the curve. After the last
 * at-risk time, censoring continues at the rate seen before it, and when the total number of
 * events is given the censorings of that last interval are adjusted to match it. Without a table,
 * one interval from 0 to the end with `n` at risk (and no censoring before the end unless the
 * total events say otherwise) is the algorithm's documented fallback. Events are placed at the
 * digitised times, censorings halfway between points, and everyone left is censored at the last
 * point. Deterministic.
 * Assumes points as `cleanPoints` returns them (sorted, from (0, 1), never increasing); a point is
 * added at each at-risk time inside the curve, on the curve, so every interval holds points.
 * Ported from the R code published with the paper; beyond it, as in IPDfromKM's `getIPD`, no
 * number at risk goes below 0 and censoring within an interval is capped, negative event counts
 * from rounding are taken as 0, and every adjustment loop stops after a bounded number of rounds
 * (`converged: false`). Bins of censoring times are right-closed as R's `hist`; tied digitised
 * times (the top and bottom of a drop) make empty bins instead of an error.
 * Reference: Guyot, Ades, Ouwens & Welton (2012), BMC Med Res Methodol 12:9; Liu, Zhou & Lee
 * (2021), BMC Med Res Methodol 21:111 (IPDfromKM).
 * @example reconstructFromKm([{ time: 0, survival: 1 }, { time: 5, survival: 1 }, { time: 5, survival: 0.5 }, { time: 10, survival: 0.5 }], { n: 4 }).patients // 2 events at 5, 2 censored at 10
 */
export function reconstructFromKm(
  input: readonly KmPoint[],
  options: KmReconstructionOptions,
): KmReconstruction {
  if (input.length === 0 || input[0].time !== 0 || input[0].survival !== 1) {
    throw new RangeError('the points must start at (0, 1): clean them first');
  }
  for (let i = 1; i < input.length; i++) {
    if (input[i].time < input[i - 1].time || input[i].survival > input[i - 1].survival) {
      throw new RangeError('the points must be sorted and never increase: clean them first');
    }
  }
  const table = atRiskTable(options.atRisk ?? [], { n: options.n });
  const totalEvents = options.totalEvents ?? null;
  const n0 = table[0].n;
  if (
    totalEvents !== null &&
    !(Number.isInteger(totalEvents) && totalEvents >= 0 && totalEvents <= n0)
  ) {
    throw new RangeError(
      `total events must be a whole number from 0 to n (${n0}), got ${totalEvents}`,
    );
  }
  const warnings: string[] = [];
  const end = input[input.length - 1].time;
  // At most one trailing zero, and nothing after the curve ends (IPDfromKM's preprocess).
  let used = table.filter((r) => r.time <= end);
  while (used.length > 1 && used.at(-1)!.n === 0 && used.at(-2)!.n === 0) used.pop();
  if (used.length < table.length) {
    const dropped = table.slice(used.length).map((r) => `${r.time}:${r.n}`);
    warnings.push(
      `At-risk entries after the curve's last point (${end}) are not used: ${dropped.join(', ')}.`,
    );
  }
  if (used.length > 1 && used.at(-1)!.time === end) {
    // An interval must hold more than its first point.
    if (input.filter((p) => p.time === end).length < 2 && used.at(-1)!.n > 0) {
      warnings.push(`The at-risk entry at the curve's last point (${end}) is not used.`);
      used = used.slice(0, -1);
    }
  }
  const points = [...input];
  for (const { time } of used) {
    if (!points.some((p) => p.time === time)) {
      const at = points.findIndex((p) => p.time > time);
      points.splice(at < 0 ? points.length : at, 0, { time, survival: pointsAt(input, time) });
    }
  }
  return guyot(points, used, totalEvents, warnings);
}

/** The algorithm itself, on points that include every at-risk time. Indices are 0-based. */
function guyot(
  points: readonly KmPoint[],
  table: readonly AtRisk[],
  totalEvents: number | null,
  warnings: string[],
): KmReconstruction {
  const tS = points.map((p) => p.time);
  const S = points.map((p) => p.survival);
  const nT = points.length;
  const nInt = table.length;
  const nRisk = table.map((r) => r.n);
  const published = [...nRisk];
  const lower = table.map((r) => tS.findIndex((t) => t >= r.time));
  const upper = lower.map((_, i) => (i + 1 < nInt ? lower[i + 1] - 1 : nT - 1));
  const nCensor = new Array<number>(nInt).fill(0);
  const nHat = new Array<number>(nT + 1).fill(nRisk[0] + 1);
  const cen = new Array<number>(nT).fill(0);
  const d = new Array<number>(nT).fill(0);
  const kmHat = new Array<number>(nT).fill(1);
  const lastI = new Array<number>(nInt).fill(0);
  const maxRounds = 10 * nRisk[0] + 100;
  let converged = true;

  /** Spreads `count` censorings evenly over (tS[from], tS[to]) into the bins between points. */
  const spread = (count: number, from: number, to: number, last: number) => {
    for (let k = from; k <= last; k++) cen[k] = 0;
    for (let j = 1; j <= count; j++) {
      const c = tS[from] + (j * (tS[to] - tS[from])) / (count + 1);
      // Right-closed bins (tS[k], tS[k + 1]], the first closed on the left too, as R's hist.
      let k = from;
      while (k < last && !(c <= tS[k + 1])) k++;
      cen[k]++;
    }
  };
  /** Events and numbers at risk on points from..to, starting from the last event before. */
  const walk = (from: number, to: number, startLast: number, first: boolean, clampEnd: boolean) => {
    let last = startLast;
    for (let k = from; k <= to; k++) {
      if (first && k === from) {
        d[k] = 0;
        kmHat[k] = 1;
      } else {
        d[k] =
          kmHat[last] !== 0 && nHat[k] > 0
            ? Math.max(0, rRound(nHat[k] * (1 - S[k] / kmHat[last])))
            : 0;
        kmHat[k] = nHat[k] > 0 ? kmHat[last] * (1 - d[k] / nHat[k]) : kmHat[last];
      }
      if (k !== to || !clampEnd) {
        nHat[k + 1] = nHat[k] - d[k] - cen[k];
        if (nHat[k + 1] < 0) {
          nHat[k + 1] = 0;
          cen[k] = nHat[k] - d[k];
        }
      }
      if (d[k] !== 0) last = k;
    }
    return last;
  };

  for (let i = 0; i + 1 < nInt; i++) {
    const next = lower[i + 1];
    nCensor[i] = rRound((nRisk[i] * S[next]) / S[lower[i]] - nRisk[i + 1]);
    let last = lastI[i];
    let rounds = 0;
    while (
      (nHat[next] > nRisk[i + 1] && nCensor[i] < nRisk[i] - nRisk[i + 1] + 1) ||
      (nHat[next] < nRisk[i + 1] && nCensor[i] > 0)
    ) {
      if (++rounds > maxRounds) {
        converged = false;
        break;
      }
      if (nCensor[i] <= 0) {
        for (let k = lower[i]; k <= upper[i]; k++) cen[k] = 0;
        nCensor[i] = 0;
      } else {
        spread(nCensor[i], lower[i], next, upper[i]);
      }
      nHat[lower[i]] = nRisk[i];
      last = walk(lower[i], upper[i], lastI[i], i === 0, false);
      nCensor[i] += nHat[next] - nRisk[i + 1];
    }
    // The next interval starts from the number actually reached.
    nRisk[i + 1] = nHat[next];
    lastI[i + 1] = last;
  }

  // The last interval: censoring at the rate seen so far, or none without an at-risk table.
  const L = nInt - 1;
  const lo = lower[L];
  const hi = upper[L];
  const spreadLast = () => {
    if (nCensor[L] <= 0 || hi === lo) {
      for (let k = lo; k < hi; k++) cen[k] = 0;
      nCensor[L] = Math.max(0, nCensor[L]);
    } else {
      spread(nCensor[L], lo, hi, hi - 1);
    }
  };
  if (nInt > 1) {
    const before = nCensor.slice(0, L).reduce((a, b) => a + b, 0);
    const span = tS[upper[L - 1]] - tS[lower[0]];
    nCensor[L] = Math.min(span > 0 ? rRound((before * (tS[hi] - tS[lo])) / span) : 0, nRisk[L]);
  } else {
    nCensor[L] = 0;
  }
  spreadLast();
  nHat[lo] = nRisk[L];
  walk(lo, hi, lastI[L], nInt === 1, false);

  let sumBefore = 0;
  if (totalEvents !== null) {
    if (nInt > 1) {
      sumBefore = d.slice(0, upper[L - 1] + 1).reduce((a, b) => a + b, 0);
      if (sumBefore >= totalEvents) {
        // Already too many events: none, and no censoring, after the last at-risk time.
        for (let k = lo; k <= hi; k++) d[k] = 0;
        for (let k = lo; k < hi; k++) cen[k] = 0;
        for (let k = lo + 1; k <= hi + 1; k++) nHat[k] = nRisk[L];
      }
    }
    if (sumBefore < totalEvents || nInt === 1) {
      let sumD = d.slice(0, hi + 1).reduce((a, b) => a + b, 0);
      let rounds = 0;
      while (sumD > totalEvents || (sumD < totalEvents && nCensor[L] > 0)) {
        if (++rounds > maxRounds) {
          converged = false;
          break;
        }
        nCensor[L] += sumD - totalEvents;
        spreadLast();
        nHat[lo] = nRisk[L];
        walk(lo, hi, lastI[L], nInt === 1, true);
        sumD = d.slice(0, hi + 1).reduce((a, b) => a + b, 0);
      }
    }
  }

  const patients: SurvivalObservation[] = [];
  for (let j = 0; j < nT; j++) {
    for (let e = 0; e < d[j]; e++) patients.push({ time: tS[j], event: true });
  }
  for (let j = 0; j + 1 < nT; j++) {
    for (let c = 0; c < cen[j]; c++) patients.push({ time: (tS[j] + tS[j + 1]) / 2, event: false });
  }
  const rest = nRisk[0] > 0 ? published[0] - patients.length : 0;
  if (rest < 0)
    throw new Error(`reconstruction placed ${patients.length} patients of ${published[0]}`);
  for (let r = 0; r < rest; r++) patients.push({ time: tS[nT - 1], event: false });
  patients.sort((a, b) => a.time - b.time || Number(b.event) - Number(a.event));

  const intervals = table.map((r, i) => {
    const from = r.time;
    const to = i + 1 < nInt ? table[i + 1].time : Infinity;
    const inside = patients.filter((p) => p.time >= from && p.time < to);
    return {
      time: r.time,
      published: published[i],
      reconstructed: patients.filter((p) => p.time >= from).length,
      events: inside.filter((p) => p.event).length,
      censored: inside.filter((p) => !p.event).length,
    };
  });
  return { patients, intervals, converged, warnings };
}
