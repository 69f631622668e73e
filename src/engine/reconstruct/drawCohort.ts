import { isResponseGrade, type Cohort, type OptionalColumn, type Patient } from '../cohort.ts';
import type { ReconstructionPlan } from './planReconstruction.ts';
import { assignTimes } from './assignTimes.ts';
import { shuffle } from './shuffle.ts';
import { blankPatient } from '../blankPatient.ts';

const EPS = 1e-9;
const DAY = 86_400_000;

/** A patient under construction: event times plus the least follow-up they need. */
interface Draft {
  patient: Patient;
  /** Latest time any recorded event of this patient needs follow-up to cover. */
  need: number;
}

/**
 * Draws one candidate cohort from a plan: response codes and times, durations of response
 * (losses and deaths), glucocorticoid and fever times, enrolment dates and follow-up to the
 * cut-off, ages, sex, doses. Every time lies on the schedule's grid and within follow-up.
 * Returns the name of the step that failed when the random choices paint themselves into a corner
 * (the caller retries); the result still has to be verified against the summary.
 * @example drawCohort(plan, seedrandom('1')) // { ok: true, cohort } with n patients
 */
export function drawCohort(
  plan: ReconstructionPlan,
  rng: () => number,
): { ok: true; cohort: Cohort } | { ok: false; reason: string } {
  const { summary, step, days, maxFollowupWk, deathProbability } = plan;
  const upTo = (k: number) => 1 + Math.floor(rng() * k);
  const drafts: Draft[] = shuffle([...plan.codes], rng).map((code) => ({
    patient: blankPatient({ id: '', bestResponse: code }),
    need: 0,
  }));
  const responders = drafts.filter((d) => plan.responders.includes(d.patient.bestResponse));
  // CR, PR or IMP outside the responder definition still need a response time (ongoing).
  for (const d of drafts) {
    const code = d.patient.bestResponse;
    if (isResponseGrade(code) && !plan.responders.includes(code)) {
      d.patient.responseWk = upTo(Math.max(1, Math.floor(plan.maxResponseWk / step))) * step;
      d.need = d.patient.responseWk;
    }
  }
  const onsets = plan.ttr(rng);
  const spans = plan.dor(rng);
  responders.forEach((d, i) => {
    const p = d.patient;
    const onset = onsets[i];
    const span = spans[i];
    p.responseWk = onset;
    if (!span.event) {
      d.need = onset + span.minWk;
      return;
    }
    const end = onset + span.wk;
    if (rng() < deathProbability) p.deathWk = end;
    else {
      p.lossWk = end;
      if (rng() < deathProbability) p.deathWk = end + upTo(8) * step;
    }
    d.need = end;
  });
  for (const d of drafts) {
    if (d.patient.responseWk === null && rng() < deathProbability)
      d.patient.deathWk = upTo(8) * step;
    if (d.patient.deathWk !== null && d.patient.deathWk > maxFollowupWk + EPS) {
      d.patient.deathWk = null;
      if (d.patient.lossWk === null && d.patient.responseWk !== null) return fail('dor.median_wk');
    }
  }
  const assign = (times: number[], set: (d: Draft, t: number) => void) =>
    assignTimes(times, drafts, {
      capacity: (d) => d.patient.deathWk ?? maxFollowupWk,
      set: (d, t) => {
        set(d, t);
        d.need = Math.max(d.need, t);
      },
      rng,
    });
  if (plan.gc) {
    const [lo, hi] = plan.gcBaselineMg;
    const doses = Math.floor((hi - lo) / 5) + 1;
    for (const d of drafts) d.patient.gcBaselineMg = lo + 5 * Math.floor(rng() * doses);
    if (!assign(plan.gc(rng), (d, t) => (d.patient.gcHalvedWk = t))) return fail('gc_halved');
  }
  if (plan.fever && summary.fever) {
    for (const d of drafts) d.patient.feverBaseline = false;
    const resolved: Draft[] = [];
    const ok = assign(plan.fever(rng), (d, t) => {
      d.patient.feverResolvedWk = t;
      d.patient.feverBaseline = true;
      resolved.push(d);
    });
    if (!ok) return fail('fever.resolved');
    const rest = shuffle(
      drafts.filter((d) => !resolved.includes(d)),
      rng,
    );
    for (const d of rest.slice(0, summary.fever.baseline - resolved.length))
      d.patient.feverBaseline = true;
  }
  // Enrolment: a start day early enough for the follow-up each patient needs.
  const starts: number[] = [];
  for (const d of drafts) {
    const p = d.patient;
    const need = p.deathWk ?? Math.ceil(d.need / step - EPS) * step;
    const latest = Math.min(days.end, days.cutoff - Math.ceil(need * 7 - EPS));
    if (latest < days.start) return fail('follow-up');
    const start = days.start + Math.floor(rng() * (latest - days.start + 1));
    starts.push(start);
    p.followupWk = p.deathWk ?? Math.floor((days.cutoff - start) / 7 / step + EPS) * step;
    p.extra = { enrolled: new Date(start * DAY).toISOString().slice(0, 7) };
  }
  if (plan.ages) plan.ages(rng).forEach((age, i) => (drafts[i].patient.age = age));
  if (summary.sex) {
    const sexes = [
      ...Array<'F'>(summary.sex.female).fill('F'),
      ...Array<'M'>(summary.sex.male).fill('M'),
      ...Array<null>(summary.n - summary.sex.female - summary.sex.male).fill(null),
    ];
    shuffle(sexes, rng).forEach((s, i) => (drafts[i].patient.sex = s));
  }
  if (summary.sae_related !== undefined) {
    const flags = drafts.map((_, i) => i < (summary.sae_related ?? 0));
    shuffle(flags, rng).forEach((f, i) => (drafts[i].patient.saeRelated = f));
  }
  const order = drafts.map((d, i) => ({ p: d.patient, start: starts[i] }));
  order.sort((a, b) => a.start - b.start);
  const width = String(order.length).length < 2 ? 2 : String(order.length).length;
  const patients = order.map(({ p }, i) => ({
    ...p,
    id: `P${String(i + 1).padStart(width, '0')}`,
  }));
  const columns: OptionalColumn[] = ['loss_wk', 'death_wk'];
  if (summary.age) columns.push('age');
  if (summary.sex) columns.push('sex');
  if (summary.fever) columns.push('fever_baseline', 'fever_resolved_wk');
  if (summary.gc_halved) columns.push('gc_baseline_mg', 'gc_halved_wk');
  if (summary.sae_related !== undefined) columns.push('sae_related');
  return {
    ok: true,
    cohort: {
      name: `${summary.name ?? 'Cohort'} (reconstruction)`,
      source: 'Reconstruction consistent with the published summary, not the real patients.',
      patients,
      columns,
    },
  };
}

const fail = (reason: string) => ({ ok: false as const, reason });
