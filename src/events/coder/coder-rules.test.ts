import { describe, expect, it } from 'vitest';
import { readVerbDictionary } from '../dictionary/verbs.js';
import type { EventDictionaries } from '../dictionary/types.js';
import { codeSentence } from './code-sentence.js';
import type { ActorMention, CoderSentence } from './types.js';

/**
 * The coder on hand-tagged sentences and a dictionary written for these tests, so each rule is
 * checked without the tagger: `word/TAG` tokens, and actors as `[start, end, CODE]` token ranges.
 */
function sentence(tagged: string, actors: readonly [number, number, string][]): CoderSentence {
  const tokens = tagged.split(' ').map((t) => {
    const at = t.lastIndexOf('/');
    return { lower: t.slice(0, at).toLowerCase(), tag: t.slice(at + 1) };
  });
  const mentions: ActorMention[] = actors.map(([start, end, code]) => ({ start, end, code }));
  return { tokens, actors: mentions };
}

function dictionaries(verbs: string): EventDictionaries {
  return { verbs: readVerbDictionary(verbs), actors: [], agents: [], discards: { sentence: [], story: [] }, issues: [] };
}

/** Plain events as `SOURCE>TARGET code`, flagged ones marked. */
function code(s: CoderSentence, dict: EventDictionaries, requireDyad = true): string[] {
  return codeSentence(s, dict, { requireDyad }).map((e) => `${e.source.code}>${e.target?.code ?? '---'} ${e.code}${e.negated ? ' negated' : ''}${e.hypothetical ? ' hypothetical' : ''}`);
}

const QUARREL = dictionaries(`
&REFUSING
+DID N'T
+WO N'T
+REALLY DID NOT

--- QUARREL  [111] ---
QUARREL
- &REFUSING * OVER FISHING  [901]
- &REFUSING EVER * OVER FISHING  [902]
- LOUDLY_&REFUSING_EVER * OVER FISHING  [903]
- * OVER FISHING  [112]
`);

describe('verb patterns', () => {
  it('reads pre slots from the verb, so a pattern may name the auxiliaries and negation of its group', () => {
    const s = sentence('Norland/NNP did/VBD n\'t/RB quarrel/VB over/IN fishing/NN with/IN Sudland/NNP ./.', [[0, 1, 'NRL'], [6, 7, 'SLD']]);
    expect(code(s, QUARREL)).toEqual(['NRL>SLD 901']);
    const plain = sentence('Norland/NNP quarrelled/VBD over/IN fishing/NN with/IN Sudland/NNP ./.', [[0, 1, 'NRL'], [5, 6, 'SLD']]);
    expect(code(plain, QUARREL)).toEqual(['NRL>SLD 112']);
  });

  it('prefers the pattern naming more words, and reads a verb the tagger took for a noun after a modal', () => {
    const s = sentence('Norland/NNP loudly/RB wo/MD n\'t/RB ever/RB quarrel/NN over/IN fishing/NN with/IN Sudland/NNP ./.', [[0, 1, 'NRL'], [9, 10, 'SLD']]);
    expect(code(s, QUARREL)).toEqual(['NRL>SLD 903']);
    const shorter = sentence('Norland/NNP wo/MD n\'t/RB ever/RB quarrel/NN over/IN fishing/NN with/IN Sudland/NNP ./.', [[0, 1, 'NRL'], [8, 9, 'SLD']]);
    expect(code(shorter, QUARREL)).toEqual(['NRL>SLD 902']);
  });
});
