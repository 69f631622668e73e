import { deflateSync, Inflate, strToU8 } from 'fflate';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';

/** Result of {@link decompressText}: the text, or a short message saying why it was refused. */
export type DecompressResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Compresses UTF-8 text with raw DEFLATE (fflate, level 9) and encodes it as base64url,
 * for carrying a small cohort or scenario inside a link.
 *
 * @example decompressText(compressText('id,best_response'), 1000) // { ok: true, text: 'id,best_response' }
 */
export function compressText(text: string): string {
  return encodeBase64Url(deflateSync(strToU8(text), { level: 9 }));
}

/**
 * Reverses {@link compressText}. Refuses, without throwing, anything that is not base64url,
 * not valid DEFLATE, not UTF-8, or that inflates beyond `maxBytes` (a decompression bomb is
 * stopped after at most one chunk past the limit).
 *
 * @example decompressText('!!', 100) // { ok: false, message: 'not base64url' }
 */
export function decompressText(encoded: string, maxBytes: number): DecompressResult {
  const bytes = decodeBase64Url(encoded);
  if (bytes === null) return { ok: false, message: 'not base64url' };
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let finished = false;
  try {
    const inflater = new Inflate((chunk, final) => {
      total += chunk.length;
      if (total > maxBytes) tooLarge = true;
      else parts.push(chunk);
      if (final) finished = true;
    });
    const step = 512;
    for (let i = 0; i < bytes.length && !tooLarge; i += step) {
      inflater.push(bytes.subarray(i, i + step), i + step >= bytes.length);
    }
  } catch {
    return { ok: false, message: 'not valid compressed data' };
  }
  if (tooLarge) return { ok: false, message: `larger than ${maxBytes} bytes once decompressed` };
  if (!finished) return { ok: false, message: 'compressed data is truncated' };
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(joined) };
  } catch {
    return { ok: false, message: 'not valid UTF-8 text' };
  }
}
