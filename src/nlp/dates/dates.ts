import { diagnostic, type Diagnostic, type Doc, type Span, type TimeExpression } from '../../doc/index.js';
import { recognizeDates } from './recognize.js';

/**
 * The dates layer of an article: its time expressions, normalised against `doc.meta.published`.
 * Reads only the text, so it needs no other layer.
 */
export function findDates(doc: Doc): TimeExpression[] {
  return recognizeDates(doc.text, doc.meta.published);
}

/**
 * `dates/no-date` when the article has no publication date and holds relative expressions ("on
 * Monday", "last year"): they are left unresolved rather than guessed from today's clock.
 */
export function dateDiagnostics(doc: Doc): Diagnostic[] {
  const unresolved = (doc.layers.dates ?? []).filter((d) => d.basis === 'unresolved');
  if (unresolved.length === 0) return [];
  const first = unresolved[0]!;
  const example = doc.text.slice(first.start, first.end);
  return [diagnostic('info', 'dates', 'dates/no-date',
    `the article has no publication date (meta.published), so ${unresolved.length} relative time expression(s) such as '${example}' stay unresolved; give the date to resolve them`,
    { start: first.start, end: first.end })];
}

/** How well a time expression dates an event: a day or time beats a month or year, which beat a length or a recurrence. */
function rank(d: TimeExpression): number {
  if (d.value === undefined || d.type === 'DURATION' || d.type === 'SET') return 0;
  if (/_REF$/.test(d.value)) return 1;
  return 2;
}

/**
 * The date of a clause for the event coder: the time expression inside `span` that best dates it (a
 * calendar date or time with a value before a vague PRESENT_REF/PAST_REF; durations and
 * recurrences never), or undefined when the clause has none.
 *
 * @example dateOfSpan(doc, { start: 0, end: 40 })?.value // '2017-05-01'
 */
export function dateOfSpan(doc: Doc, span: Span): TimeExpression | undefined {
  let best: TimeExpression | undefined;
  for (const d of doc.layers.dates ?? []) {
    if (d.start < span.start || d.end > span.end || rank(d) === 0) continue;
    if (!best || rank(d) > rank(best)) best = d;
  }
  return best;
}
