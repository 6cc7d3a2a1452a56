import { CHAR_CLASS, SPACE, isWordClass } from './chars.js';

/**
 * True when a URL starts at `i`: "http://", "https://", "ftp://" or "www." (any case).
 *
 * @example
 * isUrlStart('see www.bbc.co.uk', 4) // true
 */
export function isUrlStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 0x68) return startsWithLower(text, i, 'http://') || startsWithLower(text, i, 'https://');
  if (c === 0x77) return startsWithLower(text, i, 'www.');
  if (c === 0x66) return startsWithLower(text, i, 'ftp://');
  return false;
}

function startsWithLower(text: string, at: number, prefix: string): boolean {
  if (at + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Characters a URL may not end with: "see http://x.org/a." ends at "a". */
function isUrlTrailer(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f ||
    code === 0x27 || code === 0x22 || code === 0x2019 || code === 0x201d || code === 0x29 || code === 0x5d ||
    code === 0x3e;
}

/**
 * The end offset (UTF-16 code units, exclusive) of the URL starting at `start`: up to whitespace,
 * "<" or a double quote, without trailing punctuation, but keeping a closing bracket opened inside
 * the URL.
 *
 * @example
 * urlEnd('(see https://en.wikipedia.org/wiki/Mercury_(planet)).', 5) // 51: "(planet)" stays, ")." not
 */
export function urlEnd(text: string, start: number): number {
  let j = start;
  let balance = 0;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (CHAR_CLASS[c] === SPACE || c === 0x22 || c === 0x3c || c === 0x201c || c === 0x201d) break;
    if (c === 0x28) balance++;
    else if (c === 0x29) balance--;
    j++;
  }
  while (j > start + 1 && isUrlTrailer(text.charCodeAt(j - 1))) {
    if (text.charCodeAt(j - 1) === 0x29) {
      if (balance >= 0) break;
      balance++;
    }
    j--;
  }
  return j;
}

/**
 * The end offset of an e-mail address whose domain starts at `from` (just after "@"): word
 * characters joined by single "." or "-", so a final period stays outside.
 *
 * @example
 * emailEnd('mail jane@example.com.', 10) // 21
 */
export function emailEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isWordClass(CHAR_CLASS[c] ?? SPACE)) j++;
    else if ((c === 0x2e || c === 0x2d) && isWordClass(CHAR_CLASS[text.charCodeAt(j + 1)] ?? SPACE)) j += 2;
    else break;
  }
  return j;
}
