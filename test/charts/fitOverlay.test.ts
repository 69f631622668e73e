import { describe, expect, it } from 'vitest';
import KmPlot from '../../src/charts/km/KmPlot.svelte';
import { fitCurves, FIT_STYLES } from '../../src/charts/km/fitCurves';
import { kmGeometry } from '../../src/charts/km/geometry';
import { kaplanMeier } from '../../src/engine/kaplanMeier';
import { kmBand } from '../../src/engine/kmBand';
import { kmMedian } from '../../src/engine/kmMedian';
import type { TimeModel } from '../../src/engine/models/timeModel';
import { renderSvg } from './render';

/** The built-in cohort's durations of response as fitted: losses at visits, the rest censored. */
const observations = [
  ...Array.from({ length: 8 }, () => [1, true] as const),
  [2, true],
  [3, false],
  [5, true],
  [31, false],
  [15, false],
  [10, false],
  [5, false],
].map(([time, event]) => ({ time: time as number, event: event as boolean }));

const fits: { label: string; model: TimeModel; chosen?: boolean }[] = [
  {
    label: 'Mixture (log-logistic)',
    model: {
      distribution: 'mixture',
      durable: 0.27,
      rest: { distribution: 'loglogistic', median: 1.2, shape: 3.5 },
    },
    chosen: true,
  },
  { label: 'Weibull', model: { distribution: 'weibull', median: 3.6, shape: 0.63 } },
  { label: 'Piecewise', model: { distribution: 'piecewise', breaks: [1], rates: [0.76, 0.04] } },
  {
    label: 'Kaplan–Meier, exponential tail',
    model: {
      distribution: 'km',
      times: [1, 2, 5],
      survival: [0.467, 0.4, 0.32],
      tail_from_wk: 31,
      tail_rate: 0.03,
    },
  },
];

describe('fitCurves', () => {
  const curve = kaplanMeier(observations);
  const { frame } = kmGeometry(curve, kmBand(curve, { transform: 'log' }), kmMedian(curve), {
    width: 640,
  });
  const { x, y } = frame;
  const paths = fitCurves(frame, fits);
  /** The points of a path, in plot coordinates. */
  const points = (path: string) =>
    [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

  it('draws each fit from S(0) = 1 to the end of the x axis', () => {
    for (const fit of paths) {
      const p = points(fit.path);
      expect(p[0], fit.label).toEqual([0, y(1)]);
      expect(p.at(-1)![0], fit.label).toBeCloseTo(x(x.domain()[1]), 1);
    }
  });

  it('puts the Weibull at one half at its median, and the mixture’s plateau above its durable share', () => {
    const weibull = points(paths[1].path);
    const near = weibull.reduce((a, b) =>
      Math.abs(b[0] - x(3.6)) < Math.abs(a[0] - x(3.6)) ? b : a,
    );
    expect(y.invert(near[1])).toBeCloseTo(0.5, 1);
    const mixtureEnd = points(paths[0].path).at(-1)!;
    expect(y.invert(mixtureEnd[1])).toBeGreaterThan(0.269);
    expect(y.invert(mixtureEnd[1])).toBeLessThan(0.28);
  });

  it('gives each fit its own colour and dash, the chosen one thicker', () => {
    expect(paths.map((f) => [f.color, f.dash])).toEqual(
      FIT_STYLES.slice(0, 4).map((s) => [s.color, s.dash]),
    );
    expect(paths.map((f) => f.width)).toEqual([3, 1.75, 1.75, 1.75]);
  });
});

describe('KmPlot with fitted curves (server-rendered SVG)', () => {
  it('draws the fits over the Kaplan–Meier curve and its band', async () => {
    const curve = kaplanMeier(observations);
    const svg = renderSvg(KmPlot, {
      curve,
      transform: 'log',
      level: 0.95,
      median: kmMedian(curve, { transform: 'log', level: 0.95 }),
      fits,
      title: 'Duration of response: fitted models',
      xLabel: 'Weeks since first response',
    });
    expect(svg).toContain('role="img"');
    expect(svg.match(/data-fit=/g)).toHaveLength(4);
    expect(svg).toContain('Fitted: Mixture (log-logistic), Weibull, Piecewise');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/fit-overlay.svg');
  });
});
