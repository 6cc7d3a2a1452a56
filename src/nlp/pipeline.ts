import { diagnostic, type Doc, type LayerName } from '../doc/index.js';
import type { AnyStage } from './stage.js';

/** An ordered list of stages whose requirements were checked before any article ran. */
export interface Pipeline {
  readonly stages: readonly AnyStage[];
}

/** How the runner treats a stage that throws: record a diagnostic and go on, or rethrow. */
export type ErrorPolicy = 'record' | 'strict';

/** Options for {@link runPipeline}. */
export interface RunOptions {
  readonly errors: ErrorPolicy;
  /** When given, each stage's wall time in milliseconds is added under its name (for `bench`). */
  readonly timings?: Map<string, number>;
}

/** A pipeline that cannot run: a stage is unknown, or needs a layer no earlier stage assigns. */
export class PipelineError extends Error {
  constructor(
    readonly code: 'E_UNKNOWN_STAGE' | 'E_STAGE_ORDER' | 'E_DUPLICATE_LAYER',
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'PipelineError';
  }
}

/**
 * Picks stages by name from `registry` and checks, before the first article, that each stage's
 * `requires` are assigned by a stage before it and that no two stages assign the same layer.
 *
 * @example
 * const pipeline = buildPipeline(['paragraphs', 'tokens', 'sentences'], STAGES);
 */
export function buildPipeline(names: readonly string[], registry: ReadonlyMap<string, AnyStage>): Pipeline {
  const stages: AnyStage[] = [];
  const assigned = new Set<LayerName>();
  for (const name of names) {
    const stage = registry.get(name);
    if (!stage) {
      const known = [...registry.keys()].join(', ');
      throw new PipelineError('E_UNKNOWN_STAGE', `no stage named '${name}'; known stages: ${known}`);
    }
    const missing = stage.requires.filter((layer) => !assigned.has(layer));
    if (missing.length > 0) {
      throw new PipelineError(
        'E_STAGE_ORDER',
        `stage '${name}' requires ${missing.map((l) => `'${l}'`).join(', ')}, which no earlier stage assigns; ` +
          `put the stage that assigns it before '${name}'`,
      );
    }
    if (assigned.has(stage.assigns)) {
      throw new PipelineError('E_DUPLICATE_LAYER', `stage '${name}' assigns '${stage.assigns}', which an earlier stage already assigns`);
    }
    assigned.add(stage.assigns);
    stages.push(stage);
  }
  return { stages };
}

/**
 * Runs every stage on a Doc and returns a new Doc with their layers attached. With the `record`
 * policy a stage that throws leaves a `pipeline/stage-failed` error diagnostic and the run goes on
 * with the stages that do not need its layer; `strict` rethrows.
 */
export function runPipeline(pipeline: Pipeline, doc: Doc, options: RunOptions): Doc {
  let layers = doc.layers;
  let diagnostics = doc.diagnostics;
  const failed = new Set<LayerName>();
  for (const stage of pipeline.stages) {
    if (stage.requires.some((layer) => failed.has(layer))) {
      failed.add(stage.assigns);
      continue;
    }
    const started = options.timings ? performance.now() : 0;
    try {
      const layer = stage.run({ ...doc, layers, diagnostics });
      layers = { ...layers, [stage.assigns]: layer };
      if (stage.diagnose) diagnostics = [...diagnostics, ...stage.diagnose({ ...doc, layers, diagnostics })];
    } catch (error) {
      if (options.errors === 'strict') throw error;
      failed.add(stage.assigns);
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics = [...diagnostics, diagnostic('error', stage.name, 'pipeline/stage-failed', `stage '${stage.name}' failed: ${reason}`)];
    }
    if (options.timings) {
      options.timings.set(stage.name, (options.timings.get(stage.name) ?? 0) + performance.now() - started);
    }
  }
  return { ...doc, layers, diagnostics };
}
