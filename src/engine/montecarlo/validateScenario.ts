import { MAX_SCENARIO_N } from '../limits.ts';
import { checkTimeModel, TIME_MODEL_KINDS } from './checkTimeModel.ts';
import type { DorModel, Scenario, TtrModel } from './scenario.ts';
import { isObject, type Json, ScenarioChecker, show } from './ScenarioChecker.ts';

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
  // written by `fit` beside the scenario; not part of it
  'fits',
];

function model(c: ScenarioChecker, json: Json, key: 'ttr' | 'dor'): TtrModel | DorModel | null {
  const m = c.object(json, key);
  if (!m) return null;
  const allowed: readonly string[] =
    key === 'ttr' ? [...TIME_MODEL_KINDS, 'empirical'] : TIME_MODEL_KINDS;
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
  return checkTimeModel(c, m, path);
}

/**
 * Checks a parsed scenario JSON and returns it with defaults filled in (`accrual_wk` 0,
 * hazards 0, `visit_wk` null; a `fits` member, as `fit` writes it, is ignored), or every problem as a message naming the field and what is allowed.
 * @example validateScenario({ n: -1 }).ok // false, issues[0] = 'n must be a whole number from 1 to 10000, got -1'
 */
export function validateScenario(
  json: unknown,
): { ok: true; scenario: Scenario } | { ok: false; issues: string[] } {
  const c = new ScenarioChecker();
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
