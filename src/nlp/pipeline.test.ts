import { describe, expect, it } from 'vitest';
import { createDoc, validateDoc } from '../doc/index.js';
import { buildPipeline, PipelineError, runPipeline, runPipelineBatch } from './pipeline.js';
import type { AnyStage, Stage } from './stage.js';

const paragraphs: Stage<'paragraphs'> = {
  name: 'paragraphs',
  requires: [],
  assigns: 'paragraphs',
  run: (doc) => [{ start: 0, end: doc.text.length }],
};
const tokens: Stage<'tokens'> = {
  name: 'tokens',
  requires: ['paragraphs'],
  assigns: 'tokens',
  run: () => [{ start: 0, end: 5, kind: 'word' }],
};
const broken: Stage<'tokens'> = {
  name: 'broken',
  requires: [],
  assigns: 'tokens',
  run: () => {
    throw new Error('model file is truncated');
  },
};
const sentences: Stage<'sentences'> = {
  name: 'sentences',
  requires: ['tokens'],
  assigns: 'sentences',
  run: (doc) => [{ start: 0, end: 5, tokenStart: 0, tokenEnd: doc.layers.tokens?.length ?? 0 }],
};
const registry = new Map<string, AnyStage>([paragraphs, tokens, broken, sentences].map((s) => [s.name, s]));

describe('buildPipeline', () => {
  it('rejects an unknown stage name before any article runs', () => {
    expect(() => buildPipeline(['paragraphs', 'tokenz'], registry)).toThrow(/E_UNKNOWN_STAGE: no stage named 'tokenz'/);
  });

  it('rejects a stage placed before the stage that assigns what it requires', () => {
    const attempt = () => buildPipeline(['tokens', 'paragraphs'], registry);
    expect(attempt).toThrow(PipelineError);
    expect(attempt).toThrow(/E_STAGE_ORDER: stage 'tokens' requires 'paragraphs'/);
  });

  it('rejects two stages that assign the same layer', () => {
    expect(() => buildPipeline(['paragraphs', 'tokens', 'broken'], registry)).toThrow(/E_DUPLICATE_LAYER/);
  });
});

describe('runPipeline', () => {
  const doc = createDoc('Hello world.', { format: 'text' });

  it('attaches each layer and leaves the input Doc untouched', () => {
    const out = runPipeline(buildPipeline(['paragraphs', 'tokens', 'sentences'], registry), doc, { errors: 'record' });
    expect(Object.keys(out.layers)).toEqual(['paragraphs', 'tokens', 'sentences']);
    expect(doc.layers).toEqual({});
    expect(validateDoc(out)).toEqual([]);
  });

  it('records a failing stage as a diagnostic and skips the stages that depend on it', () => {
    const out = runPipeline(buildPipeline(['broken', 'sentences'], registry), doc, { errors: 'record' });
    expect(out.layers).toEqual({});
    expect(out.diagnostics).toEqual([
      { severity: 'error', stage: 'broken', code: 'pipeline/stage-failed', text: "stage 'broken' failed: model file is truncated" },
    ]);
  });

  it('rethrows with the strict policy', () => {
    expect(() => runPipeline(buildPipeline(['broken'], registry), doc, { errors: 'strict' })).toThrow('model file is truncated');
  });

  it('adds up wall time per stage when asked', () => {
    const timings = new Map<string, number>();
    const pipeline = buildPipeline(['paragraphs', 'tokens'], registry);
    runPipeline(pipeline, doc, { errors: 'record', timings });
    runPipeline(pipeline, doc, { errors: 'record', timings });
    expect([...timings.keys()]).toEqual(['paragraphs', 'tokens']);
    for (const ms of timings.values()) expect(ms).toBeGreaterThanOrEqual(0);
  });
});

describe('runPipelineBatch', () => {
  /** Fails only on texts that start with "!", so one Doc of a batch can fail alone. */
  const picky: Stage<'tokens'> = {
    name: 'picky',
    requires: ['paragraphs'],
    assigns: 'tokens',
    run: (doc) => {
      if (doc.text.startsWith('!')) throw new Error('cannot tokenize a shout');
      return [{ start: 0, end: 5, kind: 'word' }];
    },
  };
  const pipeline = buildPipeline(['paragraphs', 'picky', 'sentences'], new Map<string, AnyStage>([paragraphs, picky, sentences].map((s) => [s.name, s])));
  const docs = ['Hello world.', '!Quiet please.', 'Again, hello.'].map((text) => createDoc(text, { format: 'text' }));

  it('gives each Doc the layers and diagnostics running it alone gives, a failure staying with its Doc', () => {
    const batch = runPipelineBatch(pipeline, docs, { errors: 'record' });
    expect(batch).toEqual(docs.map((doc) => runPipeline(pipeline, doc, { errors: 'record' })));
    expect(batch.map((d) => Object.keys(d.layers))).toEqual([['paragraphs', 'tokens', 'sentences'], ['paragraphs'], ['paragraphs', 'tokens', 'sentences']]);
    expect(batch.map((d) => d.diagnostics.map((x) => x.code))).toEqual([[], ['pipeline/stage-failed'], []]);
  });

  it('runs each stage over the whole batch before the next stage, timing each once per batch', () => {
    const order: string[] = [];
    const traced = (stage: AnyStage): AnyStage => ({ ...stage, run: (doc) => (order.push(`${stage.name}:${doc.text[0]}`), stage.run(doc as never)) }) as AnyStage;
    const timings = new Map<string, number>();
    const ordered = buildPipeline(['paragraphs', 'tokens'], new Map([paragraphs, tokens].map((s) => [s.name, traced(s)])));
    runPipelineBatch(ordered, [docs[0]!, docs[2]!], { errors: 'record', timings });
    expect(order).toEqual(['paragraphs:H', 'paragraphs:A', 'tokens:H', 'tokens:A']);
    expect([...timings.keys()]).toEqual(['paragraphs', 'tokens']);
  });
});
