import { describe, expect, it } from 'vitest';
import { binomialDistribution, coverageAt, powerByN } from '../../../src/engine/lessons/index.ts';
import { coverageByMethod } from '../../../src/panels/learn/coverage/coverageByMethod.ts';
import { coverageGeometry } from '../../../src/panels/learn/coverage/coverageGeometry.ts';
import { COVERAGE_GRID } from '../../../src/panels/learn/coverage/coverageGrid.ts';
import { intervalRows } from '../../../src/panels/learn/coverage/intervalRows.ts';
import { intervalRowsGeometry } from '../../../src/panels/learn/coverage/intervalRowsGeometry.ts';
import { dorIntervalRows } from '../../../src/panels/learn/dance/dorIntervalRows.ts';
import { orrIntervalRows } from '../../../src/panels/learn/dance/orrIntervalRows.ts';
import { cutoffCurves } from '../../../src/panels/learn/followup/cutoffCurves.ts';
import { cutoffLanes } from '../../../src/panels/learn/followup/cutoffLanes.ts';
import { notReachedCurve } from '../../../src/panels/learn/followup/notReachedCurve.ts';
import { responseLanes } from '../../../src/panels/learn/followup/responseLanes.ts';
import {
  LESSON_MIN_WIDTH,
  LESSON_WIDTH,
  lessonBox,
  lessonTicks,
  lessonWidth,
  type LessonBox,
} from '../../../src/panels/learn/lessonBox.ts';
import { dorGeometry } from '../../../src/panels/learn/sampleSize/dorGeometry.ts';
import { powerGeometry } from '../../../src/panels/learn/sampleSize/powerGeometry.ts';
import { widthGeometry } from '../../../src/panels/learn/sampleSize/widthGeometry.ts';
import { dotStrip } from '../../../src/panels/learn/swimmers/dotStrip.ts';
import { resampleLanes } from '../../../src/panels/learn/swimmers/resampleLanes.ts';
import { RESPONSE_GRADES } from '../../../src/engine/cohort.ts';
import { smallStudy } from '../../helpers/smallStudy.ts';
import { noResponders, study } from './dance/study.ts';
import { row } from './followup/rows.ts';
import { died, lost, ongoing } from './swimmers/patients.ts';

/** A phone's lesson column: 390 px less the page's padding. */
const NARROW = 350;

/** The chart is as wide as the column, and every x given lies in its plotting area. */
function expectInside(
  name: string,
  box: Pick<LessonBox, 'width' | 'margin'>,
  xs: readonly (number | null)[],
) {
  const inner = box.width - box.margin.left - box.margin.right;
  expect(box.width, name).toBe(NARROW);
  expect(box.margin.left, name).toBeGreaterThanOrEqual(0);
  expect(box.margin.right, name).toBeGreaterThanOrEqual(0);
  expect(inner, name).toBeGreaterThan(NARROW / 2);
  for (const x of xs) {
    if (x === null) continue;
    expect(x, `${name}: ${x}`).toBeGreaterThanOrEqual(0);
    expect(x, `${name}: ${x}`).toBeLessThanOrEqual(inner + 1e-9);
  }
}

