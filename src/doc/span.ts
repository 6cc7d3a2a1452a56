/**
 * A half-open range `[start, end)` of `doc.text`.
 *
 * Offsets are 0-based JavaScript string indexes, i.e. **UTF-16 code units**, exactly what
 * `String.prototype.slice` takes. The text of a span is always `doc.text.slice(start, end)`;
 * no annotation stores a copy of its text as the truth.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Length of a span in UTF-16 code units. */
export function spanLength(span: Span): number {
  return span.end - span.start;
}

/** True when `inner` lies wholly inside `outer` (an empty span at a boundary counts). */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when the two spans share at least one code unit. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Order by start, then by end: the order every layer is kept in. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
