/**
 * The longest follow-up after the last patient started that the lesson offers, in weeks: six
 * true medians, rounded up, but at least 12 weeks and at most 3 years (156 weeks), so responses
 * of the assumed length have all had time to end.
 * @example longestFollowup(3.4) // 21
 */
export function longestFollowup(dorMedianWk: number): number {
  return Math.min(156, Math.max(12, Math.ceil(6 * dorMedianWk)));
}
