import type { AtRisk } from '../engine/kmfigure/atRiskTable.ts';
import { quoteText } from './params/quoteText.ts';
import { readNumberList } from './readNumberList.ts';

/** What a user typed for one curve: the at-risk row (times and numbers), n and the total events. */
export interface AtRiskInput {
  times: string;
  counts: string;
  n: string;
  events: string;
}

/** The fields of an {@link AtRiskInput}. */
export type AtRiskField = keyof AtRiskInput;

/** The at-risk input read as numbers, or the first problem of each field that has one. */
export type ReadAtRisk =
  | { ok: true; atRisk: AtRisk[]; n: number | undefined; totalEvents: number | null }
  | { ok: false; problems: { field: AtRiskField; message: string }[] };

const WHOLE = /^\d+$/;

/**
 * Reads the numbers at risk a user typed under a Kaplan–Meier figure: a row of times and a row of
 * numbers (one for each time, as printed under the figure; both may be empty when only n is
 * known), n (patients at time 0; may be empty when the row starts at time 0) and the total events
 * (empty when the paper does not say). Only the form of each entry is checked here; whether the
 * table holds together (times increasing, numbers never increasing, n agreeing) is the
 * reconstruction's to say (`atRiskTable`).
 * Example: `readAtRiskInput({ times: '0 20 40', counts: '11 7 3', n: '', events: '7' })` is
 * `{ ok: true, atRisk: [{ time: 0, n: 11 }, { time: 20, n: 7 }, { time: 40, n: 3 }], n: undefined, totalEvents: 7 }`.
 */
export function readAtRiskInput(input: AtRiskInput): ReadAtRisk {
  const problems: { field: AtRiskField; message: string }[] = [];
  const times = readNumberList(input.times, { name: 'At-risk times' });
  const counts = readNumberList(input.counts, { name: 'Numbers at risk', whole: true });
  if (!times.ok) problems.push({ field: 'times', message: times.message });
  if (!counts.ok) problems.push({ field: 'counts', message: counts.message });
  if (times.ok && counts.ok && times.values.length !== counts.values.length) {
    problems.push({
      field: 'counts',
      message: `${times.values.length} at-risk times but ${counts.values.length} numbers at risk: give one number for each time.`,
    });
  }
  const whole = (field: 'n' | 'events', name: string, min: number) => {
    const text = input[field].trim();
    if (text === '') return undefined;
    if (WHOLE.test(text) && Number(text) >= min) return Number(text);
    problems.push({
      field,
      message: `${name} must be a whole number of at least ${min}; got ${quoteText(text)}.`,
    });
    return undefined;
  };
  const n = whole('n', 'n (patients at time 0)', 1);
  const totalEvents = whole('events', 'The total events', 0) ?? null;
  if (problems.length > 0 || !times.ok || !counts.ok) return { ok: false, problems };
  const atRisk = times.values.map((time, i) => ({ time, n: counts.values[i] }));
  return { ok: true, atRisk, n, totalEvents };
}
