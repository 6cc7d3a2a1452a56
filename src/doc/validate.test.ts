import { describe, expect, it } from 'vitest';
import { assertValidDoc, createDoc, validateDoc, type Doc } from './index.js';

const base = createDoc('Rain in Spain.', { format: 'text' });
const withLayers = (layers: Doc['layers'], extra: Partial<Doc> = {}): Doc => ({ ...base, layers, ...extra });

describe('validateDoc', () => {
  it('accepts a Doc whose spans lie inside the text, in order', () => {
    const doc = withLayers({
      tokens: [
        { start: 0, end: 4, kind: 'word' },
        { start: 5, end: 7, kind: 'word' },
        { start: 8, end: 13, kind: 'word' },
        { start: 13, end: 14, kind: 'punct' },
      ],
      sentences: [{ start: 0, end: 14, tokenStart: 0, tokenEnd: 4 }],
    });
    expect(validateDoc(doc)).toEqual([]);
  });

  it('reports a span that runs past the end of the text', () => {
    expect(validateDoc(withLayers({ paragraphs: [{ start: 0, end: 15 }] }))).toEqual([
      { layer: 'paragraphs', index: 0, problem: 'span [0, 15) is not inside text of length 14' },
    ]);
  });

  it('reports reversed, negative and fractional offsets', () => {
    const problems = validateDoc(withLayers({ paragraphs: [{ start: 3, end: 2 }, { start: -1, end: 2 }, { start: 1.5, end: 2 }] }));
    expect(problems.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('reports a layer out of order', () => {
    const doc = withLayers({ tokens: [{ start: 5, end: 7, kind: 'word' }, { start: 0, end: 4, kind: 'word' }] });
    expect(validateDoc(doc)[0]?.problem).toMatch(/comes before the previous one/);
  });

  it('reports a sentence whose token range is outside the tokens layer', () => {
    const doc = withLayers({ tokens: [], sentences: [{ start: 0, end: 14, tokenStart: 0, tokenEnd: 3 }] });
    expect(validateDoc(doc)).toEqual([{ layer: 'sentences', index: 0, problem: 'token range [0, 3) is outside 0 tokens' }]);
  });

  it('checks diagnostic spans and the source map too', () => {
    const doc = withLayers({}, {
      sourceMap: [{ start: 0, end: 20, sourceStart: 0 }],
      diagnostics: [{ severity: 'warning', stage: 'test', code: 'test/x', text: 'x', span: { start: 12, end: 30 } }],
    });
    expect(validateDoc(doc).map((v) => v.layer)).toEqual(['sourceMap', 'diagnostics[0]']);
  });

  it('throws with a stable code from assertValidDoc', () => {
    expect(() => assertValidDoc(withLayers({ paragraphs: [{ start: 0, end: 99 }] }))).toThrow(/^E_INVALID_DOC/);
  });
});

describe('createDoc', () => {
  it('derives the id from the text alone, so the same text is the same article', () => {
    expect(createDoc('Rain in Spain.', { format: 'jsonl' }).id).toBe(base.id);
    expect(createDoc('Rain in Spain!', { format: 'text' }).id).not.toBe(base.id);
    expect(base.id).toMatch(/^[0-9a-f]{32}$/);
  });
});
