import type { Paragraph, Span } from '../../doc/index.js';

/** Double marks (" “ ” „ « ») and single ones (' ‘ ’ ‹ ›) open and close only their own family. */
type Family = 'double' | 'single';

/** What a quote character does where it stands. */
type Role = 'open' | 'close' | 'either';

interface Mark {
  readonly at: number;
  readonly family: Family;
  readonly role: Role;
}

/**
 * One stretch of quoted text: one fragment per paragraph it runs over (the news convention of
 * a quote continued on the next paragraph with no closing mark before it), each including its
 * marks. `closed` is false when the last fragment ends at a paragraph end without a closing mark.
 */
export interface QuotedStretch {
  readonly fragments: readonly Span[];
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE_BEFORE = /[\s([{\u2014\u2013\-/:;]/u;

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

/**
 * The role of the quote character at `i`, or undefined when it is not a quote mark there: an
 * apostrophe ("don’t", "Putin’s", "’90s"), an inch or minute mark after a digit (`12"`, `5'`).
 */
function markAt(text: string, i: number): Mark | undefined {
  const ch = text[i];
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  const openSide = before === undefined || SPACE_BEFORE.test(before) || '“‘"\''.includes(before);
  if (ch === "'" && (before === "'" || after === "'")) {
    // ''…'': two straight single marks stand for a double one (the first of the pair speaks for both).
    if (before === "'") return undefined;
    const next = text[i + 2];
    return { at: i, family: 'double', role: openSide ? 'open' : next === undefined || !isWord(next) ? 'close' : 'either' };
  }
  switch (ch) {
    case '“':
    case '„':
    case '«':
      return { at: i, family: 'double', role: 'open' };
    case '”':
    case '»':
      return { at: i, family: 'double', role: 'close' };
    case '"':
      if (before !== undefined && /\d/.test(before) && !isWord(after)) return { at: i, family: 'double', role: 'close' };
      return { at: i, family: 'double', role: openSide ? 'open' : after === undefined || !isWord(after) ? 'close' : 'either' };
    case '‘':
    case '‹':
      return isWord(before) ? undefined : { at: i, family: 'single', role: 'open' };
    case '›':
      return { at: i, family: 'single', role: 'close' };
    case '’':
    case "'":
      if (isWord(before) && isWord(after)) return undefined;
      if (openSide) return isWord(after) && !/\d/.test(after ?? '') ? { at: i, family: 'single', role: 'open' } : undefined;
      return isWord(after) ? undefined : { at: i, family: 'single', role: 'close' };
    default:
      return undefined;
  }
}

const QUOTE_CHARS = /["“”„«»'‘’‹›]/g;

/** The first non-space character of a paragraph, when it opens a quote of `family`. */
function reopens(text: string, paragraph: Paragraph, family: Family): boolean {
  const mark = markAt(text, paragraph.start);
  return mark !== undefined && mark.family === family && mark.role !== 'close';
}

/** Paragraphs a quote may run over before it is taken as an unbalanced mark instead. */
const MAX_PARAGRAPHS = 12;

/**
 * Finds the quoted stretches of the text, paragraph by paragraph. A mark opens a stretch, only a
 * mark of the same family closes it, and marks of the other family inside are nested quotes.
 * A stretch still open at a paragraph's end goes on only when the next paragraph opens with a
 * mark of its family; otherwise its opening mark was unbalanced and it is dropped, so a missing
 * mark never makes a quote of the rest of the article. A double mark opening inside an open
 * double stretch means the first one was unbalanced: the stretch starts again there.
 */
export function findQuotedStretches(text: string, paragraphs: readonly Paragraph[]): QuotedStretch[] {
  const stretches: QuotedStretch[] = [];
  let open: { family: Family; start: number; fragments: Span[]; paragraphs: number } | undefined;
  paragraphs.forEach((paragraph, p) => {
    const slice = text.slice(paragraph.start, paragraph.end);
    let fragmentStart = open ? paragraph.start : -1;
    for (const m of slice.matchAll(QUOTE_CHARS)) {
      const mark = markAt(text, paragraph.start + (m.index ?? 0));
      if (!mark) continue;
      if (!open) {
        if (mark.role !== 'close') {
          open = { family: mark.family, start: mark.at, fragments: [], paragraphs: 0 };
          fragmentStart = mark.at;
        }
        continue;
      }
      if (mark.family !== open.family) continue;
      if (mark.at === fragmentStart) continue;
      if (mark.role === 'open' && open.family === 'double' && mark.at > fragmentStart + 1 && text[mark.at - 1] !== undefined && /\s/.test(text[mark.at - 1]!)) {
        // “A “B” C”: a second opening mark with no close before it; the first was unbalanced.
        if (open.fragments.length === 0) {
          open = { family: mark.family, start: mark.at, fragments: [], paragraphs: 0 };
          fragmentStart = mark.at;
        }
        continue;
      }
      if (mark.role === 'open') continue;
      const width = text.startsWith("''", mark.at) ? 2 : 1;
      stretches.push({ fragments: [...open.fragments, { start: fragmentStart, end: mark.at + width }] });
      open = undefined;
    }
    if (!open) return;
    const next = paragraphs[p + 1];
    if (next && open.paragraphs < MAX_PARAGRAPHS && reopens(text, next, open.family)) {
      open.fragments.push({ start: fragmentStart, end: paragraph.end });
      open.paragraphs += 1;
    } else {
      open = undefined;
    }
  });
  return stretches;
}
