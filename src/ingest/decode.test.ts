import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';
import type { Decoded } from './decode.js';
import { isInputError } from './errors.js';

function decoded(bytes: Uint8Array, declaredCharset?: string): Decoded {
  const result = decodeBytes(bytes, { origin: 'x', declaredCharset });
  if (isInputError(result)) throw new Error(result.code);
  return result;
}
const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le');
const utf16be = (s: string): Buffer => utf16le(s).swap16();

describe('decodeBytes', () => {
  it('reads valid UTF-8 as UTF-8 without diagnostics', () => {
    expect(decoded(Buffer.from('Zürich – café'))).toEqual({ text: 'Zürich – café', encoding: 'utf-8', diagnostics: [] });
  });

  it('drops a UTF-8 BOM', () => {
    expect(decoded(Buffer.from('\uFEFFHello', 'utf8')).text).toBe('Hello');
  });

  it('reads UTF-16LE and UTF-16BE by their BOM', () => {
    expect(decoded(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('Grüße')]))).toMatchObject({ text: 'Grüße', encoding: 'utf-16le' });
    expect(decoded(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Grüße')]))).toMatchObject({ text: 'Grüße', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by its NUL bytes', () => {
    expect(decoded(utf16le('Plain words here'))).toMatchObject({ text: 'Plain words here', encoding: 'utf-16le' });
    expect(decoded(utf16be('Plain words here'))).toMatchObject({ text: 'Plain words here', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 with a warning when the bytes are not UTF-8', () => {
    const result = decoded(Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0xa3, 0x35])); // “café” £5
    expect(result.text).toBe('\u201Ccaf\u00E9\u201D \u00A35');
    expect(result.encoding).toBe('windows-1252');
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'ingest/encoding-fallback']]);
  });

  it('honours a declared legacy charset', () => {
    expect(decoded(Buffer.from([0xf0, 0xd2, 0xc1, 0xd7, 0xc4, 0xc1]), 'koi8-r')).toMatchObject({ text: 'Правда', encoding: 'koi8-r' });
  });

  it('prefers valid multi-byte UTF-8 over a declared legacy charset', () => {
    expect(decoded(Buffer.from('naïve'), 'iso-8859-1')).toMatchObject({ text: 'naïve', encoding: 'utf-8' });
  });

  it('refuses NUL bytes as binary', () => {
    expect(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42]), { origin: 'a.zip' })).toMatchObject({ origin: 'a.zip', code: 'E_BINARY' });
  });

  it('refuses text that is mostly control characters as binary', () => {
    expect(decodeBytes(Buffer.from('\x01\x02\x03\x1b[0m abc\x07\x08'))).toMatchObject({ code: 'E_BINARY' });
  });

  it('refuses empty and whitespace-only input', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ code: 'E_EMPTY' });
    expect(decodeBytes(Buffer.from(' \n\t\r\n'))).toMatchObject({ code: 'E_EMPTY' });
  });
});

describe('decodeBytes for a declared Windows-1252 page', () => {
  it('maps 0x80–0x9F to the Windows-1252 characters, not Latin-1 controls', () => {
    const result = decodeBytes(Buffer.from([0x80, 0x35, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0xe9]), { declaredCharset: 'iso-8859-1' });
    expect(result).toMatchObject({ text: '€5 – “ok”é', encoding: 'windows-1252' });
  });
});
