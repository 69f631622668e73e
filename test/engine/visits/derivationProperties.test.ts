import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { blankPatient } from '../../../src/engine/blankPatient.ts';
import type { Cohort, Patient } from '../../../src/engine/cohort.ts';
import { dorObservations } from '../../../src/engine/dorObservations.ts';
import {
  VISIT_RESPONSES,
  derivePatients,
  patientVisits,
  visitRank,
  type VisitRecord,
} from '../../../src/engine/visits/index.ts';

const runs = { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 20251203 };

/** Visit records on a weekly grid: distinct weeks, any responses, optional death after the last visit. */
const visitRecord: fc.Arbitrary<VisitRecord> = fc
  .record({
    weeks: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 10 }),
    responses: fc.array(fc.constantFrom(...VISIT_RESPONSES), { minLength: 10, maxLength: 10 }),
    death: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    extraFollowup: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  })
  .map(({ weeks, responses, death, extraFollowup }) => {
    const last = weeks.length > 0 ? Math.max(...weeks) : 0;
    const deathWk = death === null ? null : last + death;
    return {
      id: 'P',
      assessments: weeks.map((week, i) => ({ week, response: responses[i], row: i + 1 })),
      deathWk,
      followupWk: extraFollowup === null ? null : Math.max(last, deathWk ?? 0) + extraFollowup,
    };
  });

/** Valid patient-level records whose response, CR and loss fall in different whole weeks. */
const patient: fc.Arbitrary<Patient> = fc
  .record({
    code: fc.constantFrom(
      'CR' as const,
      'PR' as const,
      'IMP' as const,
      'NR' as const,
      'NE' as const,
    ),
    response: fc.integer({ min: 0, max: 10 }),
    crGap: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    lossGap: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
    deathGap: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    followupGap: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ code, response, crGap, lossGap, deathGap, followupGap }) => {
    const responder = code === 'CR' || code === 'PR' || code === 'IMP';
    const responseWk = responder ? response : null;
    const crWk = code === 'CR' && crGap !== null ? response + crGap : null;
    const lossWk = responder && lossGap !== null ? (crWk ?? response) + lossGap : null;
    const last = Math.max(response, crWk ?? 0, lossWk ?? 0);
    const deathWk = deathGap === null ? null : last + deathGap;
    return blankPatient({
      id: 'P',
      bestResponse: code,
      responseWk,
      crWk,
      lossWk,
      deathWk,
      followupWk: (deathWk ?? last) + followupGap,
    });
  });

const cohortOf = (patients: Patient[]): Cohort => ({
  name: 'c',
  source: 's',
  patients: patients.map((p, i) => ({ ...p, id: `P${i + 1}` })),
  columns: ['cr_wk', 'loss_wk', 'death_wk'],
});

describe('derivePatients properties', () => {
  it('never gives a negative duration of response', () => {
    fc.assert(
      fc.property(fc.array(visitRecord, { minLength: 1, maxLength: 6 }), (records) => {
        const patients = derivePatients(records).map((d) => d.patient);
        for (const { time } of dorObservations(patients, ['CR', 'PR', 'IMP'])) {
          expect(time).toBeGreaterThanOrEqual(0);
        }
      }),
      runs,
    );
  });

  it('gives the best assessment before the first progression, at its first week', () => {
    fc.assert(
      fc.property(visitRecord, (record) => {
        const [d] = derivePatients([record]);
        const sorted = [...record.assessments].sort((a, b) => a.week - b.week);
        const firstPd = sorted.findIndex((a) => a.response === 'PD');
        const before = (firstPd < 0 ? sorted : sorted.slice(0, firstPd)).filter(
          (a) => a.response !== 'NE',
        );
        if (before.length === 0) {
          expect(d.best).toBe(firstPd >= 0 ? 'PD' : sorted.length > 0 ? 'NE' : null);
          return;
        }
        const top = Math.max(...before.map((a) => visitRank(a.response)));
        expect(visitRank(d.best!)).toBe(top);
        const responders = before.filter((a) => visitRank(a.response) >= visitRank('IMP'));
        expect(d.patient.responseWk).toBe(responders[0]?.week ?? null);
        if (d.patient.lossWk !== null) {
          expect(d.patient.lossWk).toBe(sorted[firstPd].week);
          expect(d.patient.lossWk).toBeGreaterThan(d.patient.responseWk!);
        }
      }),
      runs,
    );
  });

  it('with confirmation never finds more response than without it', () => {
    fc.assert(
      fc.property(visitRecord, fc.integer({ min: 0, max: 8 }), (record, k) => {
        const [plain] = derivePatients([record]);
        const [confirmed] = derivePatients([record], { confirmWk: k });
        expect(visitRank(confirmed.best ?? 'NE')).toBeLessThanOrEqual(
          visitRank(plain.best ?? 'NE'),
        );
        if (confirmed.patient.responseWk !== null) {
          expect(confirmed.patient.responseWk).toBeGreaterThanOrEqual(plain.patient.responseWk!);
        }
      }),
      runs,
    );
  });

  it('round-trips patient level → visits → patient level with the same report', () => {
    fc.assert(
      fc.property(fc.array(patient, { minLength: 1, maxLength: 12 }), (patients) => {
        const original = cohortOf(patients);
        const derived = derivePatients(original.patients.map(patientVisits));
        const again: Cohort = { ...original, patients: derived.map((d) => d.patient) };
        expect(analyze(again)).toEqual(analyze(original));
        expect(analyze(again, { responders: ['CR'] })).toEqual(
          analyze(original, { responders: ['CR'] }),
        );
        for (const [i, d] of derived.entries()) {
          const p = original.patients[i];
          expect([d.patient.bestResponse, d.patient.responseWk, d.patient.lossWk]).toEqual([
            p.bestResponse,
            p.responseWk,
            p.lossWk,
          ]);
        }
      }),
      runs,
    );
  });
});
