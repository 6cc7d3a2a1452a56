import { describe, expect, it } from 'vitest';
import { createDoc, validateDoc, type Doc } from '../src/doc/index.js';
import { buildPipeline, runPipeline, STAGES } from '../src/nlp/index.js';

const ARTICLE =
  'German Chancellor Angela Merkel met Russian President Vladimir Putin in Sochi on Tuesday.\n\n' +
  'The talks, held at the Black Sea resort, covered Syria and Ukraine, a Kremlin spokesman said. ' +
  'Merkel later flew to Washington to meet officials of the United Nations.';

function analyse(text: string): Doc {
  const pipeline = buildPipeline(['paragraphs', 'tokens', 'sentences', 'entities'], STAGES);
  return runPipeline(pipeline, createDoc(text, { format: 'text' }), { errors: 'strict' });
}

/** Mentions as `TYPE text [country]` strings, in text order. */
function mentions(doc: Doc): string[] {
  return (doc.layers.entities ?? []).map((e) => `${e.type} ${doc.text.slice(e.start, e.end)}${e.country ? ` → ${e.country}` : ''}`);
}

describe('entities stage (committed model)', () => {
  it('finds the people, places and nationalities of a short article', () => {
    const doc = analyse(ARTICLE);
    expect(validateDoc(doc)).toEqual([]);
    expect(mentions(doc).slice(0, 5)).toEqual([
      'MISC German → DEU',
      'PER Angela Merkel',
      'MISC Russian → RUS',
      'PER Vladimir Putin',
      'LOC Sochi',
    ]);
    expect(mentions(doc)).toEqual(expect.arrayContaining(['LOC Syria', 'LOC Ukraine', 'PER Merkel', 'LOC Washington', 'ORG United Nations']));
  });

  it('points token ranges at the tokens the span covers', () => {
    const doc = analyse(ARTICLE);
    const tokens = doc.layers.tokens ?? [];
    for (const e of doc.layers.entities ?? []) {
      expect(tokens[e.tokenStart]?.start).toBe(e.start);
      expect(tokens[e.tokenEnd - 1]?.end).toBe(e.end);
    }
  });

  it('returns no mentions for an empty article', () => {
    const doc = analyse('');
    expect(doc.layers.entities).toEqual([]);
    expect(validateDoc(doc)).toEqual([]);
  });
});
