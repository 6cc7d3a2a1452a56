import { describe, expect, it } from 'vitest';
import { createDoc, validateDoc, type Doc } from '../src/doc/index.js';
import { buildPipeline, runPipeline, STAGES } from '../src/nlp/index.js';

const TEXT = 'The Kremlin said the talks went well. Merkel flew to Sochi on Tuesday.';

function analyse(text: string): Doc {
  const pipeline = buildPipeline(['paragraphs', 'tokens', 'sentences', 'pos', 'chunks'], STAGES);
  return runPipeline(pipeline, createDoc(text, { format: 'text' }), { errors: 'strict' });
}

describe('pos and chunks stages (committed models)', () => {
  it('tags every token with its part of speech', () => {
    const doc = analyse(TEXT);
    expect(validateDoc(doc)).toEqual([]);
    const tags = (doc.layers.pos ?? []).map((p) => `${doc.text.slice(p.start, p.end)}/${p.tag}`);
    expect(tags).toHaveLength(doc.layers.tokens?.length ?? -1);
    expect(tags).toEqual(expect.arrayContaining(['The/DT', 'Kremlin/NNP', 'said/VBD', 'flew/VBD', 'to/TO', 'Sochi/NNP', './.']));
  });

  it('finds typed base phrases with token ranges that match their spans', () => {
    const doc = analyse(TEXT);
    const tokens = doc.layers.tokens ?? [];
    const chunks = doc.layers.chunks ?? [];
    expect(chunks.map((c) => `${c.type} ${doc.text.slice(c.start, c.end)}`).slice(0, 4)).toEqual([
      'NP The Kremlin',
      'VP said',
      'NP the talks',
      'VP went',
    ]);
    for (const c of chunks) {
      expect(tokens[c.tokenStart]?.start).toBe(c.start);
      expect(tokens[c.tokenEnd - 1]?.end).toBe(c.end);
    }
  });

  it('cannot run chunks without pos', () => {
    expect(() => buildPipeline(['paragraphs', 'tokens', 'sentences', 'chunks'], STAGES)).toThrow(/pos/);
  });
});
