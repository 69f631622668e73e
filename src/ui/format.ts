import type { Interval, ProportionMethod, KmTransform } from '../engine/report.ts';
import type { ResponderSet } from '../state/urlState.ts';

/**
 * Number formatting for every table and caption, so the same quantity always reads the same:
 * proportions as percentages with one decimal, times in weeks with one decimal, `—` for
 * undefined and "not reached" for an unreached Kaplan–Meier bound.
 */
export const format = {
  /** 0.8333 → "83.3%"; `null` → "—". */
  percent(value: number | null): string {
    return value === null || !Number.isFinite(value) ? '—' : `${(value * 100).toFixed(1)}%`;
  },
  /** [0.586, 0.964] → "58.6% to 96.4%". */
  percentInterval([lower, upper]: Interval): string {
    return `${format.percent(lower)} to ${format.percent(upper)}`;
  },
  /** 1 → "1.0 wk"; `null` → "not reached". */
  weeks(value: number | null, missing = 'not reached'): string {
    return value === null || !Number.isFinite(value) ? missing : `${value.toFixed(1)} wk`;
  },
  /** A week named in a sentence ("by week 27.4"), to one decimal without a trailing zero: 27.428 → "27.4", 5 → "5". */
  week(value: number): string {
    return String(+value.toFixed(1));
  },
  /** [0.5, null] → "0.5 wk to not reached". */
  weeksInterval([lower, upper]: Interval): string {
    if (lower === null && upper === null) return 'not estimable';
    return `${format.weeks(lower)} to ${format.weeks(upper)}`;
  },
  /**
   * A p-value to two significant digits, as journals print it: 0.003769 → "0.0038", 0.34962 →
   * "0.35"; "< 0.0001" below that, "1" from 0.995; `null` or not finite → "—".
   */
  pValue(value: number | null): string {
    if (value === null || !Number.isFinite(value)) return '—';
    if (value < 0.0001) return '< 0.0001';
    return value >= 0.995 ? '1' : String(Number(value.toPrecision(2)));
  },
  /** 0.95 → "95%", 0.9999 → "99.99%" (levels run to 0.9999). */
  level(level: number): string {
    return `${+(level * 100).toFixed(2)}%`;
  },
};

/** Readable names of the interval methods for a proportion. */
export const METHOD_LABELS: Record<ProportionMethod, string> = {
  'clopper-pearson': 'Clopper–Pearson (exact)',
  wilson: 'Wilson score',
  jeffreys: 'Jeffreys',
  'agresti-coull': 'Agresti–Coull',
  wald: 'Wald',
};

/** Readable names of the Kaplan–Meier interval transforms. */
export const TRANSFORM_LABELS: Record<KmTransform, string> = {
  log: 'log',
  'log-log': 'log–log',
  plain: 'plain (linear)',
};

/** Readable names of the responder definitions. */
export const RESPONDER_LABELS: Record<ResponderSet, string> = {
  CR: 'CR',
  'CR-PR': 'CR + PR',
  'CR-PR-IMP': 'CR + PR + IMP',
};
