import type { Patient, ResponseCode } from '../cohort.ts';
import type { Assessment, VisitRecord } from './assessment.ts';
import { showTime } from '../showTime.ts';
import type { TimeUnit } from '../timeUnit.ts';
import { visitRank, type VisitResponse } from './visitResponse.ts';

/** Options of `derivePatients`. */
export interface DerivationOptions {
  /**
   * Confirmation rule (RECIST 1.1): a CR, PR or IMP counts only when an assessment at least this
   * many weeks later, with no progression in between, is at least as good; `null` (the default)
   * counts every response as assessed.
   */
  confirmWk?: number | null;
  /**
   * The unit the visits' times were given in, for the words of the steps (`showTime`: `day 44`);
   * weeks by default. The derived patients are in weeks whatever it is.
   */
  unit?: TimeUnit;
}

/** One patient derived from visits: the patient record and how each of its fields was reached. */
export interface Derivation {
  id: string;
  patient: Patient;
  /** Best overall response on the visit scale (`PD` when progression came first); `null` without assessments. */
  best: VisitResponse | null;
  /** The source rows of the assessments, in time order (`assessments.map((a) => a.row)`). */
  rows: number[];
  /**
   * The assessments in time order, each with its week, its response on the visit scale and its
   * source row: the patient's sequence of assessed states (as a swimmer lane can draw them).
   */
  assessments: Assessment[];
  /** The rows that gave the first response, complete remission and loss of response. */
  responseRow: number | null;
  crRow: number | null;
  lossRow: number | null;
  /** Responses that did not count because no later assessment confirmed them (rule on). */
  unconfirmedRows: number[];
  /** Assessments after the first progression; they do not change the best response. */
  afterProgressionRows: number[];
  /** The derivation in plain words, one step per line, for showing beside the source rows. */
  steps: string[];
}

const GRADE_BY_RANK: Record<number, VisitResponse> = { 4: 'CR', 3: 'PR', 2: 'IMP' };
const RESPONSE_RANK = visitRank('IMP');

