import { stat } from 'node:fs/promises';
import type { Sentence } from '../../doc/index.js';
import { context, countMatches, formatScore, limitFlag, score, segmentConll, spanKey, type Segmented } from '../segmentation.js';
import { evaluatePolnearSentences } from '../polnear-sentences.js';
import type { EvalTask } from '../task.js';

/** The last character of a sentence written as prose: a stop, or a quote or bracket closing one. */
const PROSE_END = /[.?!…"'”’)\]]/;

interface Tally {
  count: number;
  example: string;
}

/**
 * Groups sentence ends found on one side only by the token that ends them, so a report shows
 * "missed after `30` ×120" (CoNLL sentences cut at line wraps) rather than 120 loose examples.
 */
function tallyEnds(documents: readonly Segmented[], side: 'missed' | 'extra'): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const { gold, sentences } of documents) {
    const from: readonly Sentence[] = side === 'missed' ? gold.sentences : sentences;
    const against: readonly Sentence[] = side === 'missed' ? sentences : gold.sentences;
    const ends = new Set(against.map((s) => s.end));
    for (const s of from) {
      if (ends.has(s.end)) continue;
      let wordStart = s.end;
      while (wordStart > s.start && !/\s/.test(gold.text.charAt(wordStart - 1))) wordStart--;
      const key = gold.text.slice(wordStart, s.end);
      const tally = tallies.get(key);
      if (tally) tally.count++;
      else tallies.set(key, { count: 1, example: context(gold.text, s.end, s.end, 40) });
    }
  }
  return tallies;
}

function reportTallies(report: (line: string) => void, title: string, tallies: Map<string, Tally>): void {
  report(title);
  const top = [...tallies.entries()].sort((x, y) => y[1].count - x[1].count).slice(0, 8);
  for (const [key, { count, example }] of top) report(`  ${String(count).padStart(5)}  after "${key}"    e.g. ${example}`);
}

/**
 * Sentence boundaries against CoNLL-2003 sentences on detokenized text: sentence end offsets
 * (the main score) and exact sentence spans. Document-final ends are included, so every document
 * contributes one easy boundary.
 *
 * A folder is read as PolNeAR (raw news text without gold sentences): see
 * `evaluatePolnearSentences` for the check made there instead.
 *
 * @example
 * newsgraph eval sentences --gold ../shared/data/conll2003/dev.txt
 */
export const task: EvalTask = {
  name: 'sentences',
  description: 'sentence boundary P/R/F1 against CoNLL-2003 (--gold FILE.txt); false-boundary check on PolNeAR (--gold FOLDER)',
  async run({ gold: path, flags, report }) {
    if ((await stat(path)).isDirectory()) return evaluatePolnearSentences({ gold: path, flags, report });
    const documents = await segmentConll(path, limitFlag(flags));
    let gold = 0;
    let predicted = 0;
    let correctEnds = 0;
    let correctSpans = 0;
    let goldProse = 0;
    let foundProse = 0;
    for (const doc of documents) {
      gold += doc.gold.sentences.length;
      predicted += doc.sentences.length;
      correctEnds += countMatches(doc.gold.sentences, doc.sentences, (s) => s.end);
      correctSpans += countMatches(doc.gold.sentences, doc.sentences, spanKey);
      const prose = doc.gold.sentences.filter((g) => PROSE_END.test(doc.gold.text.slice(g.end - 1, g.end)));
      goldProse += prose.length;
      foundProse += countMatches(prose, doc.sentences, (s) => s.end);
    }
    const ends = score(gold, predicted, correctEnds);
    const spans = score(gold, predicted, correctSpans);
    report(`sentences: ${documents.length} documents from ${path}`);
    report(formatScore('sentence ends', ends));
    report(formatScore('exact sentence spans', spans));
    report(`recall of prose ends  ${(goldProse ? foundProse / goldProse : 0).toFixed(4)}  (${foundProse} of ${goldProse} gold ` +
      'sentences ending in a stop, quote or bracket; the others were cut at line ends of tables and wrapped lines)');
    reportTallies(report, 'most frequent missed ends (gold sentence ends we did not find):', tallyEnds(documents, 'missed'));
    reportTallies(report, 'most frequent extra ends (we ended a sentence where gold did not):', tallyEnds(documents, 'extra'));
    return {
      task: 'sentences', ...ends, spanPrecision: spans.precision, spanRecall: spans.recall, spanF1: spans.f1,
      correctSpans, proseRecall: goldProse ? foundProse / goldProse : 0, documents: documents.length,
    };
  },
};
