import type { Sentence } from '../doc/index.js';
import { splitParagraphs } from '../nlp/paragraphs.js';
import { splitSentences } from '../nlp/sentences.js';
import { tokenize } from '../nlp/tokenize.js';
import type { EvalOptions, Metrics } from './task.js';
import { readPolnear } from './polnear.js';
import { context, limitFlag } from './segmentation.js';

/** The labels whose spans are short phrases that should never contain a sentence boundary. */
const CHECKED_LABELS: ReadonlySet<string> = new Set(['Source', 'Cue']);

/** Index of the sentence containing `offset`, or of the last one starting before it. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Sentence).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Sentence splitting on real raw news text (PolNeAR), where no gold sentences exist: PolNeAR marks
 * the speaker (`Source`, "Sen. Ted Cruz") and the speech verb (`Cue`, "told reporters") of
 * attributions, phrases that never contain a sentence end. Each such fragment our sentences split
 * is a certain error ("Gov." or "U.S." taken for a sentence end), so `integrity` — the share of
 * fragments left whole — bounds the false-boundary rate from below. It says nothing about missed
 * boundaries.
 */
export async function evaluatePolnearSentences({ gold, flags, report }: EvalOptions): Promise<Metrics> {
  const articles = await readPolnear(gold, limitFlag(flags));
  let checked = 0;
  let sentencesFound = 0;
  const broken: string[] = [];
  for (const { text, spans } of articles) {
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens, splitParagraphs(text));
    sentencesFound += sentences.length;
    for (const span of spans) {
      if (!CHECKED_LABELS.has(span.label)) continue;
      for (const { start, end } of span.fragments) {
        if (end > text.length || start >= end || sentences.length === 0) continue;
        checked++;
        if (sentenceAt(sentences, start) !== sentenceAt(sentences, end - 1)) {
          broken.push(`${span.label}: ${context(text, start, end)}`);
        }
      }
    }
  }
  const integrity = checked ? 1 - broken.length / checked : 0;
  report(`sentences on PolNeAR raw text: ${articles.length} articles, ${sentencesFound} sentences from ${gold}`);
  report(`source and cue fragments kept whole: ${integrity.toFixed(4)}  (${checked - broken.length} of ${checked}; ` +
    'a split fragment is a certain false sentence boundary)');
  for (const line of broken.slice(0, 15)) report(`  ${line}`);
  return { task: 'sentences', format: 'polnear', documents: articles.length, sentences: sentencesFound, checked,
    broken: broken.length, integrity };
}
