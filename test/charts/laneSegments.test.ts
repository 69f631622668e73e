import { describe, expect, it } from 'vitest';
import { laneCourse } from '../../src/charts/swimmer/laneCourse';
import { laneSegments } from '../../src/charts/swimmer/laneSegments';
import { RESPONSE_GRADES } from '../../src/engine/cohort';
import { sixPatients } from './sixPatients';

const x = (week: number) => 10 * week;

describe('laneSegments', () => {
  it('draws before response, in response and after its end, from week 0 to last follow-up', () => {
    expect(laneSegments({ onsetWk: 1, endWk: 3, followupWk: 8 }, x)).toEqual([
      { state: 'before', x0: 0, x1: 10 },
      { state: 'response', x0: 10, x1: 30 },
      { state: 'after', x0: 30, x1: 80 },
    ]);
  });

  it('leaves out the stretches that come out empty on the plot', () => {
    expect(laneSegments({ onsetWk: 0, endWk: 8, followupWk: 8 }, x)).toEqual([
      { state: 'response', x0: 0, x1: 80 },
    ]);
    const rounded = (week: number) => Math.round(week);
    expect(laneSegments({ onsetWk: 1, endWk: 1.2, followupWk: 4 }, rounded)).toEqual([
      { state: 'before', x0: 0, x1: 1 },
      { state: 'after', x0: 1, x1: 4 },
    ]);
  });

  it('draws one stretch before response for a patient who never responded, even an empty one', () => {
    expect(laneSegments({ onsetWk: null, endWk: 5, followupWk: 5 }, x)).toEqual([
      { state: 'before', x0: 0, x1: 50 },
    ]);
    expect(laneSegments({ onsetWk: null, endWk: 0, followupWk: 0 }, x)).toEqual([
      { state: 'before', x0: 0, x1: 0 },
    ]);
  });
});

describe('laneCourse', () => {
  const [p01, p02, p03, p04, p10] = sixPatients.patients;

  it('runs a response from the first response to the loss, or to last follow-up', () => {
    expect(laneCourse(p03, RESPONSE_GRADES)).toEqual({
      onsetWk: 1,
      endWk: 3,
      followupWk: 8,
      ongoing: false,
    });
    expect(laneCourse(p01, RESPONSE_GRADES)).toMatchObject({
      onsetWk: 1,
      endWk: 12,
      ongoing: true,
    });
  });

  it('calls a response ongoing only when the patient neither lost it nor died', () => {
    expect(laneCourse(p04, RESPONSE_GRADES)).toMatchObject({
      onsetWk: 4,
      endWk: 7,
      ongoing: false,
    });
  });

  it('gives no onset to a non-responder or to a code outside the responder definition', () => {
    expect(laneCourse(p10, RESPONSE_GRADES)).toMatchObject({ onsetWk: null, ongoing: false });
    expect(laneCourse(p02, ['PR'])).toMatchObject({ onsetWk: null, ongoing: false });
  });
});
