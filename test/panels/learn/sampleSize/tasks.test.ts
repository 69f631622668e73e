import { describe, expect, it } from 'vitest';
import { lessonTaskSize } from '../../../../src/engine/lessons/index.ts';
import { scenarioTruth } from '../../../../src/engine/montecarlo/scenarioTruth.ts';
import { fitScenario } from '../../../../src/engine/montecarlo/fitScenario.ts';
import { lessonScenario } from '../../../../src/panels/learn/lessonScenario.ts';
import { dorWidthTask } from '../../../../src/panels/learn/sampleSize/dorWidthTask.ts';
import { intervalBoundsTask } from '../../../../src/panels/learn/sampleSize/intervalBoundsTask.ts';
import { hlhCohort } from '../../../helpers/hlhCohort.ts';

const design = lessonScenario(fitScenario(hlhCohort()).scenario);

describe('intervalBoundsTask', () => {
  it('asks for the 95% intervals of one method at every n from 1 to nMax, one n per item', () => {
    const task = intervalBoundsTask('jeffreys', 150);
    expect(task).toMatchObject({ kind: 'interval-bounds', method: 'jeffreys', level: 0.95 });
    expect(task.ns[0]).toBe(1);
    expect(task.ns.at(-1)).toBe(150);
    expect(lessonTaskSize(task)).toBe(150);
  });
});

describe('dorWidthTask', () => {
  const options = { orr: 0.6, reps: 200, ns: [10, 18, 30], transform: 'log-log' as const };

  it('simulates reps studies at each size, one size per item, from a fixed seed', () => {
    const task = dorWidthTask(design, options);
    expect(task).toMatchObject({
      kind: 'dor-width',
      reps: 200,
      ns: [10, 18, 30],
      transform: 'log-log',
    });
    expect(task && lessonTaskSize(task)).toBe(3);
    expect(dorWidthTask(design, options)?.seed).toBe(task?.seed);
  });

  it('sets the fitted design’s true ORR to the assumed one and keeps its DOR', () => {
    const task = dorWidthTask(design, options);
    const { cr, pr, imp } = task!.scenario.response;
    expect(cr + pr + imp).toBeCloseTo(0.6, 12);
    expect(scenarioTruth(task!.scenario).dor_median).toBeCloseTo(
      scenarioTruth(design!).dor_median!,
      12,
    );
  });

  it('is null when the cohort gives no design to simulate', () => {
    expect(dorWidthTask(null, options)).toBeNull();
  });
});
