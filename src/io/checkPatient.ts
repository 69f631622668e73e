import { isResponseGrade, type Patient } from '../engine/cohort.ts';
import { showTime } from '../engine/showTime.ts';
import type { TimeUnit } from '../engine/timeUnit.ts';
import type { IssueList } from './IssueList.ts';

/** How to check a patient. */
export interface CheckOptions {
  /** Whether the response columns are present; without them each responder is not warned about again. */
  responseColumn: boolean;
  /** The unit each time column was given in (`timeUnitOf`), to name times as the file has them; weeks by default. */
  unitOf?: (column: string) => TimeUnit;
}

/**
 * Checks the times of one patient against each other: NR/NE have no `response_wk`; `cr_wk` only
 * for CR and not before the response; a loss only after a response; no event after
 * `followup_wk`; the last assessment not before the response; `sae_wk` only when `sae_related`
 * is not 0; `fever_resolved_wk` only when
 * `fever_baseline` is not 0. Adds an issue per broken rule, and warnings for records that are
 * usable but incomplete or implausible (a responder without `response_wk`, whose time-to-event
 * endpoints cannot be computed; events after death; a halved dose of 0 mg).
 * Example: `checkPatient(patient, 3, { responseColumn: true }, issues, warnings)`.
 */
export function checkPatient(
  p: Patient,
  row: number,
  options: CheckOptions,
  issues: IssueList,
  warnings: IssueList,
): void {
  const responder = isResponseGrade(p.bestResponse);
  const code = p.bestResponse;
  const add = (column: string, value: number | null, message: string): void =>
    issues.add(row, column, value === null ? null : String(value), message);
  /** A time of another column, named with its value as the file gives it: `followup_wk (day 44)`. */
  const named = (column: string, weeks: number): string =>
    `${column} (${showTime(weeks, options.unitOf?.(column))})`;

  if (responder && p.responseWk === null && options.responseColumn) {
    warnings.add(
      row,
      'response_wk',
      null,
      `is empty but best_response is ${code}; response rates are computed, but duration of response and time to response are not without the week of first response`,
    );
  }
  /** A time that cannot come before the first response. */
  const notBeforeResponse = (column: string, value: number, why: string): void => {
    if (p.responseWk !== null && value < p.responseWk)
      add(column, value, `is before ${named('response_wk', p.responseWk)}; ${why}`);
  };
  // The times that only some best responses have, and (but the first) not before the response.
  const responseTimes: [string, number | null, boolean, string, string | null][] = [
    [
      'response_wk',
      p.responseWk,
      responder,
      'only CR, PR and IMP have a response time (leave it blank or correct best_response)',
      null,
    ],
    [
      'cr_wk',
      p.crWk,
      code === 'CR',
      'only CR has a time of complete remission',
      'complete remission cannot precede the first response',
    ],
    [
      'loss_wk',
      p.lossWk,
      responder,
      'a response can only be lost after one',
      'a response can only be lost after it began',
    ],
  ];
  for (const [column, value, allowed, onlyFor, notBefore] of responseTimes) {
    if (value === null) continue;
    if (!allowed) add(column, value, `is given but best_response is ${code}; ${onlyFor}`);
    else if (notBefore) notBeforeResponse(column, value, notBefore);
  }
  const f = p.followupWk;
  const afterFollowup = (column: string, value: number | null): void => {
    if (value !== null && value > f) {
      add(
        column,
        value,
        `is after ${named('followup_wk', f)}; no time may exceed the last follow-up`,
      );
    }
  };
  afterFollowup('response_wk', p.responseWk);
  afterFollowup('cr_wk', p.crWk);
  afterFollowup('loss_wk', p.lossWk);
  afterFollowup('death_wk', p.deathWk);
  afterFollowup('gc_halved_wk', p.gcHalvedWk);
  afterFollowup('fever_resolved_wk', p.feverResolvedWk);
  afterFollowup('sae_wk', p.saeWk ?? null);
  if ((p.saeWk ?? null) !== null && p.saeRelated === false) {
    add(
      'sae_wk',
      p.saeWk!,
      'is given but sae_related is 0; give the week of a drug-related serious adverse event only when sae_related is 1',
    );
  }
  const assessed = p.lastAssessmentWk ?? null;
  afterFollowup('last_assessment_wk', assessed);
  if (assessed !== null)
    notBeforeResponse('last_assessment_wk', assessed, 'a response is assessed from its start on');
  if (p.feverResolvedWk !== null && p.feverBaseline === false) {
    add(
      'fever_resolved_wk',
      p.feverResolvedWk,
      'is given but fever_baseline is 0; only a patient febrile at baseline can have fever resolve',
    );
  }
  const death = p.deathWk;
  if (death !== null) {
    const afterDeath: [string, number | null][] = [
      ['response_wk', p.responseWk],
      ['cr_wk', p.crWk],
      ['loss_wk', p.lossWk],
    ];
    for (const [column, value] of afterDeath) {
      if (value !== null && value > death) {
        warnings.add(
          row,
          column,
          String(value),
          `is after ${named('death_wk', death)}; check the record`,
        );
      }
    }
  }
  if (p.gcHalvedWk !== null && p.gcBaselineMg === 0) {
    warnings.add(
      row,
      'gc_halved_wk',
      String(p.gcHalvedWk),
      'is given but gc_baseline_mg is 0; a zero dose cannot be halved',
    );
  }
}
