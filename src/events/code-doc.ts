import type { Doc, Event, EventActor, Link, Sentence, Token } from '../doc/index.js';
import { cameoCode } from './codebook.js';
import { codeSentence, discarded } from './coder/code-sentence.js';
import type { ActorMention, CoderChunk, CoderOptions, CoderSentence, CoderToken } from './coder/types.js';
import type { EventDictionaries } from './dictionary/types.js';

/** Where the coder gets a sentence's actors: token indexes within the whole Doc, half-open. */
export type ActorSource = (doc: Doc, sentence: Sentence, words: readonly CoderToken[]) => readonly ActorMention[];

/** The first token whose end is after `offset` (binary search; tokens sorted). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words that join two modifiers of one role noun: "US and British activists". */
const COORDINATORS = new Set(['and', 'or']);

/**
 * Actors from the `links` layer: every mention of a link with an actor code, as a token range of
 * the sentence ("he" and "the president" included, so a pronoun subject keeps its country).
 * Overlapping mentions keep the longest ("Russian military personnel" over "Russian"), except a
 * coordinated group: "US and British activists" (USAOPP) holding "British activists" (GBROPP)
 * becomes the two conjuncts "US" and "British activists", which the coder reads as a compound.
 */
export function linkActors(doc: Doc, sentence: Sentence): ActorMention[] {
  const tokens = doc.layers.tokens ?? [];
  const out: ActorMention[] = [];
  (doc.layers.links ?? []).forEach((link: Link) => {
    if (!link.code) return;
    for (const m of link.mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      const start = tokenAt(tokens, m.start) - sentence.tokenStart;
      const end = tokenAt(tokens, m.end - 1) + 1 - sentence.tokenStart;
      if (start < 0 || end <= start) continue;
      out.push({ start, end, code: link.code, link: link.id });
    }
  });
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ActorMention[] = [];
  for (const a of out) {
    const outer = kept.findIndex((b) => b.start <= a.start && a.end <= b.end);
    if (outer < 0) {
      kept.push(a);
      continue;
    }
    const b = kept[outer] as ActorMention;
    const joiner = tokens[sentence.tokenStart + a.start - 1];
    const coordinated = joiner !== undefined && COORDINATORS.has(doc.text.slice(joiner.start, joiner.end).toLowerCase());
    if (coordinated && a.end === b.end && a.start - 1 > b.start && a.code !== b.code) {
      kept[outer] = { ...b, end: a.start - 1 };
      kept.push(a);
    }
  }
  return kept;
}

function coderSentence(doc: Doc, sentence: Sentence, actors: ActorSource): CoderSentence {
  const tokens = doc.layers.tokens ?? [];
  const pos = doc.layers.pos ?? [];
  const words: CoderToken[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i] as Token;
    words.push({ lower: doc.text.slice(t.start, t.end).toLowerCase().replace(/[’‘]/g, "'"), tag: pos[i]?.tag ?? '' });
  }
  const chunks: CoderChunk[] = [];
  for (const c of doc.layers.chunks ?? []) {
    if (c.tokenStart >= sentence.tokenStart && c.tokenEnd <= sentence.tokenEnd) chunks.push({ type: c.type, start: c.tokenStart - sentence.tokenStart, end: c.tokenEnd - sentence.tokenStart });
  }
  return { tokens: words, actors: actors(doc, sentence, words), ...(chunks.length ? { chunks } : {}) };
}

/**
 * Codes every sentence of a Doc (needs tokens, sentences and pos; chunks, links and quotes when
 * present) into events with evidence spans, codebook values and flags. A story-level discard
 * phrase anywhere ("World Cup" lists) leaves the article uncoded.
 */
export function codeDoc(doc: Doc, dict: EventDictionaries, options: CoderOptions, actors: ActorSource = linkActors): Event[] {
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const quotes = doc.layers.quotes ?? [];
  const date = doc.meta.published?.slice(0, 10);
  const out: Event[] = [];
  const story: CoderSentence[] = sentences.map((s) => coderSentence(doc, s, actors));
  if (dict.discards.story.length > 0 && story.some((s) => discarded(s.tokens, dict.discards.story))) return [];
  story.forEach((s, si) => {
    const sentence = sentences[si] as Sentence;
    const span = (from: number, to: number) => ({ start: (tokens[sentence.tokenStart + from] as Token).start, end: (tokens[sentence.tokenStart + to - 1] as Token).end });
    const actor = (a: ActorMention | undefined): EventActor => (a ? { ...span(a.start, a.end), code: a.code, ...(a.link !== undefined ? { link: a.link } : {}) } : { start: sentence.start, end: sentence.start, code: '---' });
    for (const e of codeSentence(s, dict, options)) {
      const action = span(e.action.start, e.action.end);
      const entry = cameoCode(e.code);
      const quoteIndex = quotes.findIndex((q) => q.content.some((c) => c.start <= action.start && action.end <= c.end));
      const quote = quoteIndex >= 0 ? quotes[quoteIndex] : undefined;
      out.push({
        ...action,
        source: actor(e.source),
        target: actor(e.target),
        code: e.code,
        base: entry?.base ?? e.code.slice(0, 3),
        root: entry?.root ?? e.code.slice(0, 2),
        ...(entry?.quadClass ? { quadClass: entry.quadClass } : {}),
        ...(entry?.goldstein !== undefined ? { goldstein: entry.goldstein } : {}),
        ...(entry?.plover ? { plover: entry.plover } : {}),
        verb: e.verb,
        ...(e.governor ? { governor: e.governor } : {}),
        sentence: si,
        lead: si === 0,
        ...(date ? { date } : {}),
        negated: e.negated,
        hypothetical: e.hypothetical,
        quoted: quote !== undefined,
        ...(quote ? { quote: quoteIndex } : {}),
        ...(quote?.speakerLink !== undefined ? { speakerLink: quote.speakerLink } : {}),
      });
    }
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
