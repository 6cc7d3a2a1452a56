import type { Sentence, Span, Token } from '../doc/index.js';
import { splitParagraphs } from '../nlp/paragraphs.js';
import { splitSentences } from '../nlp/sentences.js';
import { tokenize } from '../nlp/tokenize.js';
import { readConllFile } from './conll.js';
import { detokenize, type GoldText } from './detokenize.js';
import { EvalInputError } from './task.js';
import { f1, ratio } from './ratios.js';

/** One gold document next to what newsgraph made of its text. */
export interface Segmented {
  readonly gold: GoldText;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** Precision, recall and F1 from counts; 0 where a denominator is 0. */
export interface Score {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Builds a {@link Score} from counts. */
export function score(gold: number, predicted: number, correct: number): Score {
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, gold);
  return { gold, predicted, correct, precision, recall, f1: f1(precision, recall) };
}

/** How many of `predicted` equal one of `gold` under `key` (both lists sorted, keys unique). */
export function countMatches<T>(gold: readonly T[], predicted: readonly T[], key: (item: T) => number): number {
  const wanted = new Set(gold.map(key));
  let correct = 0;
  for (const item of predicted) if (wanted.has(key(item))) correct++;
  return correct;
}

/** A span as one number, for exact-match sets (texts stay far below 2^26 code units). */
export function spanKey(span: Span): number {
  return span.start * 67_108_864 + span.end;
}

/**
 * Reads a CoNLL file, rebuilds each document's text with `detokenize` and runs tokenize,
 * splitParagraphs and splitSentences on it. `limit` caps the number of documents.
 */
export async function segmentConll(path: string, limit?: number): Promise<Segmented[]> {
  const documents = await readConllFile(path);
  return documents.slice(0, limit ?? documents.length).map((doc) => {
    const gold = detokenize(doc);
    const tokens = tokenize(gold.text);
    return { gold, tokens, sentences: splitSentences(gold.text, tokens, splitParagraphs(gold.text)) };
  });
}

/** Reads `--limit N` from the flags: a positive integer, or undefined for all documents. */
export function limitFlag(flags: Readonly<Record<string, string | boolean>>): number | undefined {
  const value = flags['limit'];
  if (value === undefined || value === false) return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new EvalInputError('E_EVAL_LIMIT', `--limit expects a positive whole number of documents, got "${String(value)}"`);
  }
  return limit;
}

/** Formats a score as one report line: `label  P 0.9812  R 0.9744  F1 0.9778  (gold …)`. */
export function formatScore(label: string, s: Score): string {
  const f = (x: number): string => x.toFixed(4);
  return `${label.padEnd(22)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  ` +
    `(gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct})`;
}

/** Up to `width` characters either side of `[start, end)`, newlines shown as "⏎", the span in ⟦ ⟧. */
export function context(text: string, start: number, end: number, width = 30): string {
  const show = (s: string): string => s.replace(/\n/g, '⏎');
  return `${show(text.slice(Math.max(0, start - width), start))}⟦${show(text.slice(start, end))}⟧` +
    `${show(text.slice(end, end + width))}`;
}
