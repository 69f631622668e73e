const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Windows-1252's characters for the bytes 0x80–0x9F (the rest is Latin-1); undefined bytes stay C1 controls. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decoded by hand: Node's 'windows-1252' decoder reads 0x80–0x9F as Latin-1, unlike browsers. */
function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b),
    );
    out += chunk.join('');
  }
  return out;
}
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/**
 * Decodes the bytes of a text file as it was most likely written: UTF-16 when it starts with
 * that byte-order mark (Excel's "Unicode text"), UTF-8 when the bytes are valid UTF-8 (a leading
 * BOM dropped), else Windows-1252, the Latin-1 superset that Excel and older SAS and SPSS exports
 * write on Western European systems. Never throws.
 * @example decodeText(new Uint8Array([0x52, 0xe9])) // 'Ré' (Latin-1), not 'R\uFFFD'
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}
