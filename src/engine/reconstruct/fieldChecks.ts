/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not an array or null). */
export const isJsonObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checkers for the fields of a JSON document, each pushing "field: what is wrong, got value"
 * onto `issues`: whole counts >= 0, times in weeks > 0, ISO dates, `{ week: count }` maps and
 * sub-objects with a fixed set of keys.
 * @example const { count } = fieldChecks(issues); count(-1, 'n') // issues: ['n: must be a whole number >= 0, got -1']
 */
export function fieldChecks(issues: string[]) {
  const show = (v: unknown) => JSON.stringify(v) ?? String(v);
  const count = (v: unknown, field: string, required = true) => {
    if (v === undefined) {
      if (required) issues.push(`${field}: required (a whole number >= 0)`);
    } else if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      issues.push(`${field}: must be a whole number >= 0, got ${show(v)}`);
    }
  };
  const time = (v: unknown, field: string, required = false) => {
    if (v === undefined) {
      if (required) issues.push(`${field}: required (weeks > 0)`);
    } else if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      issues.push(`${field}: must be a number of weeks > 0, got ${show(v)}`);
    }
  };
  const date = (v: unknown, field: string) => {
    const ms = typeof v === 'string' && ISO_DATE.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
    if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== v) {
      issues.push(`${field}: must be a date YYYY-MM-DD, got ${show(v)}`);
    }
  };
  const byWeek = (v: unknown, field: string) => {
    if (v === undefined) return;
    if (!isJsonObject(v)) return void issues.push(`${field}: must be an object { "week": count }`);
    for (const [w, c] of Object.entries(v)) {
      const week = Number(w);
      if (w.trim() === '' || !Number.isFinite(week) || week <= 0) {
        issues.push(`${field}: key "${w}" must be a week > 0`);
      }
      count(c, `${field}.${w}`);
    }
  };
  const section = (
    parent: JsonObject,
    field: string,
    keys: readonly string[],
    required = false,
  ): JsonObject | null => {
    const v = parent[field];
    if (v === undefined) {
      if (required) issues.push(`${field}: required`);
      return null;
    }
    if (!isJsonObject(v)) {
      issues.push(`${field}: must be an object, got ${show(v)}`);
      return null;
    }
    for (const k of Object.keys(v)) {
      if (!keys.includes(k)) {
        issues.push(`${field}.${k}: unknown field (allowed: ${keys.join(', ')})`);
      }
    }
    return v;
  };
  return { show, count, time, date, byWeek, section };
}
