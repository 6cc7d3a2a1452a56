import type { Doc, Quote, Span } from '../doc/index.js';
import type { PolnearArticle } from './polnear.js';

/** One gold attribution: its content fragments, cue and source spans (the source may be absent). */
export interface GoldAttribution {
  readonly content: readonly Span[];
  readonly cue: readonly Span[];
  readonly source: readonly Span[];
}

/** Counts for one subset (all attributions, or direct quotations only), summed over articles. */
export interface QuoteCounts {
  gold: number;
  predicted: number;
  exactGold: number;
  exactPredicted: number;
  goldWords: number;
  predictedWords: number;
  sharedWords: number;
  matched: number;
  speakerGold: number;
  speakerCorrect: number;
  cueCorrect: number;
}

/** Empty counts. */
export function emptyCounts(): QuoteCounts {
  return { gold: 0, predicted: 0, exactGold: 0, exactPredicted: 0, goldWords: 0, predictedWords: 0, sharedWords: 0, matched: 0, speakerGold: 0, speakerCorrect: 0, cueCorrect: 0 };
}

/** The gold attributions of a PolNeAR article, from its `Attribution` events. */
export function goldAttributions(article: PolnearArticle): GoldAttribution[] {
  const byId = new Map(article.spans.map((s) => [s.id, s]));
  const fragments = (id: string | undefined): Span[] => (id ? [...(byId.get(id)?.fragments ?? [])] : []);
  return article.events
    .filter((e) => e.type.startsWith('Attribution') && e.args['Content'])
    .map((e) => ({ content: fragments(e.args['Content']), cue: fragments(e.args['Cue']), source: fragments(e.args['Source']) }))
    .filter((g) => g.content.length > 0 && g.content.every((f) => f.start < f.end && f.end <= article.text.length));
}

const OPENING = /^["“‘'«]/;
const CLOSING = /["”’'»][.,;:!?]?$/;
const EDGE = /^[\s.,;:—–-]+|[\s.,;:—–-]+$/g;

/**
 * Whether a content lies inside quote marks, the test of a direct quotation on gold and prediction
 * alike: its first fragment opens with a mark and its last closes with one. PolNeAR splits a
 * quote into one fragment per sentence, so inner fragments need no marks of their own.
 */
export function isDirect(text: string, content: readonly Span[]): boolean {
  const first = content[0];
  const last = content[content.length - 1];
  return first !== undefined && last !== undefined &&
    OPENING.test(text.slice(first.start, first.end).trim()) && CLOSING.test(text.slice(last.start, last.end).trim());
}

/**
 * A content's text for exact comparison: its fragments joined with spaces removed and edge
 * punctuation trimmed, so one quote cut into a fragment per sentence (as PolNeAR does) equals the
 * same quote in one piece.
 */
function exactKey(text: string, content: readonly Span[]): string {
  return content.map((f) => text.slice(f.start, f.end)).join('').replace(/\s+/g, '').replace(EDGE, '');
}

/** Word index ranges: `words[i]` is the i-th run of letters or digits in the text. */
export function wordSpans(text: string): Span[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

function wordsIn(words: readonly Span[], content: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const f of content) {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]!.end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.length && words[i]!.start < f.end; i++) out.add(i);
  }
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Whether the predicted speaker overlaps the gold source, or its link holds a mention overlapping it. */
function speakerRight(doc: Doc, q: Quote, source: readonly Span[]): boolean {
  if (q.speaker && source.some((s) => overlaps(s, q.speaker!))) return true;
  const link = q.speakerLink !== undefined ? doc.layers.links?.[q.speakerLink] : undefined;
  return link !== undefined && link.mentions.some((m) => source.some((s) => overlaps(s, m)));
}

/**
 * Adds one article's scores to `counts`: exact content matches, word overlap, and for each gold
 * content matched by a prediction (sharing at least half of the words of either), whether the
 * speaker and the cue are right.
 */
export function scoreArticle(doc: Doc, gold: readonly GoldAttribution[], predicted: readonly Quote[], counts: QuoteCounts): void {
  const words = wordSpans(doc.text);
  const goldKeys = new Set(gold.map((g) => exactKey(doc.text, g.content)));
  const predKeys = new Set(predicted.map((q) => exactKey(doc.text, q.content)));
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  counts.exactGold += gold.filter((g) => predKeys.has(exactKey(doc.text, g.content))).length;
  counts.exactPredicted += predicted.filter((q) => goldKeys.has(exactKey(doc.text, q.content))).length;
  const goldWords = new Set(gold.flatMap((g) => [...wordsIn(words, g.content)]));
  const predWords = predicted.map((q) => wordsIn(words, q.content));
  const allPred = new Set(predWords.flatMap((w) => [...w]));
  counts.goldWords += goldWords.size;
  counts.predictedWords += allPred.size;
  for (const w of allPred) if (goldWords.has(w)) counts.sharedWords += 1;
  for (const g of gold) {
    const gw = wordsIn(words, g.content);
    let best = -1;
    let bestShared = 0;
    predWords.forEach((pw, i) => {
      let shared = 0;
      for (const w of pw) if (gw.has(w)) shared += 1;
      if (shared > bestShared) [best, bestShared] = [i, shared];
    });
    const q = predicted[best];
    if (!q || (bestShared * 2 < gw.size && bestShared * 2 < predWords[best]!.size)) continue;
    counts.matched += 1;
    if (g.source.length > 0) {
      counts.speakerGold += 1;
      if (speakerRight(doc, q, g.source)) counts.speakerCorrect += 1;
    }
    if (q.cue && g.cue.some((c) => overlaps(c, q.cue!))) counts.cueCorrect += 1;
  }
}
