import type { ConllDocument } from './conll.js';
import { conllGoldSpans } from './ner-score.js';
import type { TagSpan } from '../nlp/ner/spans.js';

/**
 * The names a training file annotates: the lower-cased words of each gold entity span, joined by
 * single spaces. A test name not among them is one the tagger never saw as a name, the case
 * where a model's generalization shows (CoNLL dev repeats most train names; test less so).
 *
 * @example
 * annotatedNames(trainDocuments).has('bill clinton') // true when train marks "Bill Clinton"
 */
export function annotatedNames(documents: readonly ConllDocument[]): Set<string> {
  const names = new Set<string>();
  for (const doc of documents) {
    const words = doc.sentences.flatMap((s) => s.tokens.map((t) => t.form));
    for (const span of conllGoldSpans(doc)) names.add(spanName(words, span));
  }
  return names;
}

/** The key {@link annotatedNames} keeps for a span of `words`. */
export function spanName(words: readonly string[], span: TagSpan): string {
  return words.slice(span.start, span.end).join(' ').toLowerCase();
}
