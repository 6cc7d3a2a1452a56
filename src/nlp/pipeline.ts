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

/** A Doc being analysed: the layers and diagnostics so far, and the layers whose stage failed. */
interface Run {
  readonly doc: Doc;
  layers: Doc['layers'];
  diagnostics: Doc['diagnostics'];
  readonly failed: Set<LayerName>;
}

/** Runs one stage on one Doc, skipping it when a layer it needs failed. */
function runStage(stage: AnyStage, run: Run, errors: ErrorPolicy): void {
  if (stage.requires.some((layer) => run.failed.has(layer))) {
    run.failed.add(stage.assigns);
    return;
  }
  const { doc } = run;
  try {
    const layer = stage.run({ ...doc, layers: run.layers, diagnostics: run.diagnostics });
    run.layers = { ...run.layers, [stage.assigns]: layer };
    if (stage.diagnose) run.diagnostics = [...run.diagnostics, ...stage.diagnose({ ...doc, layers: run.layers, diagnostics: run.diagnostics })];
  } catch (error) {
    if (errors === 'strict') throw error;
    run.failed.add(stage.assigns);
    const reason = error instanceof Error ? error.message : String(error);
    run.diagnostics = [...run.diagnostics, diagnostic('error', stage.name, 'pipeline/stage-failed', `stage '${stage.name}' failed: ${reason}`)];
  }
}

/**
 * Runs every stage on a Doc and returns a new Doc with their layers attached. With the `record`
 * policy a stage that throws leaves a `pipeline/stage-failed` error diagnostic and the run goes on
 * with the stages that do not need its layer; `strict` rethrows.
 */
export function runPipeline(pipeline: Pipeline, doc: Doc, options: RunOptions): Doc {
  return runPipelineBatch(pipeline, [doc], options)[0] as Doc;
}

/**
 * {@link runPipeline} for several Docs, stage by stage: each stage runs over every Doc before the
 * next starts, so its model tables stay in the processor's caches. On 240 BBC articles this took
 * about a quarter less CPU time than running all stages on one article after another (median of
 * 5 passes each, interleaved); the layers are the same either way.
 */
export function runPipelineBatch(pipeline: Pipeline, docs: readonly Doc[], options: RunOptions): Doc[] {
  const runs: Run[] = docs.map((doc) => ({ doc, layers: doc.layers, diagnostics: doc.diagnostics, failed: new Set() }));
  for (const stage of pipeline.stages) {
    const started = options.timings ? performance.now() : 0;
    for (const run of runs) runStage(stage, run, options.errors);
    if (options.timings) {
      options.timings.set(stage.name, (options.timings.get(stage.name) ?? 0) + performance.now() - started);
    }
  }
  return runs.map(({ doc, layers, diagnostics }) => ({ ...doc, layers, diagnostics }));
}
