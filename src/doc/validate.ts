import type { Doc } from './doc.js';
import type { Span } from './span.js';

/** One broken rule found by {@link validateDoc}: which layer, which item, what is wrong. */
export interface Violation {
  readonly layer: string;
  readonly index: number;
  readonly problem: string;
}

function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function checkSpans(layer: string, spans: readonly Span[], length: number, out: Violation[]): void {
  let previous: Span | undefined;
  spans.forEach((span, index) => {
    if (!isOffset(span.start) || !isOffset(span.end) || span.start > span.end || span.end > length) {
      out.push({ layer, index, problem: `span [${span.start}, ${span.end}) is not inside text of length ${length}` });
    } else if (previous && (span.start < previous.start || (span.start === previous.start && span.end < previous.end))) {
      out.push({ layer, index, problem: `span [${span.start}, ${span.end}) comes before the previous one [${previous.start}, ${previous.end})` });
    }
    previous = span;
  });
}

/**
 * Checks the invariants every Doc must keep: each span of each layer and of each diagnostic lies
 * inside `doc.text` and each layer is sorted; sentence token ranges are inside the tokens layer;
 * each link's mentions are inside the text and sorted, and its id is its index;
 * the source map is sorted and inside the text. Returns the violations; none means valid.
 */
export function validateDoc(doc: Doc): Violation[] {
  const out: Violation[] = [];
  const length = doc.text.length;
  for (const [name, spans] of Object.entries(doc.layers)) {
    if (spans) checkSpans(name, spans as readonly Span[], length, out);
  }
  const tokenCount = doc.layers.tokens?.length ?? 0;
  doc.layers.sentences?.forEach((s, index) => {
    if (!isOffset(s.tokenStart) || s.tokenStart > s.tokenEnd || s.tokenEnd > tokenCount) {
      out.push({ layer: 'sentences', index, problem: `token range [${s.tokenStart}, ${s.tokenEnd}) is outside ${tokenCount} tokens` });
    }
  });
  doc.layers.links?.forEach((link, index) => {
    if (link.id !== index) out.push({ layer: 'links', index, problem: `link id ${link.id} is not its index ${index}` });
    checkSpans(`links[${index}].mentions`, link.mentions, length, out);
    if (link.kindEvidence) checkSpans(`links[${index}].kindEvidence`, [link.kindEvidence], length, out);
  });
  doc.layers.quotes?.forEach((quote, index) => {
    const parts = [...quote.content, ...(quote.cue ? [quote.cue] : []), ...(quote.speaker ? [quote.speaker] : []), ...(quote.addressee ? [quote.addressee] : [])];
    parts.forEach((part) => checkSpans(`quotes[${index}].parts`, [part], length, out));
    checkSpans(`quotes[${index}].content`, quote.content, length, out);
  });
  checkSpans('sourceMap', doc.sourceMap, length, out);
  doc.diagnostics.forEach((d, index) => {
    if (d.span) checkSpans(`diagnostics[${index}]`, [d.span], length, out);
  });
  return out;
}

/** Throws with every violation listed when the Doc breaks an invariant; for tests and `--strict`. */
export function assertValidDoc(doc: Doc): void {
  const violations = validateDoc(doc);
  if (violations.length > 0) {
    const lines = violations.slice(0, 10).map((v) => `  ${v.layer}[${v.index}]: ${v.problem}`);
    throw new Error(`E_INVALID_DOC: article ${doc.id} breaks ${violations.length} span rule(s):\n${lines.join('\n')}`);
  }
}
