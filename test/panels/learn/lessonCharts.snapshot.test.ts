import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import {
  betaDensity,
  betaPosterior,
  binomialDistribution,
  coverageAt,
  unitGrid,
} from '../../../src/engine/lessons/index.ts';
import ConvincedChart from '../../../src/panels/learn/bayes/ConvincedChart.svelte';
import { convincedBins } from '../../../src/panels/learn/bayes/convincedBins.ts';
import DensityChart from '../../../src/panels/learn/bayes/DensityChart.svelte';
import CoverageCurves from '../../../src/panels/learn/coverage/CoverageCurves.svelte';
import { coverageByMethod } from '../../../src/panels/learn/coverage/coverageByMethod.ts';
import { COVERAGE_GRID } from '../../../src/panels/learn/coverage/coverageGrid.ts';
import IntervalRows from '../../../src/panels/learn/coverage/IntervalRows.svelte';
import { intervalRows } from '../../../src/panels/learn/coverage/intervalRows.ts';
import { dorIntervalRows } from '../../../src/panels/learn/dance/dorIntervalRows.ts';
import { orrIntervalRows } from '../../../src/panels/learn/dance/orrIntervalRows.ts';
import StackedIntervals from '../../../src/panels/learn/dance/StackedIntervals.svelte';
import BinomialChart from '../../../src/panels/learn/discreteness/BinomialChart.svelte';
import CutoffCurves from '../../../src/panels/learn/followup/CutoffCurves.svelte';
import CutoffLanes from '../../../src/panels/learn/followup/CutoffLanes.svelte';
import NotReachedCurve from '../../../src/panels/learn/followup/NotReachedCurve.svelte';
import { responseLanes } from '../../../src/panels/learn/followup/responseLanes.ts';
import DorPrecisionSection from '../../../src/panels/learn/sampleSize/DorPrecisionSection.svelte';
import PowerSection from '../../../src/panels/learn/sampleSize/PowerSection.svelte';
import DotStrip from '../../../src/panels/learn/swimmers/DotStrip.svelte';
import ResampleSwimmer from '../../../src/panels/learn/swimmers/ResampleSwimmer.svelte';
import { renderSvg } from '../../charts/render.ts';
import { noResponders, study } from './dance/study.ts';
import { row } from './followup/rows.ts';
import { smallStudy } from '../../helpers/smallStudy.ts';
import { died, lost, ongoing } from './swimmers/patients.ts';
import { powerSection } from './sampleSize/sectionProps.ts';
import { RESPONSE_GRADES } from '../../../src/engine/cohort.ts';

/** The first `<svg>` a component renders, every number rounded to two decimals. */
function svgOf<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  return renderSvg(component, props).replace(/-?\d+\.\d{3,}/g, (m) =>
    String(Math.round(Number(m) * 100) / 100),
  );
}

const snapshot = (name: string) => `./__snapshots__/${name}.svg`;

