/**
 * Character classes for the hand-written scanners, one byte per UTF-16 code unit.
 *
 * The table is built once at load time (65,536 Unicode property tests, a few milliseconds) so the
 * scanners classify a character with one array read instead of a regular expression.
 */

/** Whitespace, including no-break and zero-width spaces and line breaks. */
export const SPACE = 1;
/** A lowercase letter. */
export const LOWER = 2;
/** An uppercase or titlecase letter. */
export const UPPER = 3;
/** A decimal digit. */
export const DIGIT = 4;
/** Any other letter, combining mark or letter-like number (CJK, Arabic, "é" as e + U+0301). */
export const LETTER = 5;
/** Punctuation: quotes, brackets, dashes, stops. */
export const PUNCT = 6;
/** Symbols: currency, math, "%", "&", "@", "#", emoji halves and everything else. */
export const SYMBOL = 7;
/** Half of a surrogate pair (or a lone one). */
export const SURROGATE = 8;

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return SURROGATE;
  const ch = String.fromCharCode(code);
  // U+200B (zero-width space) and U+2060 (word joiner) separate words in pasted web text.
  if (/\s/.test(ch) || code === 0x200b || code === 0x2060) return SPACE;
  if (/[\p{Lu}\p{Lt}]/u.test(ch)) return UPPER;
  if (/\p{Ll}/u.test(ch)) return LOWER;
  if (/\p{Nd}/u.test(ch)) return DIGIT;
  if (/[\p{L}\p{M}\p{Nl}]/u.test(ch) || code === 0x5f) return LETTER;
  // "%", "&", "*", "#", "@" are Unicode punctuation but behave as symbols in news text ("2.5%").
  if (/\p{P}/u.test(ch) && !'%&*#@‰'.includes(ch)) return PUNCT;
  return SYMBOL;
}

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = classify(code);
  return table;
}

/** The class of every UTF-16 code unit: `CHAR_CLASS[text.charCodeAt(i)]`. */
export const CHAR_CLASS: Uint8Array = buildTable();

/** True for letters, digits, marks and "_": the characters a word is made of. */
export function isWordClass(cls: number): boolean {
  return cls >= LOWER && cls <= LETTER;
}
