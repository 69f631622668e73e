/**
 * A number read from a lesson's URL parameters, or the fallback when the parameter is absent or
 * not a number; either is clamped to [min, max] (a default taken from a large cohort, say, stays
 * within what the control offers). Example: `numberParam({ p: '0.6' }, 'p', 0.5, 0, 1) === 0.6`.
 */
export function numberParam(
  params: Record<string, string>,
  key: string,
  fallback: number,
  min = -Infinity,
  max = Infinity,
): number {
  const raw = params[key];
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Math.min(max, Math.max(min, Number.isFinite(value) ? value : fallback));
}

/** A whole number read like `numberParam`, rounded. Example: `intParam({ n: '18' }, 'n', 10) === 18`. */
export function intParam(
  params: Record<string, string>,
  key: string,
  fallback: number,
  min = -Infinity,
  max = Infinity,
): number {
  return Math.round(numberParam(params, key, fallback, min, max));
}

/** One of a fixed list of words, else the fallback. Example: `choiceParam({ m: 'wald' }, 'm', ['wald'], 'wald')`. */
export function choiceParam<T extends string>(
  params: Record<string, string>,
  key: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = params[key];
  return (choices as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

/** A number written short for the URL (at most 6 significant digits). Example: `paramText(0.6000001) === '0.6'`. */
export function paramText(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/**
 * A lesson's parameters with some values written in (numbers short, as `paramText`), ready for
 * the URL. Example: `withParams({ p: '0.5' }, { p: 0.6, m: 'wald' }) // { p: '0.6', m: 'wald' }`.
 */
export function withParams(
  params: Record<string, string>,
  values: Record<string, number | string>,
): Record<string, string> {
  const next = { ...params };
  for (const [key, value] of Object.entries(values)) {
    next[key] = typeof value === 'number' ? paramText(value) : value;
  }
  return next;
}
