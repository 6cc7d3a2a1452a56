import type { Doc, Quote, QuoteKind, Span } from '../../doc/index.js';
import { ADDRESSEE_VERBS, BETWEEN_SUBJECT_AND_VERB, NOUN_FORMS, SPEAKER_PRONOUNS, SPEECH_VERBS, WEAK_VERBS } from './cues.js';
import { mentionIn, quoteContext, tokenAt, type QuoteContext } from './context.js';
import { findQuotedStretches } from './marks.js';
import { clauseSubject, phraseRight, speakerLeft, type Party } from './speaker.js';

/** Tokens after a closing mark searched for its attribution: `”, the Kremlin spokesman said`. */
const AFTER_WINDOW = 30;
/** Tokens before an opening mark searched for its cue: “Hale, who is co-director of … in Eurasia, noted, “…”. */
const BEFORE_WINDOW = 60;
/** Most words of a quoted phrase inside a sentence that is a word used rather than a statement. */
const SHORT_QUOTE_WORDS = 2;
const DASHES = new Set(['―', '—', '–', '-', '--']);
/** Fewest words an indirect content needs: "…, he said." after a two-word clause is no report. */
const MIN_CONTENT_WORDS = 3;
const TERMINAL = new Set(['.', '!', '?']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'by', 'from', 'of', 'for', 'with', 'about', 'over', 'late', 'early', 'last', 'this', 'earlier']);

interface Attribution {
  readonly cue: Span;
  readonly cueEnd: number;
  readonly speaker?: Party;
  readonly addressee?: Party;
}

function span(ctx: QuoteContext, from: number, to: number): Span {
  return { start: ctx.tokens[from]!.start, end: ctx.tokens[to]!.end };
}

/** Whether the word before token `i` can end a speaker: a name, a pronoun or "source(s)", not "battleground" of "battleground states". */
function speakerBefore(ctx: QuoteContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  if (!before) return false;
  const w = ctx.lower[i - 1]!;
  return /^\p{Lu}/u.test(ctx.text[before.start]!) && !/^(united|the)$/.test(w) || SPEAKER_PRONOUNS.has(w);
}