const rowList = (rows: readonly number[]): string =>
  rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.join(', ')}`;

/** The patient-level code of a visit-scale best response. */
function patientCode(best: VisitResponse | null): ResponseCode {
  if (best === 'CR' || best === 'PR' || best === 'IMP' || best === 'NE') return best;
  return best === null ? 'NE' : 'NR';
}

/**
 * The response each assessment before the first progression counts as: itself, or with the
 * confirmation rule the grade a later assessment (at least `confirmWk` on, before progression)
 * confirms — `SD` when none does.
 */
function countedResponses(
  before: readonly Assessment[],
  confirmWk: number | null,
): VisitResponse[] {
  return before.map((a, i) => {
    const rank = visitRank(a.response);
    if (confirmWk === null || rank < RESPONSE_RANK) return a.response;
    let confirming = -Infinity;
    for (let j = i + 1; j < before.length; j += 1) {
      if (before[j].week - a.week >= confirmWk) {
        confirming = Math.max(confirming, visitRank(before[j].response));
      }
    }
    const confirmed = Math.min(rank, confirming);
    return confirmed >= RESPONSE_RANK ? GRADE_BY_RANK[confirmed] : 'SD';
  });
}

function deriveOne(record: VisitRecord, confirmWk: number | null, unit: TimeUnit): Derivation {
  const wk = (week: number): string => showTime(week, unit);
  const sorted = [...record.assessments].sort((a, b) => a.week - b.week || a.row - b.row);
  const firstPd = sorted.findIndex((a) => a.response === 'PD');
  const before = firstPd < 0 ? sorted : sorted.slice(0, firstPd);
  const counted = countedResponses(before, confirmWk);
  const steps: string[] = [];
  if (sorted.length === 0) steps.push('no response assessments: best response NE');
  else {
    const [first, last] = [sorted[0], sorted[sorted.length - 1]];
    steps.push(
      sorted.length === 1
        ? `1 assessment at ${wk(first.week)} (row ${first.row})`
        : `${sorted.length} assessments from ${wk(first.week)} to ${wk(last.week)}`,
    );
  }
  const unconfirmedRows = before.filter((a, i) => counted[i] !== a.response).map((a) => a.row);
  before.forEach((a, i) => {
    if (counted[i] === a.response) return;
    const verdict = counted[i] === 'SD' ? 'counted as SD' : `counted as ${counted[i]}`;
    steps.push(
      `${a.response} at ${wk(a.week)} (row ${a.row}) is not confirmed as ${a.response} by an assessment at least ${showTime(confirmWk!, 'weeks', { as: 'duration' })} later: ${verdict}`,
    );
  });

  let bestIndex = -1;
  counted.forEach((response, i) => {
    if (response === 'NE') return;
    if (bestIndex < 0 || visitRank(response) > visitRank(counted[bestIndex])) bestIndex = i;
  });
  let best: VisitResponse | null;
  if (bestIndex >= 0) best = counted[bestIndex];
  else if (firstPd >= 0) best = 'PD';
  else best = sorted.length > 0 ? 'NE' : null;
  if (bestIndex >= 0) {
    steps.push(
      `best overall response ${best}, first at ${wk(before[bestIndex].week)} (row ${before[bestIndex].row})`,
    );
  } else if (best === 'PD') {
    steps.push(
      `progression at the first evaluable assessment (row ${sorted[firstPd].row}): best response PD`,
    );
  } else if (best === 'NE') {
    steps.push('no evaluable assessment: best response NE');
  }

  const responseIndex = counted.findIndex((r) => visitRank(r) >= RESPONSE_RANK);
  const crIndex = best === 'CR' ? counted.indexOf('CR') : -1;
  const responded = responseIndex >= 0;
  const response = responded ? before[responseIndex] : null;
  const cr = crIndex >= 0 && crIndex !== responseIndex ? before[crIndex] : null;
  const loss = responded && firstPd >= 0 ? sorted[firstPd] : null;
  if (response) {
    steps.push(
      `first response ${counted[responseIndex]} at ${wk(response.week)} (row ${response.row})`,
    );
  }
  if (cr) steps.push(`complete remission reached at ${wk(cr.week)} (row ${cr.row})`);
  if (loss) steps.push(`response lost: PD at ${wk(loss.week)} (row ${loss.row})`);
  const afterProgressionRows = firstPd < 0 ? [] : sorted.slice(firstPd + 1).map((a) => a.row);
  if (afterProgressionRows.length > 0) {
    steps.push(
      `${afterProgressionRows.length === 1 ? 'the assessment' : `${afterProgressionRows.length} assessments`} after the first progression (${rowList(afterProgressionRows)}) do not change the best response`,
    );
  }

  const death = record.deathWk;
  const lastAssessed = sorted.length > 0 ? sorted[sorted.length - 1].week : null;
  const followupWk = record.followupWk ?? Math.max(lastAssessed ?? 0, death ?? 0);
  const assessedUntil = death ?? lastAssessed;
  if (response && !loss) {
    if (death !== null && death >= response.week) {
      steps.push(`response ended by death at ${wk(death)}`);
    } else if (lastAssessed !== null) {
      steps.push(
        `response ongoing: duration of response censored at the last assessment, ${wk(lastAssessed)} (row ${sorted[sorted.length - 1].row})`,
      );
    }
  }
  const fields = record.fields ?? {};
  const patient: Patient = {
    id: record.id,
    bestResponse: patientCode(best),
    responseWk: response ? response.week : null,
    crWk: cr ? cr.week : null,
    lossWk: loss ? loss.week : null,
    deathWk: death,
    followupWk,
    age: fields.age ?? null,
    sex: fields.sex ?? null,
    feverBaseline: fields.feverBaseline ?? null,
    feverResolvedWk: fields.feverResolvedWk ?? null,
    gcBaselineMg: fields.gcBaselineMg ?? null,
    gcHalvedWk: fields.gcHalvedWk ?? null,
    saeRelated: fields.saeRelated ?? null,
    lastAssessmentWk: assessedUntil,
    extra: { ...fields.extra },
  };
  return {
    id: record.id,
    patient,
    best,
    rows: sorted.map((a) => a.row),
    assessments: sorted.map((a) => ({ ...a })),
    responseRow: response?.row ?? null,
    crRow: cr?.row ?? null,
    lossRow: loss?.row ?? null,
    unconfirmedRows,
    afterProgressionRows,
    steps,
  };
}

/**
 * Derives one patient per visit-level record — the single derivation the app, the import worker
 * and the CLI share. For each patient, in time order:
 * - best overall response: the best assessment before the first progression (PD), ranking
 *   CR > PR > IMP > SD = NR > NE; `PD` when progression is the first evaluable assessment, NE when
 *   nothing is evaluable (the patient's code is CR, PR or IMP, NR for SD/NR/PD, NE otherwise);
 * - first response: the first assessment counted as CR, PR or IMP; complete remission: the first
 *   counted CR when later than the first response; loss of response: the first PD after a response;
 * - the end of response follow-up (`lastAssessmentWk`): the last assessment, or death, which is
 *   an event; an ongoing response is censored at the last assessment (ADaM convention), not at
 *   last follow-up;
 * - last follow-up: as given, else the later of the last assessment and death.
 * With `confirmWk` (RECIST 1.1 confirmation), a response counts only as far as an assessment at
 * least `confirmWk` weeks later and before progression confirms it (CR needs a later CR; PR a
 * later CR or PR), otherwise it counts as SD; the onset is the first confirmed assessment.
 * Assumes validated records (weeks ≥ 0, no two assessments of a patient in one week, none after
 * death); assessments may come in any order. Pure: the records are not changed.
 * Reference: Eisenhauer et al., RECIST 1.1, Eur J Cancer 2009;45:228–247 (sections 4.4–4.6);
 * CDISC ADaM ADTTE conventions for censoring duration of response.
 * @example derivePatients([{ id: 'P1', deathWk: null, followupWk: 12, assessments: [
 *   { week: 1, response: 'PR', row: 1 }, { week: 4, response: 'CR', row: 2 }, { week: 8, response: 'PD', row: 3 }] }])[0].patient
 * // { bestResponse: 'CR', responseWk: 1, crWk: 4, lossWk: 8, followupWk: 12, lastAssessmentWk: 8, … }
 */
export function derivePatients(
  records: readonly VisitRecord[],
  options: DerivationOptions = {},
): Derivation[] {
  const confirmWk = options.confirmWk ?? null;
  if (confirmWk !== null && !(confirmWk >= 0 && Number.isFinite(confirmWk))) {
    throw new RangeError(`confirmWk must be a number of weeks ≥ 0, got ${confirmWk}`);
  }
  return records.map((record) => deriveOne(record, confirmWk, options.unit ?? 'weeks'));
}
