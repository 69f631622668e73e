import { MAX_PIECES, PIECE_BREAK_WK_RANGE } from '../engine/limits.ts';
import { numbersParam } from '../io/params/numbersParam.ts';
import { paramMessage } from '../io/params/paramMessage.ts';
import { UsageError } from './command.ts';

/**
 * Reads the weeks where a piecewise exponential model changes rate (`--breaks`, `--ttr-breaks`)
 * as the page's fields read them: 1 to `MAX_PIECES` − 1 comma-separated weeks within
 * `PIECE_BREAK_WK_RANGE`, sorted, each once; `undefined` when absent (the tertiles of the event
 * times). Refuses anything else, naming the option and what it allows.
 * @example breaksOption({ 'ttr-breaks': '4, 1' }, 'ttr-breaks') // [1, 4]
 */
export function breaksOption(
  options: Record<string, string>,
  name: string,
): readonly number[] | undefined {
  const raw = options[name];
  if (raw === undefined) return undefined;
  const param = numbersParam(name, {
    ...PIECE_BREAK_WK_RANGE,
    minCount: 1,
    maxCount: MAX_PIECES - 1,
    default: [],
    digits: 6,
  });
  const breaks = param.read(raw);
  if (breaks === undefined) throw new UsageError(paramMessage(`--${name}`, param.allowed, raw));
  return breaks;
}
