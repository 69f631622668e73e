import { describe, expect, it } from 'vitest';
import { resampleLanes } from '../../../../src/panels/learn/swimmers/resampleLanes.ts';
import { died, lost, ongoing } from './patients.ts';
import { RESPONSE_GRADES } from '../../../../src/engine/cohort.ts';

const patients = [lost, ongoing, died];
const lanesOf = (counts: number[]) =>
  resampleLanes(patients, counts, { responders: RESPONSE_GRADES }).lanes;

describe('resampleLanes', () => {
  it('fades a patient drawn zero times, dashes the lane and labels it "left out"', () => {
    const [lane] = lanesOf([0, 1, 1]);
    expect(lane).toMatchObject({ opacity: 0.25, thickness: 6, label: 'left out' });
    expect(lane.segments[0].dash).toBe('3 3');
    expect(lane.segments.slice(1).every((s) => s.dash === undefined)).toBe(true);
  });

  it('draws a patient drawn three times thick and labels it ×3', () => {
    const lane = lanesOf([1, 3, 1])[1];
    expect(lane).toMatchObject({ id: 'ON', opacity: 1, thickness: 10, label: '×3' });
    expect(lane.segments[0].dash).toBeUndefined();
  });

  it('leaves a patient drawn once unlabelled', () => {
    expect(lanesOf([1, 1, 1])[2]).toMatchObject({ opacity: 1, thickness: 6, label: '' });
  });

  it('draws before response, in response and after the loss from the start to last follow-up', () => {
    const geometry = resampleLanes(patients, [1, 1, 1], { responders: RESPONSE_GRADES });
    const { x } = geometry.frame;
    expect(geometry.lanes[0].segments).toEqual([
      { state: 'before', x0: x(0), x1: x(10) },
      { state: 'response', x0: x(1), x1: x(4) },
      { state: 'after', x0: x(4), x1: x(10) },
    ]);
    expect(geometry.lanes[0].labelX).toBe(x(10) + 6);
  });

  it('draws a response still going on to last follow-up with nothing after it', () => {
    const {
      frame: { x },
      lanes,
    } = resampleLanes(patients, [1, 1, 1], { responders: RESPONSE_GRADES });
    expect(lanes[1].segments.map((s) => [s.state, s.x0, s.x1])).toEqual([
      ['before', x(0), x(8)],
      ['response', x(2), x(8)],
    ]);
  });

  it('puts the death symbol on the death and none for a patient alive at last follow-up', () => {
    const {
      frame: { x },
      lanes,
    } = resampleLanes(patients, [1, 1, 1], { responders: RESPONSE_GRADES });
    expect(lanes[2].segments.map((s) => s.state)).toEqual(['before']);
    expect(lanes[2].death).toEqual({ x: x(5), y: lanes[2].y, r: 6 });
    expect(lanes[0].death).toBeNull();
  });

  it('draws at most 40 lanes however large the cohort, and says how many', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ ...ongoing, id: `P${i}` }));
    const g = resampleLanes(many, new Array(500).fill(1), { responders: RESPONSE_GRADES });
    expect(g.lanes).toHaveLength(40);
    expect([g.shown, g.total]).toEqual([40, 500]);
    expect(g.frame.height).toBeLessThan(800);
  });

  it('gives every patient an 18 px lane in cohort order and an axis to the longest follow-up', () => {
    const geometry = resampleLanes(patients, [1, 1, 1], { responders: RESPONSE_GRADES });
    expect(geometry.lanes.map((l) => [l.id, l.y])).toEqual([
      ['LOST', 9],
      ['ON', 27],
      ['DIED', 45],
    ]);
    expect(geometry.frame.height).toBe(10 + 46 + 3 * 18);
    expect(geometry.frame.x.domain()).toEqual([0, 10]);
  });

  it('keeps a one-lane frame for a cohort without patients', () => {
    const geometry = resampleLanes([], [], { responders: RESPONSE_GRADES });
    expect(geometry.lanes).toEqual([]);
    expect(geometry.frame.height).toBe(10 + 46 + 18);
  });
});
