import type { Paragraph, Sentence, Token } from '../doc/index.js';
import { PREFIX_ABBREVIATIONS, SENTENCE_OPENERS, hasAbbreviation } from './abbreviations.js';
import { CHAR_CLASS, DIGIT, LOWER } from './chars.js';

/**
 * Splits tokenized text into sentences. A sentence never crosses a paragraph boundary, so a
 * headline, a dateline line or a "• Leroy Wright" bullet (each its own paragraph, see
 * `splitParagraphs`) is its own sentence even without a final stop. Inside a paragraph a sentence
 * ends after ".", "?", "!", "…" or "..." when the next token does not start in lowercase and is not
 * punctuation that continues or closes (", ; : ) ] . ! ?"). Closing quotes and brackets written
 * right after the stop belong to the sentence they close (`He said "stop." Then…`), and a closed
 * quotation keeps a speaker that follows it (`“We will win.” Trump said.`). After a token carrying
 * its own period:
 * - name prefixes ("Mr.", "Gen.", "No.", "Jan.") and list numbers ("1.") never end a sentence;
 * - other abbreviations, acronyms and initials ("Inc.", "U.S.", "a.m.", "W.") end one only before a
 *   typical sentence opener: "in the U.S. The next day" splits, "U.S. officials", "U.S. Treasury"
 *   and "George W. Bush" do not.
 * A bullet inside a paragraph also starts a sentence.
 *
 * `tokens` and `paragraphs` must be sorted by offset, as `tokenize` and `splitParagraphs` return
 * them. `start`/`end` are the first token's start and the last token's end (UTF-16 code units);
 * `tokenStart`/`tokenEnd` index `tokens`, half-open. Never throws.
 *
 * @example
 * const tokens = tokenize(text);
 * splitSentences(text, tokens, splitParagraphs(text));
 */
export function splitSentences(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
): Sentence[] {
  const sentences: Sentence[] = [];
  const n = tokens.length;
  let first = 0;
  let p = 0;
  let paragraphEnd = paragraphs[0]?.end ?? Infinity;
  for (let t = 0; t < n; t++) {
    const token = tokens[t] as Token;
    if (token.start >= paragraphEnd) {
      while (p < paragraphs.length && (paragraphs[p] as Paragraph).end <= token.start) p++;
      paragraphEnd = paragraphs[p]?.end ?? Infinity;
      first = emit(sentences, tokens, first, t);
    } else if (t > first && isBullet(text.charCodeAt(token.start)) && token.end - token.start === 1) {
      first = emit(sentences, tokens, first, t);
    }
    const stop = stopKind(text, token);
    if (stop === NONE) continue;
    let end = t + 1;
    while (end < n && isCloserAfter(text, tokens[end] as Token, tokens[end - 1] as Token)) end++;
    const next = tokens[end];
    if (!next || next.start >= paragraphEnd) continue;
    const ends = stop === STOP ? startsSentence(text, next, tokens[end - 1] as Token) : abbreviationEnds(text, token, next);
    if (ends && !(end > t + 1 && isAttribution(text, tokens, end))) {
      first = emit(sentences, tokens, first, end);
      t = end - 1;
    }
  }
  emit(sentences, tokens, first, n);
  return sentences;
}

/** Verbs of saying that attach a speaker to the quotation before them. */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'asked', 'asks', 'told', 'replied', 'explained', 'continued', 'wrote',
  'noted', 'stated', 'declared', 'insisted', 'argued', 'tweeted', 'recalled', 'warned', 'concluded',
]);

/**
 * `“We will win.” Trump said.`: a closed quotation followed by up to three capitalised words and a
 * verb of saying that ends with "." or "," is one sentence with its speaker, not two, so the quote
 * stage sees them together.
 */
function isAttribution(text: string, tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 4 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') return false;
    const c = text.charCodeAt(token.start);
    if (CHAR_CLASS[c] !== LOWER) continue;
    // "He said." closes the attribution; "He said that…" starts a new sentence.
    const after = tokens[k + 1];
    const closes = after !== undefined && after.kind === 'punct' && (text.charCodeAt(after.start) === 0x2e ||
      text.charCodeAt(after.start) === 0x2c);
    return k > from && closes && SPEECH_VERBS.has(text.slice(token.start, token.end));
  }
  return false;
}

const NONE = 0;
const STOP = 1;
const ABBREVIATION = 2;

function stopKind(text: string, token: Token): number {
  const c = text.charCodeAt(token.start);
  if (token.kind === 'punct') {
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002 ? STOP : NONE;
  }
  if (token.kind === 'url' || token.kind === 'email') return NONE;
  return token.end - token.start > 1 && text.charCodeAt(token.end - 1) === 0x2e ? ABBREVIATION : NONE;
}

function emit(out: Sentence[], tokens: readonly Token[], first: number, end: number): number {
  if (end > first) {
    out.push({
      start: (tokens[first] as Token).start,
      end: (tokens[end - 1] as Token).end,
      tokenStart: first,
      tokenEnd: end,
    });
  }
  return end;
}

function isBullet(code: number): boolean {
  return code === 0x2022 || code === 0x25aa || code === 0x25cf || code === 0x25e6 || code === 0x2023 ||
    code === 0x25ba || code === 0x25a0;
}

/** A closing quote or bracket written right after the previous token: `stop."`, `(sic.)`. */
function isCloserAfter(text: string, token: Token, previous: Token): boolean {
  if (token.start !== previous.end || token.end - token.start !== 1) return false;
  const c = text.charCodeAt(token.start);
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x2019 || c === 0x201d || c === 0xbb ||
    c === 0x203a;
}

/**
 * After a real stop, anything but a lowercase word or punctuation that continues or closes
 * (", ; : ) ] . ! ? …") starts a new sentence: `asked "why?".` keeps its final period.
 */
function startsSentence(text: string, next: Token, previous: Token): boolean {
  const c = text.charCodeAt(next.start);
  if (CHAR_CLASS[c] === LOWER) return false;
  if (next.kind === 'punct' && next.start === previous.end) return false; // "Kansas City, Mo.-based"
  return !(next.kind === 'punct' && (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x5d ||
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026));
}

function abbreviationEnds(text: string, token: Token, next: Token): boolean {
  if (CHAR_CLASS[text.charCodeAt(token.start)] === DIGIT) return false;
  const length = token.end - token.start - 1;
  if (length <= 7 && hasAbbreviation(PREFIX_ABBREVIATIONS, text.slice(token.start, token.end - 1))) return false;
  const nextLength = next.end - next.start;
  if (nextLength > 10 || next.kind !== 'word') return false;
  const word = text.slice(next.start, next.end);
  return SENTENCE_OPENERS.has(word.endsWith('.') ? word.slice(0, -1) : word);
}
