import { untrack } from 'svelte';
import type { DecodedParams } from '../../io/params/decodeParams.ts';

/**
 * Reports the link values a lesson could not use, once each time they appear: tells `notice`
 * the messages and writes the parameters back without them (`write`), so the link says what the
 * lesson shows. Call it while a component initialises.
 * Example: `reportRefusedParams(() => decoded, (kept) => onparams(kept), (m) => onnotice?.(m));`
 */
export function reportRefusedParams(
  decoded: () => DecodedParams<unknown>,
  write: (kept: Record<string, string>) => void,
  notice: (messages: string[]) => void,
): void {
  $effect(() => {
    const { messages, kept } = decoded();
    if (messages.length === 0) return;
    untrack(() => {
      notice(messages);
      write(kept);
    });
  });
}
