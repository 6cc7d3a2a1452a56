import { tagSpans, type TagSpan } from '../nlp/ner/spans.js';
import { iob1ToBio, type ConllDocument } from './conll.js';
import { score, type Score } from './segmentation.js';

/**
 * Gold entity spans of a CoNLL document, as indexes of its tokens counted across sentences; the
 * last column holds the tag (IOB1 or BIO).
 */
export function conllGoldSpans(doc: ConllDocument): TagSpan[] {
  const out: TagSpan[] = [];
  let offset = 0;
  for (const sentence of doc.sentences) {
    const tags = iob1ToBio(sentence.tokens.map((t) => t.columns[t.columns.length - 1] ?? 'O'));
    for (const s of tagSpans(tags)) out.push({ start: s.start + offset, end: s.end + offset, type: s.type });
    offset += sentence.tokens.length;
  }
  return out;
}

/** Exact-span counts per type, as conlleval keeps them. */
export interface SpanTally {
  readonly byType: Map<string, { gold: number; predicted: number; correct: number }>;
  tokens: number;
  correctTokens: number;
}

/** An empty tally. */
export function spanTally(): SpanTally {
  return { byType: new Map(), tokens: 0, correctTokens: 0 };
}

/**
 * Adds one sentence: gold and predicted tags (BIO or IOB1), compared as exact spans with type,
 * and token by token for accuracy (the POS tagger's measure).
 */
export function tallySentence(tally: SpanTally, gold: readonly string[], predicted: readonly string[]): void {
  tallySpans(tally, tagSpans(gold), tagSpans(predicted));
  tally.tokens += gold.length;
  gold.forEach((g, i) => {
    if (g === predicted[i]) tally.correctTokens++;
  });
}

/** Adds gold and predicted spans (token indexes); a prediction counts when start, end and type all match. */
export function tallySpans(tally: SpanTally, goldSpans: readonly TagSpan[], predictedSpans: readonly TagSpan[]): void {
  const row = (type: string): { gold: number; predicted: number; correct: number } => {
    const r = tally.byType.get(type) ?? { gold: 0, predicted: 0, correct: 0 };
    tally.byType.set(type, r);
    return r;
  };
  const keys = new Set(goldSpans.map((s) => `${s.start}:${s.end}:${s.type}`));
  for (const s of goldSpans) row(s.type).gold++;
  for (const s of predictedSpans) {
    const r = row(s.type);
    r.predicted++;
    if (keys.has(`${s.start}:${s.end}:${s.type}`)) r.correct++;
  }
}

/** Overall and per-type exact-span scores of a tally, types sorted by name. */
export function spanScores(tally: SpanTally): { overall: Score; types: [string, Score][] } {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  const types: [string, Score][] = [];
  for (const [type, r] of [...tally.byType.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    gold += r.gold;
    predicted += r.predicted;
    correct += r.correct;
    types.push([type, score(r.gold, r.predicted, r.correct)]);
  }
  return { overall: score(gold, predicted, correct), types };
}