describe('lesson charts laid out for a 350-pixel column', () => {
  it('take the column’s width between the narrowest and the full lesson width', () => {
    expect(lessonWidth(350.7)).toBe(350);
    expect(lessonWidth(2000)).toBe(LESSON_WIDTH);
    expect(lessonWidth(100)).toBe(LESSON_MIN_WIDTH);
    expect(lessonWidth(Number.NaN)).toBe(LESSON_WIDTH);
    expect(lessonBox(300)).toEqual(lessonBox(300, {}, LESSON_WIDTH));
    expect(lessonBox(300, {}, NARROW).innerWidth).toBe(NARROW - 64 - 20);
  });

  it('ask for fewer x ticks when narrow, as many at full width', () => {
    expect(lessonTicks(8, LESSON_WIDTH)).toBe(8);
    expect(lessonTicks(8, NARROW)).toBe(4);
    expect(lessonTicks(2, NARROW)).toBe(2);
  });

  it('keep curves, bars, lanes, dots and labels inside the box', () => {
    const coverage = coverageGeometry(
      coverageByMethod(
        [...COVERAGE_GRID, 15 / 18].map((p) => coverageAt(18, p)),
        COVERAGE_GRID,
      ),
      ['wald', 'wilson'],
      { level: 0.95, pHat: 15 / 18, width: NARROW },
    );
    expectInside('coverage', coverage.frame, [coverage.observed.x, coverage.observed.labelX]);

    const studies = [
      study(),
      study({ orr: 10 / 18, orrInterval: [0.31, 0.78], dorLower: 5, dorMedian: 7, dorUpper: 9 }),
      study({ dorUpper: null }),
      study({ dorMedian: null, dorUpper: null }),
      noResponders,
    ];
    for (const chart of [
      orrIntervalRows(studies, 0.83, NARROW),
      dorIntervalRows(studies, 3.4, NARROW),
    ])
      expectInside('dance', chart.frame, [
        chart.truth.x,
        ...chart.rows.flatMap((r) => [
          r.line?.x1 ?? null,
          r.line?.x2 ?? null,
          r.dot,
          r.label?.x ?? null,
        ]),
      ]);

    const rows = [0, 8, 16, 24].map((followupWk) =>
      row({ followupWk, notReached: 0.3, middle: 6, low: 3, high: 9, naive: 4 }),
    );
    const curves = cutoffCurves(rows, { truthWk: 6, longestWk: 24, followupWk: 8, width: NARROW });
    expectInside('cut-off curves', curves.frame, [curves.cutoffX]);
    const notReached = notReachedCurve(rows, { longestWk: 24, followupWk: 8, width: NARROW });
    expectInside('not reached', notReached.frame, [notReached.cutoffX]);
    const lanes = cutoffLanes(responseLanes(smallStudy, { seed: 'followup-1' }), {
      cutoffWk: 34,
      horizonWk: 60,
      width: NARROW,
    });
    expectInside('cut-off lanes', lanes.frame, [
      lanes.cutoffX,
      ...lanes.lanes.flatMap((l) => [
        l.seen?.x1 ?? null,
        l.seen?.x2 ?? null,
        l.unknown?.x2 ?? null,
      ]),
    ]);

    const power = powerGeometry(powerByN(1, 100, { p0: 0.6, p1: 0.83 }), {
      nMax: 100,
      target: 0.8,
      cohortN: 18,
      width: NARROW,
    });
    expectInside(
      'power',
      power.frame,
      power.points.map((p) => p.x),
    );
    const widths = binomialDistribution(149, 0.5).map((_, i) => 1 / Math.sqrt(i + 1));
    const precision = widthGeometry(widths, {
      nMax: 150,
      half: 0.1,
      enough: 61,
      cohortN: 18,
      width: NARROW,
    });
    expectInside('precision', precision.frame, [precision.enoughX, precision.cohort?.x ?? null]);
    const dor = dorGeometry(
      [
        { n: 10, width: 7, open: 0.5 },
        { n: 130, width: 3, open: 0 },
      ],
      NARROW,
    );
    expectInside(
      'median DOR',
      dor.frame,
      dor.points.map((p) => p.x),
    );

    const strip = dotStrip([0.2, 0.5, 1], { xMax: 1, tallest: 2, observed: 0.5, width: NARROW });
    expectInside('dot strip', strip.frame, [...strip.dots.map((d) => d.cx), strip.observed]);
    const swimmer = resampleLanes([lost, ongoing, died], [2, 1, 0], {
      responders: [...RESPONSE_GRADES],
      width: NARROW,
    });
    expectInside(
      'resample lanes',
      swimmer.frame,
      swimmer.lanes.map((l) => l.labelX - 6),
    );
  });

  it('put the interval chart’s names and widths above full-width bars, inside the box', () => {
    const g = intervalRowsGeometry(intervalRows(15, 18, 0.95, null), 15 / 18, NARROW);
    expectInside(
      'intervals',
      g.frame,
      g.bars.flatMap((b) => [b.x1, b.x2, b.name.x, b.size.x]),
    );
    for (const bar of g.bars) {
      expect(bar.name).toMatchObject({ x: 0, anchor: 'start' });
      expect(bar.size).toMatchObject({ x: g.frame.innerWidth, anchor: 'end', y: bar.name.y });
      // The text line sits above its bar, inside the plotting area.
      expect(bar.name.y).toBeLessThan(bar.y - 8);
      expect(bar.name.y - 8).toBeGreaterThanOrEqual(0);
    }
    const wide = intervalRowsGeometry(intervalRows(15, 18, 0.95, null), 15 / 18);
    expect(wide.bars[0].name).toEqual({ x: -8, y: wide.bars[0].y, anchor: 'end' });
  });
});
