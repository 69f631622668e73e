import { powerByN } from '../../../../src/engine/lessons/index.ts';
import type { SliderProps } from '../../../../src/state/LinkParams.svelte.ts';
import { sampleSizeParams } from '../../../../src/panels/learn/sampleSize/sampleSizeParams.ts';

const spec = sampleSizeParams(0.83, 'wilson');

/**
 * The slider a sample-size section gets for one of the lesson's numbers, at `value`, as the
 * lesson's link gives it (changes go nowhere). Example: `slider('p0', 0.6).label === 'Historical ORR'`.
 */
export function slider(key: 'h' | 'p0' | 'alpha' | 'power', value: number): SliderProps {
  const { label, min, max } = spec[key];
  return { label, min, max, value, onchange: () => {} };
}

/** The power section of 1 to 100 patients against a historical 60% when the truth is 83%, with 18 patients here. */
export const powerSection = {
  power: powerByN(1, 100, { p0: 0.6, p1: 0.83, alpha: 0.05 }),
  p0: slider('p0', 0.6),
  alpha: slider('alpha', 0.05),
  target: slider('power', 0.8),
  trueP: 0.83,
  cohortN: 18,
  nMax: 100,
};