describe('the lesson charts, as SVG', () => {
  it('discreteness: the binomial bars of 18 patients at a true ORR of 60%', async () => {
    const pmf = binomialDistribution(18, 0.6);
    const svg = svgOf(BinomialChart, {
      label: 'Binomial distribution of 18 patients at 60%',
      pmf,
      n: 18,
      atLeast: 15,
      p: 0.6,
      shares: pmf.map((q) => Math.round(q * 100) / 100),
      observedX: 15,
    });
    await expect(svg).toMatchFileSnapshot(snapshot('lesson-discreteness'));
  });

  it('coverage: three methods against the true ORR, and the intervals for 15/18', async () => {
    const report = coverageByMethod(
      [...COVERAGE_GRID, 15 / 18].map((p) => coverageAt(18, p)),
      COVERAGE_GRID,
    );
    const curves = svgOf(CoverageCurves, {
      report,
      shown: ['clopper-pearson', 'wilson', 'wald'],
      level: 0.95,
      x: 15,
      n: 18,
    });
    await expect(curves).toMatchFileSnapshot(snapshot('lesson-coverage-curves'));
    const rows = svgOf(IntervalRows, { rows: intervalRows(15, 18, 0.95, null), x: 15, n: 18 });
    await expect(rows).toMatchFileSnapshot(snapshot('lesson-coverage-intervals'));
  });

  it('dance: stacked intervals with a miss, an open limit and a median not reached', async () => {
    const studies = [
      study(),
      study({ orr: 10 / 18, orrInterval: [0.31, 0.78], dorLower: 5, dorMedian: 7, dorUpper: 9 }),
      study({ dorUpper: null }),
      study({ dorMedian: null, dorUpper: null }),
      noResponders,
    ];
    const orr = svgOf(StackedIntervals, {
      chart: orrIntervalRows(studies, 0.83),
      label: 'ORR intervals',
      xLabel: 'ORR',
    });
    await expect(orr).toMatchFileSnapshot(snapshot('lesson-dance-orr'));
    const dor = svgOf(StackedIntervals, {
      chart: dorIntervalRows(studies, 3.4),
      label: 'Median DOR intervals',
      xLabel: 'Median duration of response (weeks)',
    });
    await expect(dor).toMatchFileSnapshot(snapshot('lesson-dance-dor'));
  });

  it('swimmers: a resample that leaves one patient out and draws another twice', async () => {
    const lanes = svgOf(ResampleSwimmer, {
      resample: 1,
      patients: [lost, ongoing, died],
      counts: [2, 1, 0],
      responders: [...RESPONSE_GRADES],
    });
    await expect(lanes).toMatchFileSnapshot(snapshot('lesson-swimmers-lanes'));
    const dots = svgOf(DotStrip, {
      label: 'ORR of each resample',
      values: [2 / 3, 1, 2 / 3, 1 / 3, null],
      xMax: 1,
      tallest: 2,
      interval: [1 / 3, 1],
      observed: 2 / 3,
      xLabel: 'ORR of each resample',
    });
    await expect(dots).toMatchFileSnapshot(snapshot('lesson-swimmers-dots'));
  });

  it('follow-up: one study at its cut-off, and the medians and share not reached against it', async () => {
    const lanes = svgOf(CutoffLanes, {
      responses: responseLanes(smallStudy, { seed: 'followup-1' }),
      cutoffWk: 34,
      horizonWk: 60,
    });
    await expect(lanes).toMatchFileSnapshot(snapshot('lesson-followup-lanes'));
    const rows = [0, 4, 8, 12, 16, 20, 24].map((followupWk) =>
      row({
        followupWk,
        notReached: Math.max(0, 0.6 - followupWk / 30),
        middle: 4 + followupWk / 8,
        low: 2 + followupWk / 12,
        high: 8 + followupWk / 6,
        naive: 2 + followupWk / 10,
      }),
    );
    const common = { studies: 200, rows, longestWk: 24, followupWk: 8 };
    const curves = svgOf(CutoffCurves, { ...common, truthWk: 6 });
    await expect(curves).toMatchFileSnapshot(snapshot('lesson-followup-curves'));
    const share = svgOf(NotReachedCurve, common);
    await expect(share).toMatchFileSnapshot(snapshot('lesson-followup-not-reached'));
  });

  it('sample size: the saw-tooth power of an exact test, and the simulated precision of the median DOR', async () => {
    const power = svgOf(PowerSection, powerSection);
    await expect(power).toMatchFileSnapshot(snapshot('lesson-sample-size-power'));
    const dor = svgOf(DorPrecisionSection, {
      rows: [
        { n: 10, width: 7, open: 0.53 },
        { n: 18, width: 8, open: 0.14 },
        { n: 30, width: 6.7, open: 0 },
        { n: 120, width: 3, open: 0 },
      ],
      reps: 200,
      ns: [10, 18, 30, 120],
      truth: 'Duration of response: the Weibull (median 3 wk, shape 1.2) fitted to this cohort.',
      transform: 'log-log',
    });
    await expect(dor).toMatchFileSnapshot(snapshot('lesson-sample-size-dor'));
  });

  it('Bayes: prior and posterior of 15/18, and how convinced replicate studies would be', async () => {
    const grid = unitGrid(241);
    const post = betaPosterior(15, 18);
    const density = svgOf(DensityChart, {
      label: 'Prior and posterior',
      grid,
      prior: betaDensity(grid, 1, 1),
      posterior: betaDensity(grid, post.a, post.b),
      threshold: 0.5,
      interval: [post.lower, post.upper],
      observed: 15 / 18,
    });
    await expect(density).toMatchFileSnapshot(snapshot('lesson-bayes-density'));
    const convinced = svgOf(ConvincedChart, {
      label: 'Replicate studies',
      xLabel: 'Posterior probability that the ORR exceeds 50%',
      bins: convincedBins([0.2, 0.85, 0.93, 0.97, 0.99, 0.999, 1], 0.93).bins,
      bar: 0.93,
    });
    await expect(convinced).toMatchFileSnapshot(snapshot('lesson-bayes-convinced'));
  });
});
