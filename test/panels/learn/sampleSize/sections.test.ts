import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DorPrecisionSection from '../../../../src/panels/learn/sampleSize/DorPrecisionSection.svelte';
import PowerSection from '../../../../src/panels/learn/sampleSize/PowerSection.svelte';
import PrecisionSection from '../../../../src/panels/learn/sampleSize/PrecisionSection.svelte';
import { powerSection, slider } from './sectionProps.ts';

const noop = () => {};
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('PrecisionSection', () => {
  const props = {
    widths: [0.9, 0.5, 0.3, 0.19],
    method: 'wilson' as const,
    half: slider('h', 0.1),
    trueP: 0.83,
    cohortN: 3,
    nMax: 150,
    onmethod: noop,
  };

  it('marks the n first reaching the target and this cohort, and says so in its label', () => {
    const html = render(PrecisionSection, { props: { ...props, enough: 4 } }).body;
    expect(html).toContain('n = 4</text>');
    expect(html).toMatch(/this cohort \(n = 3\)/);
    expect(html).toContain('first reached at n = 4.');
    expect(html).toMatch(/<option value="wilson"[^>]*selected/);
  });

  it('draws no vertical and names no n when no n is enough', () => {
    const html = render(PrecisionSection, {
      props: { ...props, half: slider('h', 0.05), enough: null },
    }).body;
    expect(html).not.toContain('n = 4</text>');
    expect(html).toContain('target width 10%.');
  });
});

describe('PowerSection', () => {
  it('draws one dot per n and a larger dot for this cohort', () => {
    const html = render(PowerSection, { props: powerSection }).body;
    expect(count(html, /<circle[^>]*r="2"/g)).toBe(100);
    expect(count(html, /<circle[^>]*r="5"/g)).toBe(1);
    expect(html).toContain('for 1 to 100 patients; target 80%.');
  });
});

describe('DorPrecisionSection', () => {
  it('prints the open share above each size whose intervals closed', () => {
    const html = render(DorPrecisionSection, {
      props: {
        rows: [
          { n: 10, width: 7, open: 0.53 },
          { n: 18, width: null, open: 1 },
        ],
        reps: 200,
        ns: [10, 18],
        truth: 'Duration of response: the Weibull (median 3 wk, shape 1.2) fitted to this cohort.',
        transform: 'log-log' as const,
      },
    }).body;
    expect(count(html, /% open/g)).toBe(1);
    expect(html).toContain('53% open');
    expect(html).toContain('Duration of response: the Weibull (median 3 wk, shape 1.2)');
    expect(html).toContain('log–log transform');
  });
});
