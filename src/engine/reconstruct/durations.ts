import { shuffle } from './shuffle.ts';

/** A drawn duration of response: lost or ended by death after `wk`, or still ongoing. */
export type DrawnDuration = { event: true; wk: number } | { event: false; minWk: number };

/** Draws one duration per responder, in random order. */
export type DurationSampler = (rng: () => number) => DrawnDuration[];

const EPS = 1e-9;

/**
 * Builds a sampler of durations of response whose Kaplan–Meier median is exactly `median`,
 * robustly: a < R/2 events fall before the median and a + e > R/2 events at it, so the curve
 * jumps from above 0.5 to below 0.5 there (never resting at 0.5); ongoing responses are censored
 * after the median and later events fall on the grid up to `max`. Without a median, each response
 * is lost at a uniform grid time or ongoing, with even odds.
 * Reference: Kaplan & Meier (1958); R survival's median is the first time with S(t) <= 0.5.
 * @example durations({ responders: 15, median: 1, step: 1, max: 26 })
 */
export function durations({
  responders,
  median,
  step,
  max,
}: {
  responders: number;
  median?: number;
  step: number;
  max: number;
}): { ok: true; sample: DurationSampler } | { ok: false; reason: string } {
  const grid = (from: number, to: number) => {
    const out: number[] = [];
    for (let k = 1; k * step <= to + EPS; k++) if (k * step > from + EPS) out.push(k * step);
    return out;
  };
  const pick = (values: number[], rng: () => number) => values[Math.floor(rng() * values.length)];
  if (median === undefined) {
    const all = grid(0, max);
    return {
      ok: true,
      sample: (rng) =>
        Array.from({ length: responders }, (): DrawnDuration =>
          rng() < 0.5 ? { event: true, wk: pick(all, rng) } : { event: false, minWk: step },
        ),
    };
  }
  if (responders === 0) return { ok: false, reason: 'dor.median_wk: there are no responders' };
  if (Math.abs(median / step - Math.round(median / step)) > EPS) {
    return {
      ok: false,
      reason: `dor.median_wk: ${median} is not a multiple of the ${step}-week schedule`,
    };
  }
  if (median > max + EPS) {
    return {
      ok: false,
      reason: `dor.median_wk: ${median} exceeds assumptions.max_dor_wk (${max})`,
    };
  }
  const before = grid(0, median - step);
  const after = grid(median, max);
  const R = responders;
  const aMax = before.length > 0 ? Math.ceil(R / 2) - 1 : 0;
  const sample: DurationSampler = (rng) => {
    const a = Math.floor(rng() * (aMax + 1));
    const eMin = Math.floor(R / 2) + 1 - a;
    const e = eMin + Math.floor(rng() * (R - a - eMin + 1));
    const laterEventOdds = after.length > 0 ? rng() : 0;
    const out: DrawnDuration[] = [];
    for (let i = 0; i < a; i++) out.push({ event: true, wk: pick(before, rng) });
    for (let i = 0; i < e; i++) out.push({ event: true, wk: median });
    for (let i = a + e; i < R; i++) {
      out.push(
        rng() < laterEventOdds
          ? { event: true, wk: pick(after, rng) }
          : { event: false, minWk: median + step },
      );
    }
    return shuffle(out, rng);
  };
  return { ok: true, sample };
}
