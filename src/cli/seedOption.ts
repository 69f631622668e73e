import { UsageError } from './command.ts';

/**
 * Reads `--seed`, required: any text (a seed fixes the result).
 * @example seedOption({ seed: 'trial-1' }) // 'trial-1'
 */
export function seedOption(options: Record<string, string>): string {
  const seed = options.seed;
  if (seed === undefined)
    throw new UsageError('missing --seed S (any text; a seed fixes the result)');
  return seed;
}
