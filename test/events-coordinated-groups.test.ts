import { expect, it } from 'vitest';
import { createDoc, validateDoc } from '../src/doc/index.js';
import { buildPipeline, DEFAULT_STAGES, runPipeline, STAGES } from '../src/nlp/index.js';

it('codes each conjunct of a coordinated group as its own source: "American and British activists"', () => {
  const pipeline = buildPipeline(DEFAULT_STAGES, STAGES);
  const doc = runPipeline(pipeline, createDoc('American and British activists met Chinese officials on Monday.', { format: 'text', published: '2015-05-03' }), { errors: 'strict' });
  expect(validateDoc(doc)).toEqual([]);
  const sources = (doc.layers.events ?? []).filter((e) => e.root === '04').map((e) => [e.source.code, doc.text.slice(e.source.start, e.source.end)]);
  expect(sources).toEqual([
    ['USAOPP', 'American'],
    ['GBROPP', 'British activists'],
  ]);
});
