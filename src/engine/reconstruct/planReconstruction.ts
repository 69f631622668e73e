import { RESPONSE_CODES, RESPONSE_GRADES, type ResponseCode } from '../cohort.ts';
import { DEFAULT_ASSUMPTIONS, type CohortSummary } from './cohortSummary.ts';
import { ages as ageSampler } from './ages.ts';
import { durations, type DurationSampler } from './durations.ts';
import { orderedTimes, type TimesSampler } from './orderedTimes.ts';

/** A constraint of the summary that cannot be met, named by its field. */
export interface Conflict {
  constraint: string;
  message: string;
}

/** Everything `drawCohort` needs, prepared once per summary: samplers and date bounds. */
export interface ReconstructionPlan {
  summary: CohortSummary;
  responders: ResponseCode[];
  codes: ResponseCode[];
  step: number;
  visitStep: number;
  ttr: TimesSampler;
  dor: DurationSampler;
  dorMedian: number | null;
  gc: TimesSampler | null;
  fever: TimesSampler | null;
  ages: ((rng: () => number) => number[]) | null;
  /** Days since 1970-01-01 of the first and last enrolment and of the cut-off. */
  days: { start: number; end: number; cutoff: number };
  /** Latest first response, weeks (for responses outside the responder definition). */
  maxResponseWk: number;
  /** Longest possible follow-up (first enrolment to cut-off), weeks. */
  maxFollowupWk: number;
  deathProbability: number;
  gcBaselineMg: [number, number];
}

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);

/**
 * Checks a validated summary for constraints that contradict each other or the assumptions and,
 * when there are none, prepares the samplers that draw cohorts meeting all of them.
 * Conflicts are found without drawing: they depend on the counts and grid, not on chance.
 * @example planReconstruction({ ...hlh, best_response: { PR: 20 } }).conflicts[0].constraint // 'best_response'
 */
export function planReconstruction(
  summary: CohortSummary,
): { ok: true; plan: ReconstructionPlan } | { ok: false; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const add = (reason: string) => {
    const i = reason.indexOf(': ');
    conflicts.push({ constraint: reason.slice(0, i), message: reason.slice(i + 2) });
  };
  const a = { ...DEFAULT_ASSUMPTIONS, ...summary.assumptions };
  const { n } = summary;
  const responders = summary.responders ?? [...RESPONSE_GRADES];
  const codes = RESPONSE_CODES.flatMap((c) =>
    Array<ResponseCode>(summary.best_response[c] ?? 0).fill(c),
  );
  if (codes.length !== n) add(`best_response: counts add up to ${codes.length}, but n is ${n}`);
  const R = codes.filter((c) => responders.includes(c)).length;
  const days = {
    start: toDay(summary.enrolment.start),
    end: toDay(summary.enrolment.end),
    cutoff: toDay(summary.cutoff),
  };
  if (days.end < days.start) add('enrolment.end: is before enrolment.start');
  if (days.cutoff < days.end) add('cutoff: is before the end of enrolment');
  const step = summary.schedule.every_wk;
  const visitStep = summary.schedule.between_visits_wk ?? step;
  const maxFollowupWk = Math.floor((days.cutoff - days.start) / 7 / step) * step;
  const cap = (wk: number) => Math.min(wk, maxFollowupWk);

  const ttr = orderedTimes(
    {
      count: R,
      step,
      max: cap(a.max_response_wk),
      median: summary.response?.median_wk,
      byWeek: summary.response?.by_week,
    },
    'response',
    'responders',
  );
  if (!ttr.ok) add(ttr.reason);
  const dor = durations({ responders: R, median: summary.dor?.median_wk, step, max: a.max_dor_wk });
  if (!dor.ok) add(dor.reason);

  let gc: TimesSampler | null = null;
  if (summary.gc_halved) {
    const { count, median_wk } = summary.gc_halved;
    if (count > n) add(`gc_halved.count: ${count} exceeds n = ${n}`);
    else {
      const s = orderedTimes(
        { count, step: visitStep, max: cap(a.max_dose_change_wk), median: median_wk },
        'gc_halved',
        'patients',
      );
      if (s.ok) gc = s.sample;
      else add(s.reason);
    }
  }
  let fever: TimesSampler | null = null;
  if (summary.fever) {
    const { baseline, resolved, resolved_by_week } = summary.fever;
    if (baseline > n) add(`fever.baseline: ${baseline} exceeds n = ${n}`);
    else if (resolved > baseline)
      add(`fever.resolved: ${resolved} exceeds the ${baseline} febrile at baseline`);
    else {
      const s = orderedTimes(
        {
          count: resolved,
          step: visitStep,
          max: cap(a.max_dose_change_wk),
          byWeek: resolved_by_week,
        },
        'fever.resolved',
        'resolved',
      );
      if (s.ok) fever = s.sample;
      else add(s.reason.replace('fever.resolved.by_week', 'fever.resolved_by_week'));
    }
  }
  if (summary.sex && summary.sex.female + summary.sex.male > n) {
    add(`sex: ${summary.sex.female} female + ${summary.sex.male} male exceeds n = ${n}`);
  }
  let ageDraw: ReconstructionPlan['ages'] = null;
  if (summary.age) {
    const { median, min = 18, max = 80 } = summary.age;
    const s = ageSampler({ n, median, min, max });
    if (s.ok) ageDraw = s.sample;
    else add(s.reason);
  }
  if (summary.sae_related !== undefined && summary.sae_related > n) {
    add(`sae_related: ${summary.sae_related} exceeds n = ${n}`);
  }
  if (conflicts.length > 0 || !ttr.ok || !dor.ok) return { ok: false, conflicts };
  return {
    ok: true,
    plan: {
      summary,
      responders,
      codes,
      step,
      visitStep,
      ttr: ttr.sample,
      dor: dor.sample,
      dorMedian: summary.dor?.median_wk ?? null,
      gc,
      fever,
      ages: ageDraw,
      days,
      maxResponseWk: cap(a.max_response_wk),
      maxFollowupWk,
      deathProbability: a.death_probability,
      gcBaselineMg: a.gc_baseline_mg,
    },
  };
}
