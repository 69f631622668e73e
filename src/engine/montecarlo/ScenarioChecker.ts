/** A parsed JSON object. */
export type Json = Record<string, unknown>;

/** Whether a value is a plain JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as the messages quote it. */
export const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

/**
 * Collects the problems of a scenario JSON, each naming its field and what is allowed.
 * @example const c = new ScenarioChecker(); c.number({ n: -1 }, '', 'n', { min: 1 }); c.issues // ['n must be a number from 1, got -1']
 */
export class ScenarioChecker {
  readonly issues: string[] = [];

  number(
    obj: Json,
    path: string,
    key: string,
    {
      min = 0,
      max = Infinity,
      above = false,
      integer = false,
      fallback,
    }: {
      min?: number;
      max?: number;
      above?: boolean;
      integer?: boolean;
      fallback?: number;
    } = {},
  ): number {
    const value = obj[key];
    if (value === undefined && fallback !== undefined) return fallback;
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (above ? value > min : value >= min) &&
      value <= max &&
      (!integer || Number.isInteger(value));
    if (!ok) {
      const kind = integer ? 'a whole number' : 'a number';
      const range = `${above ? 'above' : 'from'} ${min}${max < Infinity ? ` ${above ? 'and at most' : 'to'} ${max}` : ''}`;
      this.issues.push(`${path}${key} must be ${kind} ${range}, got ${show(value)}`);
    }
    return value as number;
  }

  keys(obj: Json, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        this.issues.push(`${path}${key} is not a scenario field (allowed: ${allowed.join(', ')})`);
      }
    }
  }

  object(parent: Json, key: string, path = ''): Json | null {
    if (isObject(parent[key])) return parent[key];
    this.issues.push(`${path}${key} must be an object, got ${show(parent[key])}`);
    return null;
  }

  /** A list of 1 to `maxLength` numbers in [min, max], strictly ascending when asked. */
  list(
    obj: Json,
    path: string,
    key: string,
    {
      min = 0,
      max = Infinity,
      ascending = false,
      maxLength = 100000,
    }: { min?: number; max?: number; ascending?: boolean; maxLength?: number } = {},
  ): number[] {
    const values = obj[key];
    if (!Array.isArray(values) || values.length === 0 || values.length > maxLength) {
      this.issues.push(
        `${path}${key} must be a list of 1 to ${maxLength} numbers, got ${show(values)}`,
      );
      return [];
    }
    const bad = values.findIndex(
      (v, i) =>
        typeof v !== 'number' ||
        !Number.isFinite(v) ||
        v < min ||
        v > max ||
        (ascending && i > 0 && v <= (values[i - 1] as number)),
    );
    if (bad >= 0) {
      const order = ascending ? ', each above the one before' : '';
      const range = `from ${min}${max < Infinity ? ` to ${max}` : ''}`;
      this.issues.push(
        `${path}${key}[${bad}] must be a number ${range}${order}, got ${show(values[bad])}`,
      );
    }
    return [...values] as number[];
  }
}
