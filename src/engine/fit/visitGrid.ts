import type { Patient, ResponseCode } from '../cohort.ts';

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The visit spacing, in weeks, that a cohort's response, CR and loss times sit on, or `null` when
 * they are not all whole or half weeks (then they are taken as exact). The spacing is the greatest
 * common divisor of the distinct positive times in whole (else half) weeks — 4 when every time
 * is a multiple of 4 — and one unit when fewer than two distinct times say nothing of the spacing.
 * Deaths and follow-up are not visit times.
 * Assumes validated patients (`responders` only choose whose times are read).
 * @example visitGrid(hlh.patients, ['CR', 'PR', 'IMP']) // 1: every time is a whole week
 */
export function visitGrid(
  patients: readonly Patient[],
  responders: readonly ResponseCode[],
): number | null {
  const times = patients
    .filter((p) => responders.includes(p.bestResponse))
    .flatMap((p) => [p.responseWk, p.crWk, p.lossWk])
    .filter((t): t is number => t !== null && t > 0);
  if (times.length === 0) return null;
  for (const unit of [1, 0.5]) {
    const counts = times.map((t) => t / unit);
    if (counts.some((c) => Math.abs(c - Math.round(c)) > 1e-9)) continue;
    const distinct = [...new Set(counts.map(Math.round))];
    return unit * (distinct.length < 2 ? 1 : distinct.reduce(gcd));
  }
  return null;
}
