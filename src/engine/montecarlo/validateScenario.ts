import { MAX_SCENARIO_N } from '../limits.ts';
import type { DorModel, Scenario, TtrModel } from './scenario.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

class Checker {
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

  object(parent: Json, key: string): Json | null {
    if (isObject(parent[key])) return parent[key];
    this.issues.push(`${key} must be an object, got ${show(parent[key])}`);
    return null;
  }
}

const TOP = [
  'n',
  'response',
  'ttr',
  'dor',
  'accrual_wk',
  'cutoff_wk',
  'dropout_hazard',
  'death_hazard',
  'visit_wk',
];

function model(c: Checker, json: Json, key: 'ttr' | 'dor'): TtrModel | DorModel | null {
  const m = c.object(json, key);
  if (!m) return null;
  const allowed =
    key === 'ttr'
      ? ['exponential', 'weibull', 'empirical']
      : ['exponential', 'weibull', 'lognormal'];
  const distribution = m.distribution;
  const path = `${key}.`;
  if (typeof distribution !== 'string' || !allowed.includes(distribution)) {
    c.issues.push(
      `${path}distribution must be one of ${allowed.join(', ')}, got ${show(distribution)}`,
    );
    return null;
  }
  if (distribution === 'empirical') {
    c.keys(m, path, ['distribution', 'times']);
    const times = m.times;
    if (!Array.isArray(times) || times.length === 0 || times.length > 100000) {
      c.issues.push(`${path}times must be a list of 1 to 100000 times, got ${show(times)}`);
      return null;
    }
    const bad = times.findIndex((t) => typeof t !== 'number' || !Number.isFinite(t) || t < 0);
    if (bad >= 0)
      c.issues.push(`${path}times[${bad}] must be a number from 0, got ${show(times[bad])}`);
    return { distribution, times: [...times] as number[] };
  }
  const median = c.number(m, path, 'median', { above: true });
  if (distribution === 'exponential') {
    c.keys(m, path, ['distribution', 'median']);
    return { distribution, median };
  }
  c.keys(m, path, ['distribution', 'median', 'shape']);
  const shape = c.number(m, path, 'shape', { above: true, max: 100 });
  return { distribution, median, shape } as TtrModel | DorModel;
}

/**
 * Checks a parsed scenario JSON and returns it with defaults filled in (`accrual_wk` 0,
 * hazards 0, `visit_wk` null), or every problem as a message naming the field and what is allowed.
 * @example validateScenario({ n: -1 }).ok // false, issues[0] = 'n must be a whole number from 1 to 10000, got -1'
 */
export function validateScenario(
  json: unknown,
): { ok: true; scenario: Scenario } | { ok: false; issues: string[] } {
  const c = new Checker();
  if (!isObject(json))
    return { ok: false, issues: [`a scenario must be a JSON object, got ${show(json)}`] };
  c.keys(json, '', TOP);
  const n = c.number(json, '', 'n', { min: 1, max: MAX_SCENARIO_N, integer: true });
  const r = c.object(json, 'response');
  let response = { cr: 0, pr: 0, imp: 0 };
  if (r) {
    c.keys(r, 'response.', ['cr', 'pr', 'imp']);
    response = {
      cr: c.number(r, 'response.', 'cr', { max: 1, fallback: 0 }),
      pr: c.number(r, 'response.', 'pr', { max: 1, fallback: 0 }),
      imp: c.number(r, 'response.', 'imp', { max: 1, fallback: 0 }),
    };
    const sum = response.cr + response.pr + response.imp;
    if (sum > 1 + 1e-9)
      c.issues.push(`response.cr + response.pr + response.imp must be at most 1, got ${sum}`);
  }
  const ttr = model(c, json, 'ttr') as TtrModel | null;
  const dor = model(c, json, 'dor') as DorModel | null;
  const accrual = c.number(json, '', 'accrual_wk', { fallback: 0 });
  const cutoff = c.number(json, '', 'cutoff_wk', { above: true });
  if (Number.isFinite(accrual) && Number.isFinite(cutoff) && cutoff < accrual) {
    c.issues.push(`cutoff_wk must be at least accrual_wk (${accrual}), got ${cutoff}`);
  }
  const dropout = c.number(json, '', 'dropout_hazard', { fallback: 0 });
  const death = c.number(json, '', 'death_hazard', { fallback: 0 });
  const visit =
    json.visit_wk === undefined || json.visit_wk === null
      ? null
      : c.number(json, '', 'visit_wk', { above: true });
  if (c.issues.length > 0 || !ttr || !dor) return { ok: false, issues: c.issues };
  return {
    ok: true,
    scenario: {
      n,
      response,
      ttr,
      dor,
      accrual_wk: accrual,
      cutoff_wk: cutoff,
      dropout_hazard: dropout,
      death_hazard: death,
      visit_wk: visit,
    },
  };
}
