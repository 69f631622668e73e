/**
 * The cohort as a responder definition counts it: what a fitted scenario reads, so that simulated
 * studies count response as the analysis does.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { RESPONSE_GRADES } from '../../src/engine/cohort.ts';
import { dorObservations } from '../../src/engine/dorObservations.ts';
import { fitScenario } from '../../src/engine/montecarlo/fitScenario.ts';
import { scenarioTruth } from '../../src/engine/montecarlo/scenarioTruth.ts';
import { narrowToResponders } from '../../src/engine/narrowToResponders.ts';
import { ttrObservations } from '../../src/engine/ttrObservations.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { makeCohort } from '../helpers/makeCohort.ts';

const cohort = hlhCohort();

describe('narrowToResponders', () => {
  it('is the cohort itself under every grade', () => {
    expect(narrowToResponders(cohort, RESPONSE_GRADES)).toBe(cohort);
  });

  it('gives the same response, duration and time to response under the default definition as the definition does', () => {
    for (const responders of [['CR'], ['CR', 'PR']] as const) {
      const narrowed = narrowToResponders(cohort, responders);
      expect(analyze(narrowed).orr).toEqual(analyze(cohort, { responders }).orr);
      expect(dorObservations(narrowed.patients, RESPONSE_GRADES)).toEqual(
        dorObservations(cohort.patients, responders),
      );
      expect(ttrObservations(narrowed.patients, RESPONSE_GRADES)).toEqual(
        ttrObservations(cohort.patients, responders),
      );
    }
  });

  it('makes a left-out grade a non-responder, keeps NR and NE, and starts CR at complete remission', () => {
    const small = makeCohort([
      { id: 'a', bestResponse: 'PR', responseWk: 1, lossWk: 3, deathWk: 5, followupWk: 5 },
      { id: 'b', bestResponse: 'CR', responseWk: 1, crWk: 4, lossWk: 2, followupWk: 9 },
      { id: 'c', bestResponse: 'NE', followupWk: 2 },
    ]);
    const [a, b, c] = narrowToResponders(small, ['CR']).patients;
    expect(a).toMatchObject({ bestResponse: 'NR', responseWk: null, lossWk: null, deathWk: 5 });
    expect(b).toMatchObject({ bestResponse: 'CR', responseWk: 4, crWk: null, lossWk: null });
    expect(c).toBe(small.patients[2]);
  });

  it('fits a scenario that simulates what the analysis counts', () => {
    const fitted = fitScenario(narrowToResponders(cohort, ['CR']));
    const crOnly = fitted.scenario;
    expect(crOnly.response).toEqual({ cr: 2 / 18, pr: 0, imp: 0 });
    // the time to response is fitted to the onsets of the two complete remissions (visit intervals)
    const onsets = cohort.patients
      .filter((p) => p.bestResponse === 'CR')
      .map((p) => p.crWk ?? p.responseWk ?? NaN);
    const { observations } = fitted.ttr;
    expect(observations).toHaveLength(onsets.length);
    observations.forEach((o, i) => {
      expect(o.lower).toBeLessThan(onsets[i]);
      expect(o.upper).toBe(onsets[i]);
    });
    expect(scenarioTruth(crOnly).orr).toBeCloseTo(2 / 18, 12);
  });
});
