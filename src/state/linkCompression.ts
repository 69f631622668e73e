import type * as Codec from './compressText.ts';
import { loadOnce } from './loadOnce.ts';

let codec: typeof Codec | null = null;
const loadCodec = loadOnce(() => import('./compressText.ts'));

/**
 * Loads the DEFLATE codec of links (`compressText.ts`, with fflate) on first use, so that a page
 * opened on the built-in cohort does not fetch it. Await it before decoding a hash that
 * {@link needsLinkCompression} and before anything that makes the link carry compressed text
 * (a cohort read from text, a synthetic cohort, an edited scenario); {@link compressText} and
 * {@link decompressText} are then synchronous, as the link's encoding must be.
 * @example await loadLinkCompression(); decompressText(compressText('id'), 100).ok // true
 */
export async function loadLinkCompression(): Promise<void> {
  codec = await loadCodec();
}

/** Whether a hash carries compressed parts: a cohort, a scenario, an edited scenario or a mapping. */
export function needsLinkCompression(hash: string): boolean {
  return /(?:^|[#&])(?:csv|scn|rscn|map)=/.test(hash);
}

function loaded(): typeof Codec {
  if (!codec) throw new Error('link compression used before loadLinkCompression() resolved');
  return codec;
}

/** `compressText` of `compressText.ts`, once {@link loadLinkCompression} has resolved. */
export function compressText(text: string): string {
  return loaded().compressText(text);
}

/** `decompressText` of `compressText.ts`, once {@link loadLinkCompression} has resolved. */
export function decompressText(encoded: string, maxBytes: number): Codec.DecompressResult {
  return loaded().decompressText(encoded, maxBytes);
}
