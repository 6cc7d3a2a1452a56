import nlp from 'compromise';
import { Ner } from '@nlpjs/ner';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc } from '../src/doc/index.js';
import type { ConllDocument } from '../src/eval/conll.js';
import { detokenize, type GoldText } from '../src/eval/detokenize.js';
import { conllGoldSpans } from '../src/eval/ner-score.js';
import type { TagSpan } from '../src/nlp/ner/spans.js';

/** One test document in every form a system may want it. */
export interface BenchDoc {
  /** Detokenized text with the gold token and sentence spans in it. */
  readonly gold: GoldText;
  /** Gold entities as half-open gold-token index ranges across the whole document. */
  readonly goldSpans: readonly TagSpan[];
  /** The text as an article with no layers, for the full pipeline. */
  readonly raw: Doc;
  /** The same article with the gold tokens and sentences already attached, for the entities stage alone. */
  readonly tokenized: Doc;
}

/** What a system found in one document: ranges of gold tokens, or of characters of `gold.text` (half-open). */
export interface SystemOutput {
  readonly unit: 'tokens' | 'chars';
  readonly spans: readonly TagSpan[];
}

/** A recognizer under test. Everything `tag` does is timed; building the system is not. */
export interface System {
  readonly name: string;
  /** False when the system has no PER/ORG/LOC/MISC types and is scored on spans only. */
  readonly typed: boolean;
  readonly tag: (doc: BenchDoc) => SystemOutput | Promise<SystemOutput>;
}

/** The part of compromise's `json({offset: true})` rows we read. */
interface CompromiseMatch {
  readonly offset: { readonly start: number; readonly length: number };
}

/**
 * compromise 14: `people()` → PER, `places()` → LOC, `organizations()` → ORG, on the whole
 * document text. It has no MISC class (nationalities, events, works), so MISC is never predicted.
 */
export function compromiseSystem(): System {
  return {
    name: 'compromise (people/places/organizations)',
    typed: true,
    tag: ({ gold }) => {
      const view = nlp(gold.text);
      const spans: TagSpan[] = [];
      for (const [type, found] of [['PER', view.people()], ['LOC', view.places()], ['ORG', view.organizations()]] as const) {
        const matches: readonly CompromiseMatch[] = found.json({ offset: true });
        for (const { offset } of matches) spans.push({ start: offset.start, end: offset.start + offset.length, type });
      }
      return { unit: 'chars', spans };
    },
  };
}

/** Letters and digits at both ends: nlp.js's enum extractor only matches between word characters. */
function trimToWord(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * nlp.js (`@nlpjs/ner`) with one enum entity per CoNLL type whose texts are the mentions in the
 * training documents. nlp.js matches case-insensitively, so a text gets the type it has most often
 * in training ("Washington": LOC more often than PER or ORG). With `minRatio` a text is kept only
 * when, among all its occurrences in the training text (compared case-insensitively, as nlp.js
 * will), at least that share is annotated as an entity: the raw list holds "The" (once a LOC) and
 * "Saïd" (a PER, matched as "said"), which nlp.js then finds everywhere. Edge punctuation is cut
 * because the extractor matches only between word characters ("U.S." is looked up as "u.s").
 * `threshold: 1` makes the look-up exact; the default fuzzy matching (0.8) runs an edit-distance
 * search per gazetteer text per document, hours for thousands of names.
 */
export function nlpjsSystem(train: readonly ConllDocument[], minRatio = 0): { system: System; gazetteerSize: number } {
  const names = new Map<string, { text: string; mentions: number; seen: number; types: Map<string, number> }>();
  for (const doc of train) {
    const { text, tokens } = detokenize(doc);
    const forms = doc.sentences.flatMap((s) => s.tokens.map((t) => t.form));
    for (const span of conllGoldSpans(doc)) {
      const surface = trimToWord(text.slice(tokens[span.start]?.start ?? 0, tokens[span.end - 1]?.end ?? 0));
      if (surface.length === 0) continue;
      const key = forms.slice(span.start, span.end).join(' ').toLowerCase();
      const entry = names.get(key) ?? { text: surface, mentions: 0, seen: 0, types: new Map<string, number>() };
      entry.mentions++;
      entry.types.set(span.type, (entry.types.get(span.type) ?? 0) + 1);
      names.set(key, entry);
    }
  }
  if (minRatio > 0) {
    const longest = Math.max(...[...names.keys()].map((k) => k.split(' ').length));
    for (const doc of train) {
      for (const sentence of doc.sentences) {
        const lower = sentence.tokens.map((t) => t.form.toLowerCase());
        for (let i = 0; i < lower.length; i++) {
          for (let n = 1; n <= longest && i + n <= lower.length; n++) {
            const entry = names.get(lower.slice(i, i + n).join(' '));
            if (entry) entry.seen++;
          }
        }
      }
    }
  }
  const byType = new Map<string, string[]>();
  let kept = 0;
  for (const { text, mentions, seen, types } of names.values()) {
    if (minRatio > 0 && mentions < minRatio * seen) continue;
    const [type] = [...types.entries()].reduce((best, next) => (next[1] > best[1] ? next : best));
    byType.set(type, [...(byType.get(type) ?? []), text]);
    kept++;
  }
  const ner = new Ner({ threshold: 1 });
  for (const [type, texts] of byType) ner.addRuleOptionTexts('en', type, type, texts);
  const which = minRatio > 0 ? `train names that are names in ≥ ${Math.round(100 * minRatio)}% of their train occurrences` : 'all train names';
  return {
    gazetteerSize: kept,
    system: {
      name: `nlp.js (@nlpjs/ner), gazetteer: ${which}`,
      typed: true,
      tag: async ({ gold }) => {
        const { entities } = await ner.process({ locale: 'en', text: gold.text });
        return { unit: 'chars', spans: entities.map((e) => ({ start: e.start, end: e.end + 1, type: e.entity })) };
      },
    },
  };
}

const wink = winkNLP(model);
const its = wink.its;

/**
 * wink-nlp with `wink-eng-lite-web-model`: its entity types (DATE, MONEY, CARDINAL, HASHTAG…)
 * include no person, organization or place, so as a reference it is scored untyped on runs of
 * consecutive PROPN tokens ("New York Times"), which is the nearest thing it offers to a name.
 */
export function winkSystem(): System {
  return {
    name: 'wink-nlp (PROPN runs, untyped)',
    typed: false,
    tag: ({ gold }) => {
      const tokens = wink.readDoc(gold.text).tokens();
      const values = tokens.out(its.value) as string[];
      const spaces = tokens.out(its.precedingSpaces) as string[];
      const pos = tokens.out(its.pos) as string[];
      const spans: TagSpan[] = [];
      let at = 0;
      let open = -1;
      values.forEach((value, i) => {
        at += (spaces[i] ?? '').length;
        if (pos[i] === 'PROPN') {
          if (open < 0) open = at;
        } else if (open >= 0) {
          spans.push({ start: open, end: at - (spaces[i] ?? '').length, type: 'NAME' });
          open = -1;
        }
        at += value.length;
      });
      if (open >= 0) spans.push({ start: open, end: at, type: 'NAME' });
      return { unit: 'chars', spans };
    },
  };
}

/** How many entities of each of wink-nlp's own types it finds in the documents (not timed). */
export function winkEntityTypes(docs: readonly BenchDoc[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { gold } of docs) {
    for (const type of wink.readDoc(gold.text).entities().out(its.type) as string[]) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}
