import type { Span } from './span.js';

/** How bad a diagnostic is: `error` means the stage produced nothing useful for this article. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found while reading or analysing one article, kept as data with the article.
 *
 * `code` is stable (`stage/what`, e.g. `ingest/encoding-fallback`, `pipeline/stage-failed`) so
 * clients and tests match on it, never on the wording of `text`.
 */
export interface Diagnostic {
  readonly severity: Severity;
  /** The stage or reader that raised it (`tokens`, `ingest`, …). */
  readonly stage: string;
  readonly code: string;
  /** A sentence for people: what was expected, what arrived, how to fix it. */
  readonly text: string;
  /** Where in `doc.text` it applies, when it applies to a place. */
  readonly span?: Span;
}

/** Builds a diagnostic, dropping an absent span so the object round-trips through JSON unchanged. */
export function diagnostic(
  severity: Severity,
  stage: string,
  code: string,
  text: string,
  span?: Span,
): Diagnostic {
  return span ? { severity, stage, code, text, span } : { severity, stage, code, text };
}
