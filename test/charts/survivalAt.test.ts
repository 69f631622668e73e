import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../src/engine/kaplanMeier.ts';
import { survivalAt } from '../../src/engine/survivalAt.ts';
import { renderSvg } from './render.ts';
import KmPlot from '../../src/charts/km/KmPlot.svelte';
import { kmMedian } from '../../src/engine/kmMedian.ts';

const curve = kaplanMeier([
  { time: 1, event: true },
  { time: 3, event: true },
  { time: 3, event: false },
  { time: 5, event: true },
]);

describe('survivalAt', () => {
  it('is 1 before the first step and right-continuous at each step', () => {
    expect(survivalAt(curve, 0.5)).toBe(1);
    expect(survivalAt(curve, 1)).toBeCloseTo(0.75, 12);
    expect(survivalAt(curve, 2.9)).toBeCloseTo(0.75, 12);
    expect(survivalAt(curve, 3)).toBeCloseTo(0.5, 12);
    expect(survivalAt(curve, 99)).toBe(0);
  });
});

describe('KmPlot highlight', () => {
  const props = {
    curve,
    transform: 'log' as const,
    level: 0.95,
    median: kmMedian(curve),
    title: 'DOR',
  };

  it('marks the selected patient on the curve, filled for an event', () => {
    const svg = renderSvg(KmPlot, { ...props, highlight: { time: 3, event: true, label: 'P7' } });
    expect(svg).toMatch(/<g data-highlight="P7">/);
    expect(svg).toContain('>P7</text>');
  });

  it('draws no mark without a selection', () => {
    expect(renderSvg(KmPlot, props)).not.toContain('data-highlight');
  });
});
