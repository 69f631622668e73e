import { betaPrior, type BetaPrior } from '../engine/design/betaPrior.ts';
import { UsageError } from './command.ts';

const ALLOWED = 'A,B (both above 0), jeffreys, uniform or historical:RATE,WEIGHT';

/**
 * Reads --prior: `A,B` for Beta(A, B), `jeffreys`, `uniform`, or `historical:RATE,WEIGHT` for
 * a prior centred on a historical rate and worth WEIGHT patients; default uniform.
 * @example priorOption({ prior: 'historical:0.6,1' }) // { a: 0.6, b: 0.4 }
 */
export function priorOption(options: Record<string, string>): BetaPrior {
  const raw = (options.prior ?? 'uniform').trim();
  const bad = () => new UsageError(`--prior must be ${ALLOWED}, got "${raw}"`);
  const numbers = (text: string) => {
    const parts = text.split(',');
    if (parts.length !== 2 || parts.some((p) => p.trim() === '')) throw bad();
    const values = parts.map(Number);
    if (!values.every(Number.isFinite)) throw bad();
    return values;
  };
  try {
    if (raw === 'jeffreys' || raw === 'uniform') return betaPrior({ kind: raw });
    if (raw.startsWith('historical:')) {
      const [rate, weight] = numbers(raw.slice('historical:'.length));
      return betaPrior({ kind: 'historical', rate, weight });
    }
    const [a, b] = numbers(raw);
    return betaPrior({ kind: 'beta', a, b });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`--prior: ${error.message}`);
    throw error;
  }
}
