import { RESPONSE_CODES, type ResponseCode } from '../cohort.ts';
import type { CohortSummary } from './cohortSummary.ts';
import { fieldChecks, isJsonObject } from './fieldChecks.ts';

/** The outcome of `validateSummary`: the typed summary, or every problem found, each naming its field. */
export type SummaryValidation =
  { ok: true; summary: CohortSummary } | { ok: false; issues: string[] };

/**
 * Checks that parsed JSON has the shape of a `CohortSummary`: known fields, counts that are whole
 * numbers >= 0, times > 0, valid ISO dates. Conflicts between fields are found by `planReconstruction`.
 * @example validateSummary({ n: 18 }) // { ok: false, issues: ['best_response: required', …] }
 */
export function validateSummary(json: unknown): SummaryValidation {
  const issues: string[] = [];
  if (!isJsonObject(json)) return { ok: false, issues: ['summary: must be a JSON object'] };
  const { show, count, time, date, byWeek, section: sectionOf } = fieldChecks(issues);
  const section = (field: string, keys: readonly string[], required = false) =>
    sectionOf(json, field, keys, required);

  const known = [
    'name',
    'source',
    'n',
    'best_response',
    'responders',
    'response',
    'dor',
    'gc_halved',
    'fever',
    'sex',
    'age',
    'sae_related',
    'enrolment',
    'cutoff',
    'schedule',
    'assumptions',
  ];
  for (const k of Object.keys(json)) {
    if (!known.includes(k)) issues.push(`${k}: unknown field (allowed: ${known.join(', ')})`);
  }
  for (const k of ['name', 'source']) {
    if (json[k] !== undefined && typeof json[k] !== 'string') issues.push(`${k}: must be text`);
  }
  count(json.n, 'n');
  const best = section('best_response', [...RESPONSE_CODES], true);
  if (best) for (const code of RESPONSE_CODES) count(best[code], `best_response.${code}`, false);
  if (json.responders !== undefined) {
    const r = json.responders;
    if (
      !Array.isArray(r) ||
      r.length === 0 ||
      !r.every((c) => RESPONSE_CODES.includes(c as ResponseCode))
    ) {
      issues.push(
        `responders: must be a non-empty list of ${RESPONSE_CODES.join(', ')}, got ${show(r)}`,
      );
    }
  }
  const response = section('response', ['median_wk', 'by_week']);
  if (response) {
    time(response.median_wk, 'response.median_wk');
    byWeek(response.by_week, 'response.by_week');
  }
  const dor = section('dor', ['median_wk']);
  if (dor) time(dor.median_wk, 'dor.median_wk', true);
  const gc = section('gc_halved', ['count', 'median_wk']);
  if (gc) {
    count(gc.count, 'gc_halved.count');
    time(gc.median_wk, 'gc_halved.median_wk');
  }
  const fever = section('fever', ['baseline', 'resolved', 'resolved_by_week']);
  if (fever) {
    count(fever.baseline, 'fever.baseline');
    count(fever.resolved, 'fever.resolved');
    byWeek(fever.resolved_by_week, 'fever.resolved_by_week');
  }
  const sex = section('sex', ['female', 'male']);
  if (sex) {
    count(sex.female, 'sex.female');
    count(sex.male, 'sex.male');
  }
  const age = section('age', ['median', 'min', 'max']);
  if (age) {
    for (const k of ['median', 'min', 'max']) {
      const v = age[k];
      if (v === undefined && k !== 'median') continue;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 120) {
        issues.push(`age.${k}: must be years from 0 to 120, got ${show(v)}`);
      }
    }
  }
  count(json.sae_related, 'sae_related', false);
  const enrolment = section('enrolment', ['start', 'end'], true);
  if (enrolment) {
    date(enrolment.start, 'enrolment.start');
    date(enrolment.end, 'enrolment.end');
  }
  date(json.cutoff, 'cutoff');
  const schedule = section('schedule', ['every_wk', 'between_visits_wk'], true);
  if (schedule) {
    time(schedule.every_wk, 'schedule.every_wk', true);
    time(schedule.between_visits_wk, 'schedule.between_visits_wk');
  }
  const assumptions = section('assumptions', [
    'max_response_wk',
    'max_dor_wk',
    'max_dose_change_wk',
    'death_probability',
    'gc_baseline_mg',
  ]);
  if (assumptions) {
    for (const k of ['max_response_wk', 'max_dor_wk', 'max_dose_change_wk']) {
      time(assumptions[k], `assumptions.${k}`);
    }
    const p = assumptions.death_probability;
    if (p !== undefined && (typeof p !== 'number' || !(p >= 0 && p <= 1))) {
      issues.push(`assumptions.death_probability: must be from 0 to 1, got ${show(p)}`);
    }
    const mg = assumptions.gc_baseline_mg;
    if (
      mg !== undefined &&
      !(
        Array.isArray(mg) &&
        mg.length === 2 &&
        mg.every((x) => typeof x === 'number' && x > 0) &&
        mg[0] <= mg[1]
      )
    ) {
      issues.push(
        `assumptions.gc_baseline_mg: must be [min, max] mg with 0 < min <= max, got ${show(mg)}`,
      );
    }
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, summary: json as unknown as CohortSummary };
}
