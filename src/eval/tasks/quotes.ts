import { createDoc } from '../../doc/index.js';
import { createAnalyzer } from '../../engine/analyze.js';
import { DEFAULT_STAGES } from '../../nlp/index.js';
import { readPolnear } from '../polnear.js';
import { emptyCounts, goldAttributions, isDirect, scoreArticle, type QuoteCounts } from '../quote-score.js';
import { limitFlag } from '../segmentation.js';
import type { EvalTask } from '../task.js';
import { f1, ratio, round4 as r4 } from '../ratios.js';


/** Precision, recall and F1, exact and by word overlap, and speaker and cue accuracy of one subset. */
function summarize(c: QuoteCounts) {
  const exactP = ratio(c.exactPredicted, c.predicted);
  const exactR = ratio(c.exactGold, c.gold);
  const overlapP = ratio(c.sharedWords, c.predictedWords);
  const overlapR = ratio(c.sharedWords, c.goldWords);
  return {
    gold: c.gold,
    predicted: c.predicted,
    exact: { precision: r4(exactP), recall: r4(exactR), f1: r4(f1(exactP, exactR)) },
    overlap: { precision: r4(overlapP), recall: r4(overlapR), f1: r4(f1(overlapP, overlapR)) },
    matched: c.matched,
    speakerAccuracy: r4(ratio(c.speakerCorrect, c.speakerGold)),
    speakerGold: c.speakerGold,
    cueAccuracy: r4(ratio(c.cueCorrect, c.matched)),
  };
}

/**
 * Quotations and attributions against PolNeAR's brat standoff (`polnear/dev` or `polnear/train`):
 * every article is analysed with the default pipeline, and its quotes are compared with the gold
 * attributions, for all of them and for direct quotations alone (contents wholly inside quote
 * marks, judged the same way on gold and predictions). Content is scored by exact span (edge
 * spaces and punctuation aside) and by word overlap; on each gold content a prediction matches,
 * the speaker is right when its span overlaps the gold source or its link has a mention that
 * does, and the cue when it overlaps the gold cue.
 *
 * @example
 * newsgraph eval quotes --gold ../shared/data/polnear/dev
 */
export const task: EvalTask = {
  name: 'quotes',
  description: 'quotations and reported speech vs PolNeAR attributions: content P/R/F1, speaker and cue accuracy (--gold DIR)',
  async run({ gold, flags, report }) {
    const articles = await readPolnear(gold, limitFlag(flags) ?? Infinity);
    const analyzer = createAnalyzer({ stages: DEFAULT_STAGES, errors: 'record' });
    const all = emptyCounts();
    const direct = emptyCounts();
    const verbose = flags['verbose'] === true;
    const started = performance.now();
    for (const article of articles) {
      const doc = analyzer.analyze(createDoc(article.text, { format: 'text' }));
      const golds = goldAttributions(article);
      const quotes = doc.layers.quotes ?? [];
      scoreArticle(doc, golds, quotes, all);
      scoreArticle(doc, golds.filter((g) => isDirect(doc.text, g.content)), quotes.filter((q) => isDirect(doc.text, q.content)), direct);
      if (verbose) {
        const show = (s: { start: number; end: number }[]) => s.map((f) => doc.text.slice(f.start, f.end).replace(/\s+/g, ' ')).join(' | ').slice(0, 100);
        for (const g of golds) report(`  gold ${article.name}: [${show([...g.source])}] ${show([...g.cue])} :: ${show([...g.content])}`);
        for (const q of quotes) report(`  pred ${article.name}: [${show(q.speaker ? [q.speaker] : [])}] ${show(q.cue ? [q.cue] : [])} :: ${show([...q.content])}`);
      }
    }
    const ms = performance.now() - started;
    const a = summarize(all);
    const d = summarize(direct);
    const line = (label: string, s: ReturnType<typeof summarize>) =>
      `  ${label.padEnd(7)} gold ${s.gold}, predicted ${s.predicted}; exact P ${s.exact.precision} R ${s.exact.recall} F1 ${s.exact.f1}; ` +
      `overlap P ${s.overlap.precision} R ${s.overlap.recall} F1 ${s.overlap.f1}; speaker ${s.speakerAccuracy} of ${s.speakerGold}, cue ${s.cueAccuracy} of ${s.matched} matched`;
    report(`quotes: ${articles.length} articles from ${gold}`);
    report(line('all', a));
    report(line('direct', d));
    report(`  ${(ms / Math.max(1, articles.length)).toFixed(1)} ms per article (whole pipeline)`);
    return { task: 'quotes', articles: articles.length, all: a, direct: d };
  },
};
