import { describe, expect, it } from 'vitest';
import { cutoffLanes } from '../../../../src/panels/learn/followup/cutoffLanes.ts';

const options = { cutoffWk: 10, horizonWk: 40 };

describe('cutoffLanes', () => {
  it('ends a response that is still going on at the cut-off with an arrow and draws the rest as unknown', () => {
    const { x, lanes } = cutoffLanes([{ start: 2, end: 30 }], options);
    const [lane] = lanes;
    expect(lane.seen).toEqual({ x1: x(2), x2: x(10) });
    expect(lane.marker).toEqual({
      kind: 'censored',
      d: `M${x(10) + 2},${lane.y - 5} l8,5 l-8,5 z`,
    });
    expect(lane.unknown).toEqual({ x1: x(10), x2: x(30) });
  });

  it('marks a response that ended before the cut-off with a diamond and draws nothing after it', () => {
    const { x, lanes } = cutoffLanes([{ start: 2, end: 6 }], options);
    const [lane] = lanes;
    expect(lane.seen).toEqual({ x1: x(2), x2: x(6) });
    expect(lane.marker).toEqual({ kind: 'event', d: `M${x(6)},${lane.y - 6} l6,6 l-6,6 l-6,-6 z` });
    expect(lane.unknown).toBeNull();
  });

  it('counts a response ending exactly at the cut-off as seen to end', () => {
    expect(cutoffLanes([{ start: 2, end: 10 }], options).lanes[0].marker?.kind).toBe('event');
  });

  it('draws a response that starts after the cut-off only as unknown', () => {
    const { x, lanes } = cutoffLanes([{ start: 12, end: 20 }], options);
    expect(lanes[0]).toMatchObject({ seen: null, marker: null, unknown: { x1: x(12), x2: x(20) } });
  });

  it('reaches 4 weeks past the cut-off and cuts the unknown part of longer responses at the horizon', () => {
    expect(cutoffLanes([], options).x.domain()).toEqual([0, 14]);
    const { x, lanes } = cutoffLanes([{ start: 2, end: 90 }], options);
    expect(lanes[0].unknown?.x2).toBe(x(40));
    expect(x.domain()[1]).toBeGreaterThanOrEqual(40);
  });

  it('stacks the lanes from the top and draws the cut-off line over the whole height', () => {
    const geometry = cutoffLanes(
      [
        { start: 1, end: 5 },
        { start: 3, end: 20 },
      ],
      options,
    );
    expect(geometry.lanes.map((l) => l.y)).toEqual([
      geometry.innerHeight / 4,
      (geometry.innerHeight * 3) / 4,
    ]);
    expect(geometry.cutoffX).toBe(geometry.x(10));
    expect(geometry.innerHeight).toBe(300 - 14 - 50);
  });
});
