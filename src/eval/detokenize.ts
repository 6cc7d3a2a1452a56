import type { Sentence, Span } from '../doc/index.js';
import type { ConllDocument } from './conll.js';

/** Raw text rebuilt from gold tokens, with the gold token and sentence spans in that text. */
export interface GoldText {
  readonly text: string;
  readonly tokens: readonly Span[];
  readonly sentences: readonly Sentence[];
}

/** Tokens written against the word before them: "said ,", "Germany 's", "do n't", "2.5 %". */
const ATTACH_LEFT: ReadonlySet<string> = new Set([
  ',', '.', ';', ':', ')', ']', '}', '?', '!', '%', "'", "'s", "'S", "'re", "'RE", "'ve", "'VE", "'ll",
  "'LL", "'m", "'M", "'d", "'D", "n't", "N'T",
]);

/** Tokens written against the word after them: "( Reuters", "$ 1.5", "C$ 20". */
const ATTACH_RIGHT: ReadonlySet<string> = new Set(['(', '[', '{', '$', 'C$', 'A$', 'US$', 'HK$', 'NZ$', '£', '#']);

/** "LONDON 1996-08-30": a short line naming a place and an ISO date. */
function isDateline(forms: readonly string[]): boolean {
  return forms.length <= 8 && forms.some((f) => /^\d{4}-\d\d-\d\d$/.test(f));
}

const STOPS: ReadonlySet<string> = new Set(['.', '?', '!', '...']);

/**
 * True when a gold sentence ends like prose: ". ? ! ..." maybe followed by closing quotes or
 * brackets. CoNLL also cut "sentences" at the line ends of tables and lists ("LG 2 OB 0",
 * "Lancashire 197-8 ( W. Hegg 54 )"), which were line breaks in the wire copy.
 */
function endsWithStop(forms: readonly string[]): boolean {
  let k = forms.length - 1;
  while (k > 0 && (forms[k] === '"' || forms[k] === "'" || forms[k] === ')')) k--;
  return STOPS.has(forms[k] ?? '');
}

/**
 * How many leading sentences are header lines: the headline, and when a dateline follows within
 * the next three sentences, the byline lines and the dateline too.
 */
function headerLength(doc: ConllDocument): number {
  for (let k = 1; k < Math.min(4, doc.sentences.length); k++) {
    if (isDateline((doc.sentences[k]?.tokens ?? []).map((t) => t.form))) return k + 1;
  }
  return 1;
}

/**
 * Rebuilds the raw text of a CoNLL document the way a news wire writes it: no space before
 * `, . ; : ) % 's n't` and closing quotes, none after `( $` and opening quotes (a `"` opens unless
 * one is open, also across sentences, so a quote spanning sentences comes out right),
 * sentences separated by one space when the previous one ends with a stop, and by a newline
 * otherwise: the header lines (headline, byline, dateline) and the rows of results tables were
 * lines of their own in the wire copy the corpus was cut from.
 *
 * Why this is a fair but optimistic test: every gold token boundary stays a real character
 * boundary and every convention-bearing case ("n't", "'s", "U.S.", "1,000", "1996-08-30", hyphens)
 * is reproduced as it was typed, so tokenizer disagreements are genuine convention differences.
 * But the text is cleaner than real copy: no typos, no missing spaces, no hard line wraps inside a
 * paragraph (CoNLL cut some sentences at those wraps, which a splitter on this text cannot see and
 * which therefore count as misses), one spelling of each quote, and spacing chosen from the gold
 * tokens themselves where real text is ambiguous.
 *
 * @example
 * detokenize(doc).text // 'EU rejects German call to boycott British lamb.\nPeter Blackburn\nBRUSSELS 1996-08-22\nThe…'
 */
export function detokenize(doc: ConllDocument): GoldText {
  const parts: string[] = [];
  const tokens: Span[] = [];
  const sentences: Sentence[] = [];
  const header = headerLength(doc);
  let length = 0;
  let inQuote = false;
  let glueNext = true;
  doc.sentences.forEach((sentence, s) => {
    const previous = doc.sentences[s - 1];
    if (previous) {
      parts.push(s <= header || !endsWithStop(previous.tokens.map((t) => t.form)) ? '\n' : ' ');
      length += 1;
      glueNext = true;
    }
    const tokenStart = tokens.length;
    const n = sentence.tokens.length;
    sentence.tokens.forEach((token, k) => {
      const form = token.form;
      let glueLeft = ATTACH_LEFT.has(form);
      let glueRight = ATTACH_RIGHT.has(form);
      if (form === '"') {
        const opens = k === 0 || (!inQuote && k < n - 1);
        glueLeft = !opens;
        glueRight = opens;
        inQuote = opens;
      }
      if (!glueNext && !glueLeft) {
        parts.push(' ');
        length += 1;
      }
      tokens.push({ start: length, end: length + form.length });
      parts.push(form);
      length += form.length;
      glueNext = glueRight;
    });
    if (tokens.length > tokenStart) {
      const first = tokens[tokenStart] as Span;
      const last = tokens[tokens.length - 1] as Span;
      sentences.push({ start: first.start, end: last.end, tokenStart, tokenEnd: tokens.length });
    }
  });
  return { text: parts.join(''), tokens, sentences };
}
