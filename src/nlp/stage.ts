import type { Diagnostic, Doc, LayerName, Layers } from '../doc/index.js';

/**
 * A pipeline stage: reads some layers of a Doc and computes one more. It never changes the Doc;
 * the runner attaches what `run` returns under `assigns`.
 *
 * @example
 * const paragraphs: Stage<'paragraphs'> = {
 *   name: 'paragraphs', requires: [], assigns: 'paragraphs',
 *   run: (doc) => splitParagraphs(doc.text),
 * };
 */
export interface Stage<K extends LayerName = LayerName> {
  /** The name users pick it by (`--stages tokens,sentences`). */
  readonly name: string;
  /** Layers that must be present before it runs. */
  readonly requires: readonly LayerName[];
  /** The one layer it produces. */
  readonly assigns: K;
  readonly run: (doc: Doc) => Layers[K];
  /**
   * Problems found on this article, given the Doc with the new layer attached; the runner adds
   * them to its diagnostics. Kept apart from `run` so the layer stays a plain value
   * (`links` reports `spin/alias-swap` here).
   */
  readonly diagnose?: (doc: Doc) => readonly Diagnostic[];
}

/** Any stage, whatever layer it assigns. */
export type AnyStage = { [K in LayerName]: Stage<K> }[LayerName];
