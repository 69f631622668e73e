import { describe, expect, it } from 'vitest';
import { danceCounts } from '../../../../src/panels/learn/dance/danceCounts.ts';
import { dorMisses } from '../../../../src/panels/learn/dance/dorMisses.ts';
import { orrMisses } from '../../../../src/panels/learn/dance/orrMisses.ts';
import { noResponders, study } from './study.ts';

const truth = { orr: 0.83, dor_median: 3.4 };

describe('orrMisses', () => {
  it('misses a truth above or below the interval, not one inside it or on a bound', () => {
    expect(orrMisses(study({ orrInterval: [0.4, 0.7] }), 0.83)).toBe(true);
    expect(orrMisses(study({ orrInterval: [0.9, 1] }), 0.83)).toBe(true);
    expect(orrMisses(study({ orrInterval: [0.59, 0.96] }), 0.83)).toBe(false);
    expect(orrMisses(study({ orrInterval: [0.4, 0.83] }), 0.83)).toBe(false);
  });

  it('does not count a study without an interval as a miss', () => {
    expect(orrMisses(study({ n: 0, orr: null, orrInterval: null }), 0.83)).toBe(false);
  });
});

describe('dorMisses', () => {
  it('misses a true median below the lower limit or above the upper limit', () => {
    expect(dorMisses(study({ dorLower: 5, dorUpper: 9 }), 3.4)).toBe(true);
    expect(dorMisses(study({ dorLower: 1, dorUpper: 3 }), 3.4)).toBe(true);
    expect(dorMisses(study(), 3.4)).toBe(false);
  });

  it('reads an open upper limit as reaching any true median above the lower one', () => {
    expect(dorMisses(study({ dorUpper: null }), 52)).toBe(false);
    expect(dorMisses(study({ dorLower: 6, dorUpper: null }), 3.4)).toBe(true);
  });

  it('counts a study whose median was not reached but whose interval has no bounds as a miss', () => {
    const noEventSeen = study({ dorMedian: null, dorLower: null, dorUpper: null, dorEvents: 0 });
    expect(dorMisses(noEventSeen, 3.4)).toBe(true);
  });

  it('does not count a study without responders as a miss', () => {
    expect(dorMisses(noResponders, 3.4)).toBe(false);
  });

  it('does not count a median not reached whose known lower limit is below the truth', () => {
    expect(dorMisses(study({ dorMedian: null, dorLower: 2, dorUpper: null }), 3.4)).toBe(false);
  });
});

describe('danceCounts', () => {
  it('counts nothing before any study is drawn', () => {
    expect(danceCounts([], truth)).toEqual({
      orrMissed: 0,
      dorMissed: 0,
      medianNotReached: 0,
      upperNotReached: 0,
    });
  });

  it('counts the misses and the medians and upper limits not reached over every study', () => {
    const studies = [
      study(),
      study({ orrInterval: [0.3, 0.6], dorLower: 4 }),
      study({ dorUpper: null }),
      study({ dorMedian: null, dorLower: 2, dorUpper: null }),
      study({ dorMedian: null, dorLower: null, dorUpper: null, dorEvents: 0 }),
      noResponders,
    ];
    expect(danceCounts(studies, truth)).toEqual({
      orrMissed: 2, // the second, and nobody responding (0% to 19%)
      dorMissed: 2, // the second (4 to 8), and the one with no response seen to end
      medianNotReached: 3,
      upperNotReached: 1,
    });
  });

  it('counts a study whose median was not reached but whose interval has no bounds as a miss', () => {
    const noEventSeen = study({ dorMedian: null, dorLower: null, dorUpper: null, dorEvents: 0 });
    expect(danceCounts([noEventSeen], truth)).toMatchObject({ dorMissed: 1, medianNotReached: 1 });
  });
});
