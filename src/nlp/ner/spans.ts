/** A labelled run of tokens `[start, end)` read off a BIO or IOB1 tag sequence. */
export interface TagSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/**
 * Reads spans off tags the way conlleval does: `B-X` always starts a span, `I-X` continues a span
 * of type X and otherwise starts one (so IOB1 and BIO read alike), `O` ends it.
 *
 * @example
 * tagSpans(['B-PER', 'I-PER', 'O', 'I-LOC']) // [{start: 0, end: 2, type: 'PER'}, {start: 3, end: 4, type: 'LOC'}]
 */
export function tagSpans(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) out.push({ start, end, type });
    start = -1;
  };
  tags.forEach((tag, i) => {
    const t = tag.slice(2);
    if (tag === 'O' || tag.length < 3) close(i);
    else if (tag.startsWith('B-') || t !== type || start < 0) {
      close(i);
      start = i;
      type = t;
    }
  });
  close(tags.length);
  return out;
}
