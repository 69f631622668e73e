import { describe, expect, it } from 'vitest';
import { cutoffLanes } from '../../../../src/panels/learn/followup/cutoffLanes.ts';

const options = { cutoffWk: 10, horizonWk: 40 };

describe('cutoffLanes', () => {
  it('ends a response that is still going on at the cut-off with an arrow and draws the rest as unknown', () => {
    const {
      frame: { x },
      lanes,
    } = cutoffLanes([{ start: 2, end: 30 }], options);
    const [lane] = lanes;
    expect(lane.seen).toEqual({ x1: x(2), x2: x(10) });
    expect(lane.marker).toEqual({ kind: 'ongoing', x: x(10) + 7, y: lane.y, r: 6 });
    expect(lane.unknown).toEqual({ x1: x(10), x2: x(30) });
  });

  it('marks a response that ended before the cut-off with the loss symbol and draws nothing after it', () => {
    const {
      frame: { x },
      lanes,
    } = cutoffLanes([{ start: 2, end: 6 }], options);
    const [lane] = lanes;
    expect(lane.seen).toEqual({ x1: x(2), x2: x(6) });
    expect(lane.marker).toEqual({ kind: 'loss', x: x(6), y: lane.y, r: 6 });
    expect(lane.unknown).toBeNull();
  });

  it('counts a response ending exactly at the cut-off as seen to end', () => {
    expect(cutoffLanes([{ start: 2, end: 10 }], options).lanes[0].marker?.kind).toBe('loss');
  });

  it('draws a response that starts after the cut-off only as unknown', () => {
    const {
      frame: { x },
      lanes,
    } = cutoffLanes([{ start: 12, end: 20 }], options);
    expect(lanes[0]).toMatchObject({ seen: null, marker: null, unknown: { x1: x(12), x2: x(20) } });
  });

  it('keeps each symbol inside its lane when there are many responses', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ start: i / 10, end: 5 + (i % 9) }));
    const { lanes } = cutoffLanes(many, options);
    const band = Math.abs(lanes[1].y - lanes[0].y);
    for (const lane of lanes) expect(lane.marker!.r).toBeLessThanOrEqual(band / 2);
  });

  it('reaches 4 weeks past the cut-off and cuts the unknown part of longer responses at the horizon', () => {
    expect(cutoffLanes([], options).frame.x.domain()).toEqual([0, 14]);
    const {
      frame: { x },
      lanes,
    } = cutoffLanes([{ start: 2, end: 90 }], options);
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
      geometry.frame.innerHeight / 4,
      (geometry.frame.innerHeight * 3) / 4,
    ]);
    expect(geometry.cutoffX).toBe(geometry.frame.x(10));
    expect(geometry.frame.innerHeight).toBe(300 - 14 - 50);
  });
});
