export type { Stage, AnyStage } from './stage.js';
export { buildPipeline, runPipeline, runPipelineBatch, PipelineError } from './pipeline.js';
export type { Pipeline, ErrorPolicy, RunOptions } from './pipeline.js';
export { STAGES, DEFAULT_STAGES } from './stages.js';
export { tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';
export { splitParagraphs } from './paragraphs.js';
export { actionPlace, mainPlace, findPlaces, resolveSpans, type ActionPlace } from './places/index.js';