/** Whether token `i` is a cue: a speech verb (a weak one only when `weak`), or "according" of "according to". */
function isCue(ctx: QuoteContext, i: number, weak: boolean): boolean {
  const w = ctx.lower[i]!;
  if (w === 'according') return ctx.lower[i + 1] === 'to';
  if (w === 'point' || w === 'points' || w === 'pointed') return ctx.lower[i + 1] === 'out';
  if (!SPEECH_VERBS.has(w)) return false;
  // "the United States", "Says Who": a capitalized form is a name or a headline, not a cue.
  if (/^\p{Lu}/u.test(ctx.text[ctx.tokens[i]!.start]!) && ctx.lower[i - 1] !== undefined && !TERMINAL.has(ctx.lower[i - 1]!) && !/["“”‘’'\n]/.test(ctx.text[ctx.tokens[i]!.start - 1] ?? '\n')) return false;
  if (!weak && (WEAK_VERBS.has(w) || (NOUN_FORMS.has(w) && !speakerBefore(ctx, i)))) return ctx.lower[i + 1] === 'that';
  return true;
}

/** The cue's span: "according to" and "pointed out" are two words. */
function cueSpan(ctx: QuoteContext, i: number): { cue: Span; last: number } {
  const w = ctx.lower[i]!;
  const last = w === 'according' || ctx.lower[i + 1] === 'out' ? i + 1 : i;
  return { cue: span(ctx, i, last), last };
}

/** Who said it and to whom, for the cue at token `i`, searching no further left than `limit`. */
function attribute(ctx: QuoteContext, i: number, limit: number, end: number): Attribution {
  const { cue, last } = cueSpan(ctx, i);
  if (ctx.lower[i] === 'according') {
    const speaker = phraseRight(ctx, last + 1, end);
    return { cue, cueEnd: last, ...(speaker ? { speaker } : {}) };
  }
  const w = ctx.lower[i]!;
  if (w.endsWith('ing') || ctx.lower[i - 1] === 'to') {
    // "…, saying that …" and "took to Twitter to accuse …" speak for the clause's subject.
    const subject = clauseSubject(ctx, limit, i);
    if (!subject) return { cue, cueEnd: last };
    const addressee = ADDRESSEE_VERBS.has(w) ? phraseRight(ctx, last + 1, end) : undefined;
    return { cue, cueEnd: addressee ? tokenAt(ctx.tokens, addressee.end) - 1 : last, speaker: subject, ...(addressee ? { addressee } : {}) };
  }
  const left = speakerLeft(ctx, i, limit);
  const speaker = left ?? phraseRight(ctx, last + 1, end);
  const addressee = left && ADDRESSEE_VERBS.has(ctx.lower[i]!) ? phraseRight(ctx, last + 1, end) : undefined;
  const cueEnd = addressee ? tokenAt(ctx.tokens, addressee.end) - 1 : !left && speaker ? tokenAt(ctx.tokens, speaker.end) - 1 : last;
  return { cue, cueEnd, ...(speaker ? { speaker } : {}), ...(addressee ? { addressee } : {}) };
}

function quote(kind: QuoteKind, content: readonly Span[], a: Attribution | undefined, inherited?: Party): Quote {
  const speaker = a?.speaker ?? inherited;
  return {
    start: content[0]!.start,
    end: content[content.length - 1]!.end,
    kind,
    content,
    ...(a ? { cue: a.cue } : {}),
    ...(speaker ? { speaker: { start: speaker.start, end: speaker.end } } : {}),
    ...(speaker?.link !== undefined ? { speakerLink: speaker.link } : {}),
    ...(a?.addressee ? { addressee: { start: a.addressee.start, end: a.addressee.end } } : {}),
    ...(a?.addressee?.link !== undefined ? { addresseeLink: a.addressee.link } : {}),
  };
}

/** The last token of a sentence's content, before its final punctuation (and closing mark). */
function contentEnd(ctx: QuoteContext, from: number, sentenceEnd: number): number {
  let to = sentenceEnd - 1;
  while (to > from && (TERMINAL.has(ctx.lower[to]!) || ctx.lower[to] === ',' || ctx.lower[to] === ':')) to -= 1;
  return to;
}

/**
 * Whether quote marks hold a title rather than words said: every word of four letters or more
 * capitalized, at most eight words (“Fox News Sunday,” ‘The Art of the Deal’).
 */
function isTitle(text: string, fragments: readonly Span[]): boolean {
  if (fragments.length !== 1) return false;
  const words = text.slice(fragments[0]!.start, fragments[0]!.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return words.length <= 8 && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Where a report after its cue starts: "said in a statement that …" and "told X during a visit that …" start at "that". */
function reportStart(ctx: QuoteContext, from: number, limit: number): number {
  if (!PREPOSITIONS.has(ctx.lower[from] ?? '')) return from;
  for (let j = from; j < Math.min(limit, from + 10); j++) {
    if (ctx.lower[j] === 'that') return j;
    if (ctx.lower[j] === ',') break;
  }
  return from;
}

/** Words among tokens `[from, to]`, counted up to `enough` (a bound, so a huge sentence costs no more). */
function wordCount(ctx: QuoteContext, from: number, to: number, enough = 8): number {
  let n = 0;
  for (let i = from; i <= to && n < enough; i++) if (/^[\p{L}\p{N}]/u.test(ctx.lower[i]!)) n += 1;
  return n;
}

/**
 * Finds the quotations and reported speech of an article. Direct quotes come from quote marks
 * (see {@link findQuotedStretches}); each is attributed by the cue right after it ("…,” Putin
 * said) or, failing that, the nearest cue before it in its sentence (Hale noted, “…”); a quote
 * broken by its attribution ("…,” Putin said, “and …”) is one quote of two fragments; a quote with
 * no cue that follows a quote takes its speaker, as news paragraphs do. A quote inside reported
 * speech (told X that it is “…”) makes the report `mixed`. Then, in text outside quote marks,
 * reported speech: "X said (that) …", "…, X said", "according to X, …".
 *
 * Needs `tokens`, `sentences` and `paragraphs`; uses `links` for speakers when present.
 */
export function findQuotes(doc: Doc): Quote[] {
  const stretches = findQuotedStretches(doc.text, doc.layers.paragraphs ?? [{ start: 0, end: doc.text.length }]);
  const ctx = quoteContext(doc, stretches);
  const { tokens } = ctx;
  const quotes: Quote[] = [];
  const usedCues = new Set<number>();
  const covered = new Uint8Array(tokens.length);
  const cover = (from: number, to: number) => covered.fill(1, from, to + 1);
  let previous: { speaker?: Party; paragraphEnd: number } | undefined;
  const paragraphs = doc.layers.paragraphs ?? [];
  const paragraphEndAt = (offset: number): number => paragraphs.find((p) => p.end >= offset)?.end ?? doc.text.length;

  for (let s = 0; s < stretches.length; s++) {
    const fragments = [...stretches[s]!.fragments];
    const first = fragments[0]!;
    const firstTok = tokenAt(tokens, first.start);
    if (firstTok >= tokens.length || isTitle(doc.text, fragments)) continue;
    let lastTok = tokenAt(tokens, fragments[fragments.length - 1]!.end) - 1;
    const [sentStart] = ctx.sentenceOf[firstTok]!;
    let [, sentEnd] = ctx.sentenceOf[Math.max(firstTok, lastTok)]!;
    // The sentence splitter may end a sentence at the quote's own final period: “…today.” she said.
    if (lastTok + 1 < tokens.length && lastTok + 1 >= sentEnd && /^\p{Ll}/u.test(ctx.text[tokens[lastTok + 1]!.start]!)) {
      sentEnd = ctx.sentenceOf[lastTok + 1]![1];
    }
    let attribution: Attribution | undefined;
    let kind: QuoteKind = 'direct';
    let content: Span[] = fragments;
    const afterQuote = lastTok + 1;
    if (afterQuote < tokens.length && DASHES.has(ctx.lower[afterQuote]!) && /^\p{Lu}/u.test(ctx.text[tokens[afterQuote + 1]?.start ?? 0] ?? '')) {
      // “…” ― Pamela Padilla: a dash and a name sign the quote.
      const speaker = phraseRight(ctx, afterQuote + 1, Math.min(tokens.length, afterQuote + 8));
      if (speaker) attribution = { cue: span(ctx, afterQuote, afterQuote), cueEnd: tokenAt(tokens, speaker.end) - 1, speaker };
    }
    for (let i = afterQuote; !attribution && i < Math.min(sentEnd, afterQuote + AFTER_WINDOW); i++) {
      if (ctx.stretchOf[i] !== -1 || TERMINAL.has(ctx.lower[i]!)) break;
      if (!isCue(ctx, i, true)) continue;
      const a = attribute(ctx, i, afterQuote, sentEnd);
      let subjectAt = afterQuote;
      while (subjectAt < i && /^[,:;—–-]$/.test(ctx.lower[subjectAt]!)) subjectAt += 1;
      if (subjectAt === i) {
        if (a.speaker) attribution = a;
      } else {
        // “…,” Scott Pruitt, the attorney general of Oklahoma, said: the subject starts right after the quote.
        const subject = phraseRight(ctx, subjectAt, i);
        let next = subject ? tokenAt(tokens, subject.end) : i;
        const appositive = ctx.lower[next] === ',';
        while (next < i && BETWEEN_SUBJECT_AND_VERB.has(ctx.lower[next]!)) next += 1;
        if (subject && (next === i || appositive)) attribution = { ...a, speaker: subject };
        else if (a.speaker && i - afterQuote <= 10 && tokenAt(tokens, a.speaker.end) - 1 < i) attribution = a;
      }
      if (attribution) usedCues.add(i);
      break;
    }
    if (attribution) {
      // “…,” Putin said, “and …”: the next stretch right after the attribution continues this quote.
      const next = stretches[s + 1];
      const after = Math.max(attribution.cueEnd, attribution.speaker ? tokenAt(tokens, attribution.speaker.end) - 1 : 0);
      const gap = next ? doc.text.slice(tokens[after]!.end, next.fragments[0]!.start) : '';
      // “…,” Pryce told reporters after the session, “but …”: a short phrase may follow the attribution.
      if (next && gap.length <= 60 && /^[^.!?"“”\n]*[,:]\s*$/.test(gap)) {
        content = [...fragments, ...next.fragments];
        s += 1;
        lastTok = tokenAt(tokens, next.fragments[next.fragments.length - 1]!.end) - 1;
      }
    } else {
      let best = -1;
      let fallback: Attribution | undefined;
      for (let i = firstTok - 1; i >= Math.max(sentStart, firstTok - BEFORE_WINDOW); i--) {
        if (ctx.stretchOf[i] !== -1) break;
        if (usedCues.has(i) || !isCue(ctx, i, true)) continue;
        const a = attribute(ctx, i, sentStart, firstTok);
        if (a.speaker && tokenAt(tokens, a.speaker.end) - 1 < i) {
          attribution = a;
          best = i;
          break;
        }
        if (best < 0) [best, fallback] = [i, a];
      }
      attribution ??= fallback;
      if (attribution && best >= 0) {
        usedCues.add(best);
        let gap = attribution.cueEnd + 1;
        while (gap < firstTok && /^[,:—–-]$|^that$/.test(ctx.lower[gap]!)) gap += 1;
        // Says of Clinton, “…”: a phrase closed by a comma or colon before the quote leaves it direct.
        if (gap < firstTok && !(firstTok - gap <= 8 && /^[,:]$/.test(ctx.lower[firstTok - 1]!))) {
          kind = 'mixed';
          const end = Math.max(lastTok, contentEnd(ctx, lastTok, sentEnd));
          content = [{ start: tokens[reportStart(ctx, attribution.cueEnd + 1, firstTok)]!.start, end: Math.max(tokens[end]!.end, fragments[fragments.length - 1]!.end) }];
          lastTok = end;
        }
      }
    }
    const inherit = !attribution && previous && first.start <= previous.paragraphEnd + 2 ? previous.speaker : undefined;
    const sentenceLike = firstTok === sentStart || wordCount(ctx, firstTok, lastTok) >= 6;
    if (!attribution && !(inherit && sentenceLike)) continue;
    // called it “absurd”: a word or two in marks inside a sentence is a word used, not a statement.
    if (kind === 'direct' && firstTok !== sentStart && wordCount(ctx, firstTok, lastTok, 3) <= SHORT_QUOTE_WORDS) continue;
    const last = quotes[quotes.length - 1];
    if (!attribution && last && last.kind === 'direct' && previous && first.start < previous.paragraphEnd) {
      // “…,” Warren said. “…”: the next quote of the same paragraph goes on with the same statement.
      quotes[quotes.length - 1] = { ...last, content: [...last.content, ...content], end: content[content.length - 1]!.end };
      cover(firstTok, lastTok);
      continue;
    }
    const q = quote(kind, content, attribution, inherit);
    quotes.push(q);
    cover(Math.min(firstTok, tokenAt(tokens, q.start)), lastTok);
    if (attribution) cover(tokenAt(tokens, attribution.cue.start), attribution.cueEnd);
    previous = { ...(q.speaker ? { speaker: { ...q.speaker, ...(q.speakerLink !== undefined ? { link: q.speakerLink } : {}) } } : {}), paragraphEnd: paragraphEndAt(q.end) };
  }

  indirect(ctx, usedCues, covered, quotes);
  speakerLines(ctx, paragraphs, covered, quotes);
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Reported speech outside quote marks, sentence by sentence. */
function indirect(ctx: QuoteContext, usedCues: ReadonlySet<number>, covered: Uint8Array, quotes: Quote[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || usedCues.has(i) || ctx.stretchOf[i] !== -1 || !isCue(ctx, i, false)) continue;
    const [sentStart, sentEnd] = ctx.sentenceOf[i]!;
    const a = attribute(ctx, i, sentStart, sentEnd);
    if (!a.speaker) continue;
    const speakerFrom = tokenAt(tokens, a.speaker.start);
    const lastContent = contentEnd(ctx, a.cueEnd + 1, sentEnd);
    let from = reportStart(ctx, a.cueEnd + 1, sentEnd);
    if (PREPOSITIONS.has(ctx.lower[from] ?? '')) from = sentEnd;
    const before = speakerFrom < i ? speakerFrom : i;
    let content: Span | undefined;
    if (ctx.lower[i] === 'according' && speakerFrom > i) {
      // "According to X, …" or "…, according to X."
      const speakerLast = tokenAt(tokens, a.speaker.end) - 1;
      if (ctx.lower[speakerLast + 1] === ',' && wordCount(ctx, speakerLast + 2, lastContent) >= MIN_CONTENT_WORDS) content = span(ctx, speakerLast + 2, lastContent);
      else if (ctx.lower[i - 1] === ',' && wordCount(ctx, sentStart, i - 2) >= MIN_CONTENT_WORDS) content = span(ctx, sentStart, i - 2);
    } else if (from < sentEnd && wordCount(ctx, from, lastContent) >= MIN_CONTENT_WORDS && !/^[,.;:!?)]$/.test(ctx.lower[from]!) && ctx.lower[from] !== 'to' && ctx.lower[from] !== 'by') {
      content = span(ctx, from, lastContent);
    } else if (before - 1 > sentStart && ctx.lower[before - 1] === ',' && wordCount(ctx, sentStart, before - 2) >= MIN_CONTENT_WORDS) {
      // "…, sources said." and "…, said a spokesman."
      content = span(ctx, sentStart, before - 2);
    }
    if (!content) continue;
    const speakerWord = ctx.lower[speakerFrom]!;
    if (speakerWord === 'who' || (SPEAKER_PRONOUNS.has(speakerWord) && speakerWord === 'it' && a.speaker.link === undefined)) continue;
    const cFrom = tokenAt(tokens, content.start);
    const cTo = tokenAt(tokens, content.end) - 1;
    let overlapsQuote = false;
    let mixed = false;
    for (let j = cFrom; j <= cTo; j++) {
      if (covered[j]) overlapsQuote = true;
      if (ctx.stretchOf[j] !== -1) mixed = true;
    }
    if (overlapsQuote) continue;
    quotes.push(quote(mixed ? 'mixed' : 'indirect', [content], a));
    covered.fill(1, Math.min(cFrom, tokenAt(tokens, a.cue.start)), Math.max(cTo, a.cueEnd) + 1);
    i = Math.max(i, cTo);
  }
}

/** A paragraph opening with a name and a colon: "PENCE: Well, look…", "Pat Caddell: It's ‘in their heads’". */
const SPEAKER_LINE = /^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]*:[ \t]+(?=\S)/u;
/** Labels that open a line with a colon without anyone speaking. */
const NOT_SPEAKERS = /^(note|photo|photos|image|source|sources|update|updated|related|read|watch|editor|video|click|follow|email|contact|correction|disclosure|tags|posted|warning|caption|credit|subscribe|share|advertisement|listen|see|more|also|and|but|the|this|that|q|a)\b/i;

/**
 * Transcript and headline lines ("WALLACE: If I may, sir…"): the name before the colon speaks the
 * rest of the paragraph. They hold no quote marks of their own, so they are reported speech here.
 */
function speakerLines(ctx: QuoteContext, paragraphs: readonly Span[], covered: Uint8Array, quotes: Quote[]): void {
  const { tokens, text } = ctx;
  for (const p of paragraphs) {
    const m = SPEAKER_LINE.exec(text.slice(p.start, Math.min(p.end, p.start + 80)));
    if (!m?.[1] || NOT_SPEAKERS.test(m[1])) continue;
    const speakerEnd = p.start + m[1].length;
    const colon = text.indexOf(':', speakerEnd);
    const from = tokenAt(tokens, p.start + m[0].length);
    let to = tokenAt(tokens, p.end) - 1;
    while (to > from && TERMINAL.has(ctx.lower[to]!)) to -= 1;
    if (from >= tokens.length || to < from || wordCount(ctx, from, to) < MIN_CONTENT_WORDS) continue;
    let free = true;
    for (let i = tokenAt(tokens, p.start); i <= to && free; i++) if (covered[i]) free = false;
    if (!free) continue;
    const link = mentionIn(ctx, p.start, speakerEnd);
    const mixed = ctx.stretchOf.subarray(from, to + 1).some((s) => s !== -1);
    quotes.push({
      start: tokens[from]!.start, end: tokens[to]!.end, kind: mixed ? 'mixed' : 'indirect',
      content: [{ start: tokens[from]!.start, end: tokens[to]!.end }],
      cue: { start: colon, end: colon + 1 },
      speaker: { start: p.start, end: speakerEnd },
      ...(link ? { speakerLink: link.link } : {}),
    });
    covered.fill(1, tokenAt(tokens, p.start), to + 1);
  }
}
