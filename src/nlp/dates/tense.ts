/** Words that put a clause in the future: "will meet", "is expected to", "plans to". */
const FUTURE = /\b(?:will|won't|shall|going\s+to|expected\s+to|scheduled|due\s+to|plans?\s+to|planned|set\s+to|is\s+to|are\s+to|supposed\s+to|upcoming|as\s+(?:soon|early)\s+as|'ll)\b/gi;
/**
 * Words that put it in the past: "said", "was", regular past forms. A noun ending in -ed ("red",
 * "need") is the price of keeping this a regular expression; it only breaks ties inside one sentence.
 */
const PAST = /\b(?:said|told|was|were|had|did|met|took|came|went|made|began|held|left|saw|gave|won|lost|fell|rose|sent|spoke|wrote|ran|got|brought|bought|sold|paid|thought|found|became|kept|led|built|struck|fought|caught|taught|grew|knew|drew|threw|chose|spent|felt|heard|stood|sought|broke|shot|fled|flew|froze|hung|meant|rode|shook|slid|stole|swore|tore|woke|wore|\w{3,}ed)\b/gi;
/**
 * A participle after "is", "be" or "being" is a passive present or infinitive, not a past: "is
 * expected", "to be returned by Jan. 14", "when the case is heard in May".
 */
const PASSIVE_PRESENT = /\b(?:is|are|am|be|being)\s+(?:\w+ly\s+)?$/i;
/** Characters after a future word within which a past form is its participle. */
const FUTURE_REACH = 25;
const CLAUSE_BREAK = /[,;:]\s|\bthat\s/g;
const SENTENCE_END = /[.!?]["”’)]?\s|\n/g;

/** Where the last cue of `re` in `s` starts, ignoring those that begin before `from`; -1 when none. */
function lastCue(re: RegExp, s: string, skip?: { from: number; to: number }): number {
  let last = -1;
  for (const m of s.matchAll(re)) if (!skip || m.index < skip.from || m.index >= skip.to) last = m.index;
  return last;
}

/** Where the last past cue of `s` starts that is not a passive present participle; -1 when none. */
function lastPast(s: string, skip?: { from: number; to: number }): number {
  let last = -1;
  for (const m of s.matchAll(PAST)) {
    if (skip && m.index >= skip.from && m.index < skip.to) continue;
    if (PASSIVE_PRESENT.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
    last = m.index;
  }
  return last;
}

/** Where the clause after an expression ends: a comma, semicolon, colon or the sentence's end. */
function clauseEnd(after: string): number {
  SENTENCE_END.lastIndex = 0;
  const sentence = SENTENCE_END.exec(after)?.index ?? after.length;
  const punctuation = after.search(/[,;:]/);
  return punctuation === -1 ? sentence : Math.min(sentence, punctuation);
}

/**
 * Which way the clause around `[start, end)` looks, judged from the nearest tense cue: the last one
 * before the expression in its clause, back to a comma, semicolon or "that" ("said on Monday" past,
 * "will meet on Monday" future), else the first one after it ("On Monday the council will vote");
 * undefined when there is none.
 */
export function clauseTense(text: string, start: number, end: number): 'past' | 'future' | undefined {
  const before = text.slice(Math.max(0, start - 200), start);
  let sentenceStart = 0;
  for (const m of before.matchAll(SENTENCE_END)) sentenceStart = m.index + m[0].length;
  const sentence = before.slice(sentenceStart);
  const clauseStart = Math.max(0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length));
  const prefix = sentence.slice(clauseStart);
  let future = lastCue(FUTURE, prefix);
  // A participle right after the future word belongs to it: "will be held", "is expected to be signed".
  let past = lastPast(prefix, future === -1 ? undefined : { from: future + 1, to: future + FUTURE_REACH });
  // "had been due to expire Friday": a plan as it stood before publication, so the day is past.
  if (future !== -1 && /\bhad\s+been\s+$/i.test(prefix.slice(Math.max(0, future - 12), future))) {
    past = Math.max(past, future);
    future = -1;
  }
  // "expected to" is a future cue and an -ed form at once: the future reading wins the tie.
  if (future !== -1 || past !== -1) return future >= past ? 'future' : 'past';
  // An opening phrase set off by a comma ("In January, the firm hired…") takes the tense of the clause after it.
  const opening = /^\s*,\s*/.exec(text.slice(end, end + 4));
  const suffix = text.slice(end + (opening?.[0].length ?? 0), end + 200);
  const clause = suffix.slice(0, clauseEnd(suffix));
  const f = clause.search(FUTURE);
  const first = [...clause.matchAll(PAST)].find((m) => !PASSIVE_PRESENT.test(clause.slice(Math.max(0, m.index - 24), m.index)));
  const p = first?.index ?? -1;
  if (f === -1 && p === -1) return undefined;
  return f !== -1 && (p === -1 || f <= p) ? 'future' : 'past';
}
