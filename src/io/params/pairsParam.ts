import { formatParamNumber } from './formatParamNumber.ts';
import type { Param } from './Param.ts';

/** A plain decimal number, with an optional sign and exponent: `0.95`, `-.5`, `26`, `1e-3`. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Two numbers, such as a time and the survival read there. */
export type NumberPair = readonly [number, number];

/**
 * A list of number pairs, each written `A:B` and separated by commas (spaces around are ignored;
 * an empty text is no pair): a digitised curve's points (time:survival) or an at-risk table
 * (time:n). At most `maxPairs` pairs; numbers are finite, written as JavaScript writes them, so
 * `read(write(v))` gives `v` back. `example` shows the form in messages.
 * Example: `pairsParam('p1', { maxPairs: 9, example: '0:1,5:0.8', default: [] }).read('0:1, 5:0.8')`
 * is `[[0, 1], [5, 0.8]]`.
 */
export function pairsParam(
  key: string,
  options: {
    label?: string;
    maxPairs: number;
    example: string;
    default: readonly NumberPair[];
  },
): Param<readonly NumberPair[]> {
  const { maxPairs, example } = options;
  return {
    kind: 'pairs',
    key,
    label: options.label ?? key,
    default: options.default,
    allowed: `a list of at most ${formatParamNumber(maxPairs)} pairs of numbers A:B separated by commas, such as ${example}`,
    read(text) {
      const trimmed = text.trim();
      if (trimmed === '') return [];
      const items = trimmed.split(',');
      if (items.length > maxPairs) return undefined;
      const pairs: NumberPair[] = [];
      for (const item of items) {
        const parts = item.split(':').map((part) => part.trim());
        if (parts.length !== 2 || !parts.every((part) => DECIMAL.test(part))) return undefined;
        const [a, b] = parts.map(Number);
        if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
        // `+ 0` turns -0 into 0.
        pairs.push([a + 0, b + 0]);
      }
      return pairs;
    },
    write: (value) => value.map(([a, b]) => `${a}:${b}`).join(','),
    show: (value) =>
      value.length === 0 ? 'none' : `${value.length} pair${value.length === 1 ? '' : 's'}`,
  };
}
