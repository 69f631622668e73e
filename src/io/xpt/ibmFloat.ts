/**
 * Reads an IBM System/360 hexadecimal floating-point number (big-endian, 2 to 8 bytes, the
 * shorter ones truncated mantissas) as used by SAS transport files: sign bit, 7-bit exponent
 * of 16 biased by 64, 56-bit fraction. SAS missing values (`.`, `.A`–`.Z`, `._`: the first
 * byte `0x2E`, `0x41`–`0x5A` or `0x5F`, the rest zero) read as `null`.
 * Reference: SAS Technical Support document TS-140, "The record layout of a data set in SAS
 * transport (XPORT) format" (the IBM-to-IEEE conversion).
 * @example ibmFloat(new Uint8Array([0x41, 0x10, 0, 0, 0, 0, 0, 0]), 0, 8) // 1
 */
export function ibmFloat(bytes: Uint8Array, offset: number, length: number): number | null {
  const b = (i: number): number => (i < length ? bytes[offset + i] : 0);
  const first = b(0);
  let restZero = true;
  for (let i = 1; i < length; i += 1) if (b(i) !== 0) restZero = false;
  if (restZero && (first === 0x2e || first === 0x5f || (first >= 0x41 && first <= 0x5a))) {
    return null;
  }
  const high = (b(1) << 16) | (b(2) << 8) | b(3);
  const low = ((b(4) << 24) >>> 0) + ((b(5) << 16) | (b(6) << 8) | b(7));
  if (high === 0 && low === 0) return 0;
  const exponent = (first & 0x7f) - 64;
  const fraction = high / 0x1000000 + low / 0x100000000000000;
  const value = fraction * 16 ** exponent;
  return first & 0x80 ? -value : value;
}
