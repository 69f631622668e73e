import { shuffle } from './shuffle.ts';

/** What a set of event times must satisfy: how many, on which grid, their median, counts by week. */
export interface OrderedTimesSpec {
  count: number;
  /** Times are whole multiples of this step, from one step up to `max`. */
  step: number;
  max: number;
  /** R-style median of the times (mean of the middle two for an even count). */
  median?: number;
  /** Exactly this many times are <= each week (keys are weeks). */
  byWeek?: Record<string, number>;
}

/** Draws a multiset of times meeting an `OrderedTimesSpec`, in random order. */
export type TimesSampler = (rng: () => number) => number[];

const EPS = 1e-9;

/**
 * Turns constraints on a set of times into a sampler, or explains why none can meet them.
 * Each sorted position gets its allowed grid values (from the counts by week); the median fixes
 * the middle position (or a random admissible pair); the rest are drawn uniformly, then shuffled.
 * Feasibility does not depend on the random draws, so a returned sampler never fails.
 * @example orderedTimes({ count: 3, step: 1, max: 8, median: 1, byWeek: { '1': 2 } }, 'response', 'responders')
 */
export function orderedTimes(
  spec: OrderedTimesSpec,
  field: string,
  noun: string,
): { ok: true; sample: TimesSampler } | { ok: false; reason: string } {
  const { count, step, max, median, byWeek = {} } = spec;
  const grid: number[] = [];
  for (let k = 1; k * step <= max + EPS; k++) grid.push(k * step);
  const marks = Object.entries(byWeek).map(([w, c]) => ({ w: Number(w), c }));
  for (const { w, c } of marks) {
    if (c > count)
      return { ok: false, reason: `${field}.by_week.${w}: ${c} exceeds the ${count} ${noun}` };
    for (const other of marks) {
      if (other.w > w && other.c < c) {
        return {
          ok: false,
          reason: `${field}.by_week: ${c} by week ${w} but only ${other.c} by week ${other.w}`,
        };
      }
    }
  }
  // allowed[i]: grid values admissible at sorted position i (0-based).
  const allowed = Array.from({ length: count }, (_, i) =>
    grid.filter((g) => marks.every(({ w, c }) => (i < c ? g <= w + EPS : g > w + EPS))),
  );
  const empty = allowed.findIndex((a) => a.length === 0);
  if (empty >= 0) {
    return {
      ok: false,
      reason: `${field}.by_week: no time on the ${step}-week grid up to ${max} weeks fits position ${empty + 1}`,
    };
  }
  if (count === 0) {
    return median === undefined
      ? { ok: true, sample: () => [] }
      : { ok: false, reason: `${field}.median_wk: a median needs at least one time` };
  }
  // Candidate (lo, hi) values for the middle position(s); lo = hi when the count is odd.
  const lower = Math.floor((count - 1) / 2);
  const upper = Math.floor(count / 2);
  const pairs: [number, number][] = [];
  for (const a of allowed[lower]) {
    for (const b of allowed[upper]) {
      if (b < a - EPS || (lower === upper && a !== b)) continue;
      if (median !== undefined && Math.abs(a + b - 2 * median) > EPS) continue;
      const fits = allowed.every(
        (vals, i) =>
          i === lower || i === upper || vals.some((v) => (i < lower ? v <= a + EPS : v >= b - EPS)),
      );
      if (fits) pairs.push([a, b]);
    }
  }
  if (pairs.length === 0) {
    return {
      ok: false,
      reason: `${field}.median_wk: ${median} is not reachable on the ${step}-week grid with these counts`,
    };
  }
  const sample: TimesSampler = (rng) => {
    const [a, b] = pairs[Math.floor(rng() * pairs.length)];
    const times = allowed.map((vals, i) => {
      if (i === lower) return a;
      if (i === upper) return b;
      const ok = vals.filter((v) => (i < lower ? v <= a + EPS : v >= b - EPS));
      return ok[Math.floor(rng() * ok.length)];
    });
    return shuffle(times, rng);
  };
  return { ok: true, sample };
}
