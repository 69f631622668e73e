/** Who a resample left out and who it drew more than once, as text. */
export interface ResampleRoster {
  /** Ids of the patients drawn zero times, in cohort order. */
  leftOut: string[];
  /** Patients drawn twice or more, as "id ×count", in cohort order. */
  repeated: string[];
}

/**
 * Lists the patients a bootstrap resample left out and those it drew more than once.
 * Assumes `counts[i]` is how often patient `ids[i]` was drawn.
 * @example resampleRoster(['P1', 'P2', 'P3'], [0, 3, 0]) // { leftOut: ['P1', 'P3'], repeated: ['P2 ×3'] }
 */
export function resampleRoster(ids: readonly string[], counts: readonly number[]): ResampleRoster {
  return {
    leftOut: ids.filter((_, i) => counts[i] === 0),
    repeated: ids.flatMap((id, i) => (counts[i] > 1 ? [`${id} ×${counts[i]}`] : [])),
  };
}
