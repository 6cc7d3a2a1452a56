/** Words that put a clause in the future: "will meet", "is expected to", "plans to". */
const FUTURE = /\b(?:will|won't|shall|going\s+to|expected\s+to|scheduled|due\s+to|plans?\s+to|planned|set\s+to|is\s+to|are\s+to|upcoming|'ll)\b/gi;
/**
 * Words that put it in the past: "said", "was", regular past forms. A noun ending in -ed ("red",
 * "need") is the price of keeping this a regular expression; it only breaks ties inside one sentence.
 */
const PAST = /\b(?:said|told|was|were|had|did|met|took|came|went|made|began|held|left|saw|gave|won|lost|fell|rose|sent|spoke|wrote|ran|got|\w{3,}ed)\b/gi;
/** Characters after a future word within which a past form is its participle. */
const FUTURE_REACH = 25;
const CLAUSE_BREAK = /[,;:]\s|\bthat\s/g;
const SENTENCE_END = /[.!?]["”’)]?\s|\n/g;

function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

/**
 * Which way the clause around `[start, end)` looks, judged from the nearest tense cue: the last one
 * before the expression in its clause (back to a comma, semicolon or "that") ("said on Monday" past, "will meet on Monday" future), else
 * the first one after it ("On Monday, the council will vote"); undefined when there is none.
 */
export function clauseTense(text: string, start: number, end: number): 'past' | 'future' | undefined {
  const from = Math.max(0, start - 200);
  const before = text.slice(from, start);
  let sentenceStart = 0;
  for (const m of before.matchAll(SENTENCE_END)) sentenceStart = m.index + m[0].length;
  // The clause: from the last comma, semicolon or "that" before the expression.
  const sentence = before.slice(sentenceStart);
  const clauseStart = Math.max(...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), 0);
  const prefix = sentence.slice(clauseStart);
  const future = lastIndex(FUTURE, prefix);
  // A participle right after the future word belongs to it: "will be held", "is expected to be signed".
  const past = lastIndex(PAST, future === -1 ? prefix : prefix.slice(0, future) + ' '.repeat(Math.min(prefix.length - future, FUTURE_REACH)) + prefix.slice(future + FUTURE_REACH));
  // "expected to" is a future cue and an -ed form at once: the future reading wins the tie.
  if (future !== -1 || past !== -1) return future >= past ? 'future' : 'past';
  const after = text.slice(end, end + 200);
  SENTENCE_END.lastIndex = 0;
  const stop = Math.min(SENTENCE_END.exec(after)?.index ?? after.length, after.search(/[,;:]/) === -1 ? after.length : after.search(/[,;:]/));
  const suffix = after.slice(0, stop);
  const f = suffix.search(FUTURE);
  const p = suffix.search(PAST);
  if (f === -1 && p === -1) return undefined;
  return f !== -1 && (p === -1 || f <= p) ? 'future' : 'past';
}
