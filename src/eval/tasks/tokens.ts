import type { Span } from '../../doc/index.js';
import { context, countMatches, formatScore, limitFlag, score, segmentConll, spanKey } from '../segmentation.js';
import type { EvalTask } from '../task.js';

/** One stretch where gold and predicted token boundaries differ, e.g. gold `U.S .` vs `U.S.`. */
interface Disagreement {
  readonly key: string;
  readonly example: string;
}

/**
 * Walks the two sorted token lists and returns each maximal stretch where they differ, keyed by
 * `gold forms → predicted forms` so that the same convention difference is counted together.
 */
function disagreements(text: string, gold: readonly Span[], predicted: readonly Span[]): Disagreement[] {
  const out: Disagreement[] = [];
  let g = 0;
  let p = 0;
  while (g < gold.length && p < predicted.length) {
    const a = gold[g] as Span;
    const b = predicted[p] as Span;
    if (a.start === b.start && a.end === b.end) {
      g++;
      p++;
      continue;
    }
    const start = Math.min(a.start, b.start);
    let end = Math.max(a.end, b.end);
    const goldForms: string[] = [];
    const predictedForms: string[] = [];
    for (;;) {
      const nextGold = gold[g];
      const nextPredicted = predicted[p];
      if (nextGold && nextGold.start < end) {
        goldForms.push(text.slice(nextGold.start, nextGold.end));
        end = Math.max(end, nextGold.end);
        g++;
      } else if (nextPredicted && nextPredicted.start < end) {
        predictedForms.push(text.slice(nextPredicted.start, nextPredicted.end));
        end = Math.max(end, nextPredicted.end);
        p++;
      } else {
        break;
      }
    }
    out.push({ key: `${goldForms.join(' ')}  →  ${predictedForms.join(' ')}`, example: context(text, start, end) });
  }
  return out;
}

/**
 * Token boundaries against CoNLL-2003: a predicted token counts when its exact `[start, end)` is a
 * gold token of the text rebuilt by `detokenize` (see there why that test is fair but optimistic).
 *
 * @example
 * newsgraph eval tokens --gold ../shared/data/conll2003/dev.txt --limit 50
 */
export const task: EvalTask = {
  name: 'tokens',
  description: 'token boundary P/R/F1 against CoNLL-2003 tokens on detokenized text (--gold FILE.txt)',
  async run({ gold: path, flags, report }) {
    const documents = await segmentConll(path, limitFlag(flags));
    let goldCount = 0;
    let predictedCount = 0;
    let correct = 0;
    const counts = new Map<string, { count: number; example: string }>();
    for (const { gold, tokens } of documents) {
      goldCount += gold.tokens.length;
      predictedCount += tokens.length;
      correct += countMatches(gold.tokens, tokens, spanKey);
      for (const d of disagreements(gold.text, gold.tokens, tokens)) {
        const entry = counts.get(d.key);
        if (entry) entry.count++;
        else counts.set(d.key, { count: 1, example: d.example });
      }
    }
    const s = score(goldCount, predictedCount, correct);
    report(`tokens: ${documents.length} documents from ${path}`);
    report(formatScore('token boundaries', s));
    report('most frequent disagreements (gold → predicted), with an example:');
    const top = [...counts.entries()].sort((x, y) => y[1].count - x[1].count).slice(0, 15);
    for (const [key, { count, example }] of top) report(`  ${String(count).padStart(5)}  ${key}    e.g. ${example}`);
    return { task: 'tokens', ...s, documents: documents.length };
  },
};
