import { TextDecoder } from 'node:util';
import { diagnostic } from '../doc/index.js';
import type { Diagnostic } from '../doc/index.js';
import { decodeWindows1252 } from './cp1252.js';
import { inputError } from './errors.js';
import type { InputError } from './types.js';

/** Text decoded from bytes, the encoding it was decoded from and any warning about how. */
export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** Hints for {@link decodeBytes}. */
export interface DecodeHints {
  /** Names the input in errors; default `input`. */
  readonly origin?: string;
  /** A charset the input declares for itself (HTML `<meta charset>`), used when it is a legacy one. */
  readonly declaredCharset?: string | undefined;
}

/** How many leading bytes/characters the cheap content checks look at. */
const SAMPLE = 8192;
/** Share of control characters above which decoded "text" is taken for binary data. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Decodes article bytes. A BOM picks UTF-8, UTF-16LE or UTF-16BE; without one, UTF-16 is recognised
 * by its NUL-byte pattern, valid UTF-8 is UTF-8, and anything else is read as Windows-1252 with an
 * `ingest/encoding-fallback` warning. A legacy `declaredCharset` is honoured unless the bytes are
 * valid UTF-8 with multi-byte sequences. NUL bytes or many control characters → `E_BINARY`;
 * nothing but whitespace → `E_EMPTY`. The BOM is not part of `text`.
 *
 * @example decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // { text: 'café', encoding: 'windows-1252', … }
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded | InputError {
  const origin = hints.origin ?? 'input';
  const decoded = decode(bytes, hints.declaredCharset);
  if (decoded === undefined) {
    return inputError(origin, 'E_BINARY', 'the input holds NUL bytes, so it is binary data, not text; pass a text, HTML or JSONL file');
  }
  if (decoded.text.trim() === '') {
    return inputError(origin, 'E_EMPTY', 'the input is empty or holds only whitespace; there is no article to read');
  }
  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) {
    return inputError(origin, 'E_BINARY', 'the input is mostly control characters, so it is binary data, not text; pass a text, HTML or JSONL file');
  }
  return decoded;
}

function decode(bytes: Uint8Array, declaredCharset: string | undefined): Decoded | undefined {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, diagnostics: [] };
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, diagnostics: [] };
  if (bytes.includes(0)) return undefined;
  const utf8 = strictUtf8(bytes);
  const legacy = legacyDecoder(declaredCharset);
  // A page declaring iso-8859-1 while serving UTF-8 is common (templates copied forward); a valid
  // multi-byte UTF-8 sequence almost never arises by chance in a legacy encoding, so the bytes win.
  if (legacy && !(utf8 !== undefined && hasNonAscii(bytes))) {
    const text = legacy.encoding === 'windows-1252' ? decodeWindows1252(bytes) : legacy.decode(bytes);
    return { text, encoding: legacy.encoding, diagnostics: [] };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', diagnostics: [] };
  const text = decodeWindows1252(bytes);
  const warning = diagnostic('warning', 'ingest', 'ingest/encoding-fallback',
    'the input is not valid UTF-8 and declares no encoding; it was read as Windows-1252 — check accented letters, or re-save it as UTF-8');
  return { text, encoding: 'windows-1252', diagnostics: [warning] };
}

function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * ASCII-range text in UTF-16 has a NUL in every other byte: "Hi" is `48 00 69 00` in UTF-16LE.
 * We call it UTF-16 when over half of the sampled pairs have a NUL on exactly one, consistent side.
 */
function utf16ByNulPattern(b: Uint8Array): string | undefined {
  const n = Math.min(b.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0 && b[i + 1] !== 0) evenNul++;
    else if (b[i + 1] === 0 && b[i] !== 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs / 2 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs / 2 && oddNul === 0) return 'utf-16be';
  return undefined;
}

function strictUtf8(b: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return undefined;
  }
}

function hasNonAscii(b: Uint8Array): boolean {
  for (const byte of b) if (byte >= 0x80) return true;
  return false;
}

/** A decoder for a declared legacy charset; undefined for UTF-8/UTF-16, unknown labels or none. */
function legacyDecoder(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label.trim());
    return decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16') ? undefined : decoder;
  } catch {
    return undefined;
  }
}

/** Share of C0/C1 control characters (not tab, newline, CR, form feed) in the first characters. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (c >= 0x7f && c < 0xa0)) controls++;
  }
  return n === 0 ? 0 : controls / n;
}
