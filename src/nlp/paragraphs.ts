import type { Paragraph } from '../doc/index.js';
import { PREFIX_ABBREVIATIONS } from './abbreviations.js';
import { CHAR_CLASS, DIGIT, LOWER, SPACE, UPPER } from './chars.js';

/** One non-blank line of text without its surrounding whitespace. */
interface Line {
  readonly start: number;
  readonly end: number;
  /** The line starts with two or more whitespace characters (or a tab). */
  readonly indented: boolean;
}

/**
 * Splits text into paragraphs.
 *
 * A blank line (empty or whitespace only), U+2029 or a form feed always separates paragraphs.
 * Inside a block of lines joined by single newlines where some line after the first is indented
 * (two spaces or a tab, as in Reuters wire copy), exactly the indented lines and list items start
 * paragraphs. Otherwise a newline starts a paragraph when:
 * - the next line starts with a bullet or list marker ("• Leroy Wright", "- ", "1. ", "2) ");
 * - the line ends a sentence (". ! ? … :" maybe followed by a closing quote or bracket, but not a
 *   name prefix such as "Mr.") and the next line does not start in lowercase — text with one
 *   paragraph per line is common in scraped news;
 * - the next line does not start in lowercase and its first word would have fitted on this line
 *   (taking the block's longest line as the wrap width), or all lines of the block are short, so
 *   the line was not ended by wrapping: headlines, bylines, datelines such as "LONDON 1996-08-30",
 *   rows of results tables.
 * Other newlines are taken as hard wrapping inside a paragraph ("…defend the Ashes in\na six-test
 * series"), so a wrapped sentence stays one sentence.
 *
 * Spans exclude the paragraph's leading and trailing whitespace; offsets are UTF-16 code units.
 * Never throws; text with no visible character has no paragraphs.
 *
 * @example
 * splitParagraphs('Title\n\nFirst para.\nSecond para.') // [0,5) [7,18) [19,31)
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let block: Line[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lineStart = i;
    let start = i;
    while (i < n && !isLineBreak(text.charCodeAt(i))) i++;
    let end = i;
    while (start < end && CHAR_CLASS[text.charCodeAt(start)] === SPACE) start++;
    while (end > start && CHAR_CLASS[text.charCodeAt(end - 1)] === SPACE) end--;
    const brk = i < n ? text.charCodeAt(i) : 0;
    const indented = start - lineStart >= 2 || text.charCodeAt(lineStart) === 0x09;
    if (end > start) block.push({ start, end, indented });
    // U+2029 and form feed separate paragraphs by definition, like a blank line.
    if (end === start || brk === 0x2029 || brk === 0x0c) {
      splitBlock(text, block, paragraphs);
      block = [];
    }
    i += brk === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
  }
  splitBlock(text, block, paragraphs);
  return paragraphs;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0b || code === 0x0c;
}

function splitBlock(text: string, block: readonly Line[], out: Paragraph[]): void {
  const first = block[0];
  if (!first) return;
  let longest = 0;
  for (const line of block) longest = Math.max(longest, line.end - line.start);
  // Wire copy often marks paragraphs by indenting their first line; then that is the only signal.
  const byIndent = block.some((line, k) => k > 0 && line.indented);
  let start = first.start;
  for (let k = 0; k + 1 < block.length; k++) {
    const line = block[k] as Line;
    const next = block[k + 1] as Line;
    if (byIndent ? next.indented || startsWithMarker(text, next) : breaksAfter(text, line, next, longest)) {
      out.push({ start, end: line.end });
      start = next.start;
    }
  }
  out.push({ start, end: (block[block.length - 1] as Line).end });
}

/** Lines shorter than this are never wrapped prose (news wraps at 60–80 characters). */
const NARROW = 50;

function breaksAfter(text: string, line: Line, next: Line, longest: number): boolean {
  if (startsWithMarker(text, next)) return true;
  if (CHAR_CLASS[text.charCodeAt(next.start)] === LOWER) return false;
  if (endsSentence(text, line)) return true;
  // Had the next line's first word fitted on this line (the block's longest line approximates the
  // wrap width), the writer chose this line end: "LONDON 1996-08-30", "Lancashire 197-8 (W. Hegg 54)".
  let firstWord = next.start;
  while (firstWord < next.end && CHAR_CLASS[text.charCodeAt(firstWord)] !== SPACE) firstWord++;
  // A block of only short lines was not wrapped at all: "Talks agreed\nMOSCOW 1996-08-30\nThey met."
  return longest < NARROW || line.end - line.start + 1 + (firstWord - next.start) <= longest;
}

/** "• ", "- ", "* ", "– ", "1. ", "12) " at the start of a line. */
function startsWithMarker(text: string, line: Line): boolean {
  const c = text.charCodeAt(line.start);
  if (c === 0x2022 || c === 0x25aa || c === 0x25cf || c === 0x25e6 || c === 0x2023 || c === 0x25ba || c === 0x25a0) {
    return true;
  }
  const after = CHAR_CLASS[text.charCodeAt(line.start + 1)];
  if (c === 0x2d || c === 0x2a || c === 0x2013 || c === 0x2014) return after === SPACE;
  let k = line.start;
  while (k < line.end && k - line.start < 2 && CHAR_CLASS[text.charCodeAt(k)] === DIGIT) k++;
  const mark = text.charCodeAt(k);
  return k > line.start && (mark === 0x2e || mark === 0x29) && CHAR_CLASS[text.charCodeAt(k + 1)] === SPACE;
}

/** Closing quotes and brackets that may follow the final stop: `…stop."`, `…(sic).)`. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x2019 ||
    code === 0x201d || code === 0xbb;
}

function endsSentence(text: string, line: Line): boolean {
  let k = line.end - 1;
  while (k > line.start && isCloser(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  if (c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a) return true;
  if (c !== 0x2e) return false;
  // "Mr.\nSmith" in hard-wrapped text is not a paragraph end; nor is an initial ("George W.\nBush").
  let w = k;
  while (w > line.start && CHAR_CLASS[text.charCodeAt(w - 1)] !== SPACE) w--;
  if (k - w === 1 && CHAR_CLASS[text.charCodeAt(w)] === UPPER) return false;
  return k - w > 6 || !PREFIX_ABBREVIATIONS.has(text.slice(w, k));
}
