import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { coverageAt } from '../../../../src/engine/lessons/index.ts';
import type { ProportionMethod } from '../../../../src/engine/report.ts';
import CoverageCurves from '../../../../src/panels/learn/coverage/CoverageCurves.svelte';
import { coverageByMethod } from '../../../../src/panels/learn/coverage/coverageByMethod.ts';
import { COVERAGE_GRID } from '../../../../src/panels/learn/coverage/coverageGrid.ts';
import IntervalRows from '../../../../src/panels/learn/coverage/IntervalRows.svelte';
import { intervalRows } from '../../../../src/panels/learn/coverage/intervalRows.ts';
import MethodChoice from '../../../../src/panels/learn/coverage/MethodChoice.svelte';

const curvePaths = (html: string) => html.match(/<path d="M[^"]*"[^>]*stroke-width="1.6"/g) ?? [];

describe('CoverageCurves', () => {
  const report = coverageByMethod(
    [...COVERAGE_GRID, 15 / 18].map((p) => coverageAt(18, p)),
    COVERAGE_GRID,
  );
  const shown: ProportionMethod[] = ['wilson', 'wald'];
  const props = { report, shown, level: 0.95, x: 15, n: 18 };

  it('draws one curve per method shown, and marks the nominal level and the observed result', () => {
    const html = render(CoverageCurves, { props }).body;
    expect(curvePaths(html)).toHaveLength(2);
    expect(html).toContain('nominal 95%');
    expect(html).toContain('observed 15/18');
    expect(html).toContain('exact coverage of 2 interval methods at n = 18');
  });

  it('draws no curve while the coverage is being computed', () => {
    const html = render(CoverageCurves, { props: { ...props, report: null } }).body;
    expect(curvePaths(html)).toHaveLength(0);
  });
});

describe('IntervalRows', () => {
  it('names each method and prints how wide its interval is', () => {
    const html = render(IntervalRows, {
      props: { rows: intervalRows(15, 18, 0.95, null), x: 15, n: 18 },
    }).body;
    expect(html.match(/points wide/g)).toHaveLength(5);
    expect(html).toMatch(/37\.8 points wide/);
    expect(html).toContain('Interval for 15 of 18 responders by each method: Clopper–Pearson');
  });
});

describe('MethodChoice', () => {
  it('offers all five methods and ticks those shown', () => {
    const html = render(MethodChoice, {
      props: { shown: ['wald'], ontoggle: () => {} },
    }).body;
    expect(html.match(/type="checkbox"/g)).toHaveLength(5);
    expect(html.match(/checked/g)).toHaveLength(1);
  });
});
