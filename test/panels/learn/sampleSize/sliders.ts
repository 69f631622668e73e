import type { SliderProps } from '../../../../src/panels/learn/LessonLink.svelte.ts';
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
