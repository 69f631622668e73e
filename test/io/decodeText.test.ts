import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decodeText.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf16le = (text: string) =>
  new Uint8Array([
    0xff,
    0xfe,
    ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
  ]);

describe('decodeText reads a text file in the encoding it was written in', () => {
  it('reads UTF-8 as UTF-8 and drops its byte-order mark', () => {
    const text = 'Identifiant;Réponse\nP1;Rémission complète';
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('A');
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (a Latin-1 export), not as replacement characters', () => {
    // "Réponse;Délai (€)" as Excel writes it on a French system
    const latin = bytes(
      0x52,
      0xe9,
      0x70,
      0x6f,
      0x6e,
      0x73,
      0x65,
      0x3b,
      0x44,
      0xe9,
      0x6c,
      0x61,
      0x69,
      0x20,
      0x28,
      0x80,
      0x29,
    );
    expect(decodeText(latin)).toBe('Réponse;Délai (€)');
  });

  it("reads UTF-16 with its byte-order mark (Excel's Unicode text)", () => {
    expect(decodeText(utf16le('id\tbest_response\nP1\tCR'))).toBe('id\tbest_response\nP1\tCR');
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9))).toBe('Aé');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(bytes())).toBe('');
  });
});
