import { describe, expect, it } from 'vitest';
import { readVerbDictionary } from '../dictionary/verbs.js';
import type { EventDictionaries } from '../dictionary/types.js';
import { codeSentence } from './code-sentence.js';
import type { ActorMention, CoderChunk, CoderSentence } from './types.js';

/**
 * The coder on hand-tagged sentences and a dictionary written for these tests, so each rule is
 * checked without the tagger: `word/TAG` tokens, and actors as `[start, end, CODE]` token ranges.
 */
function sentence(tagged: string, actors: readonly [number, number, string][], chunks?: readonly CoderChunk[]): CoderSentence {
  const tokens = tagged.split(' ').map((t) => {
    const at = t.lastIndexOf('/');
    return { lower: t.slice(0, at).toLowerCase(), tag: t.slice(at + 1) };
  });
  const mentions: ActorMention[] = actors.map(([start, end, code]) => ({ start, end, code }));
  return { tokens, actors: mentions, ...(chunks ? { chunks } : {}) };
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

const MARKED = dictionaries(`
--- FEAST  [181] ---
FEAST
- * SOLSTICE AT ^ WITH +  [043]
- + HOSTING * HARVEST ^ $  [046]

--- FREE  [---] ---
FREE
- + * FROM $  [066]

--- VISIT  [042:043] ---
VISIT

--- CONFER  [031] ---
CONFER
- % *  [030:030]
- * WITH %  [031]
`);

describe('actor markers and reciprocal codes', () => {
  it('takes the target from `+`, passing over a noun phrase at `^`', () => {
    const s = sentence('Norland/NNP feasted/VBD solstice/NN at/IN Eastmark/NNP with/IN Sudland/NNP ./.', [[0, 1, 'NRL'], [4, 5, 'EST'], [6, 7, 'SLD']]);
    expect(code(s, MARKED)).toEqual(['NRL>SLD 043']);
  });

  it('takes the source from `$` and the target from `+` before the verb', () => {
    const s = sentence('Norland/NNP will/MD be/VB hosting/VBG Eastmark/NNP to/TO feast/VB harvest/NN with/IN Sudland/NNP at/IN Westholm/NNP ./.', [[0, 1, 'NRL'], [4, 5, 'EST'], [9, 10, 'SLD'], [11, 12, 'WST']]);
    expect(code(s, MARKED)).toEqual(['WST>NRL 046']);
  });

  it('lets the markers of a pattern override the passive reading', () => {
    const s = sentence("Norland/NNP 's/POS envoy/NN was/VBD freed/VBN from/IN Sudland/NNP ./.", [[0, 1, 'NRL'], [6, 7, 'SLD']]);
    expect(code(s, MARKED)).toEqual(['SLD>NRL 066']);
  });

  it('codes the way back of a reciprocal code: the visited hosts the visit', () => {
    const s = sentence('Norland/NNP visited/VBD Sudland/NNP ./.', [[0, 1, 'NRL'], [2, 3, 'SLD']]);
    expect(code(s, MARKED)).toEqual(['NRL>SLD 042', 'SLD>NRL 043']);
  });

  it('reads `%` as a compound: mutual with no one on the other side, else the side it stands on', () => {
    const mutual = sentence('Norland/NNP and/CC Sudland/NNP conferred/VBD ./.', [[0, 1, 'NRL'], [2, 3, 'SLD']]);
    expect(code(mutual, MARKED)).toEqual(['NRL>SLD 030', 'SLD>NRL 030']);
    const object = sentence('Eastmark/NNP conferred/VBD with/IN Norland/NNP and/CC Sudland/NNP ./.', [[0, 1, 'EST'], [3, 4, 'NRL'], [5, 6, 'SLD']]);
    expect(code(object, MARKED)).toEqual(['EST>NRL 031', 'EST>SLD 031']);
  });
});

const TWO_HEADERS = dictionaries(`
--- STRUCK [---] ---
STRUCK
- * AND_FLED  [180]

--- STRUCK  [190] ---
STRUCK
- + WAS * DOWN IN $ [186]

--- SIGN  [057] ---
SIGN
- PROMISED WOULD *  [051]
`);

describe('verbs listed twice, and patterns that name a modal', () => {
  it('tries the patterns of every block a word heads', () => {
    const s = sentence('A/DT Norlander/JJ was/VBD struck/VBN down/RP in/IN Sudland/NNP ./.', [[1, 2, 'NRL'], [6, 7, 'SLD']]);
    expect(code(s, TWO_HEADERS)).toEqual(['SLD>NRL 186']);
  });

  it('codes a modal the pattern names as the event, and flags one it does not', () => {
    const named = sentence('Norland/NNP promised/VBD it/PRP would/MD sign/VB with/IN Sudland/NNP ./.', [[0, 1, 'NRL'], [6, 7, 'SLD']]);
    expect(code(named, TWO_HEADERS)).toEqual(['NRL>SLD 051']);
    const unnamed = sentence('Norland/NNP would/MD sign/VB with/IN Sudland/NNP ./.', [[0, 1, 'NRL'], [4, 5, 'SLD']]);
    expect(code(unnamed, TWO_HEADERS)).toEqual(['NRL>SLD 057 hypothetical']);
  });
});

const SPEECH = dictionaries(`
--- SAY  [010] ---
SAY {SAID SAYS SAYING}

--- ATTACK  [190] ---
ATTACK
`);

describe('a use of force reported by a statement', () => {
  it('is a claim of responsibility when the speaker is the attacker', () => {
    const s = sentence('Norland/NNP said/VBD it/PRP had/VBD attacked/VBN Sudland/NNP ./.', [[0, 1, 'NRL'], [5, 6, 'SLD']]);
    expect(code(s, SPEECH)).toEqual(['NRL>SLD 015']);
  });

  it('is an accusation of the attacker otherwise, the attack itself only claimed', () => {
    const s = sentence('Norland/NNP said/VBD that/IN Eastmark/NNP had/VBD attacked/VBN Sudland/NNP ./.', [[0, 1, 'NRL'], [3, 4, 'EST'], [6, 7, 'SLD']]);
    expect(code(s, SPEECH)).toEqual(['NRL>EST 112', 'EST>SLD 190 hypothetical']);
  });

  it('is an accusation even when the reported attack has no target of its own', () => {
    const s = sentence('Norland/NNP said/VBD that/IN Eastmark/NNP had/VBD attacked/VBN itself/PRP ./.', [[0, 1, 'NRL'], [3, 4, 'EST']]);
    expect(code(s, SPEECH)).toEqual(['NRL>EST 112']);
  });
});

const MEETINGS = dictionaries(`
--- SET  [---] ---
+SET_UP {+SETS_UP +SETTING_UP}
- * MEETING  [036]

--- SAY  [010] ---
SAY {SAID}
`);

describe('a verb after a bare comma', () => {
  it('shares the subject before it in a headline series, a compound acting mutually', () => {
    const s = sentence('Norland/NNP ,/, Sudland/NNP agree/VBP to/TO talk/VB ,/, set/VBN up/RP meeting/NN', [[0, 1, 'NRL'], [2, 3, 'SLD']]);
    expect(code(s, MEETINGS)).toEqual(['NRL>SLD 036', 'SLD>NRL 036']);
  });

  it('does not when its own subject follows it ("…, said Norland")', () => {
    const s = sentence('Sudland/NNP will/MD talk/VB ,/, said/VBD Norland/NNP ./.', [[0, 1, 'SLD'], [5, 6, 'NRL']]);
    expect(code(s, MEETINGS)).toEqual([]);
  });
});

const YIELDING = dictionaries(`
--- GRANT  [080] ---
GRANT
`);

describe('a cooperative act refused for the future', () => {
  it('is a rejection; a negated past stays a negated act', () => {
    const future = sentence('Norland/NNP will/MD not/RB grant/VB Sudland/NNP access/NN ./.', [[0, 1, 'NRL'], [4, 5, 'SLD']]);
    expect(code(future, YIELDING)).toEqual(['NRL>SLD 124']);
    const past = sentence('Norland/NNP has/VBZ not/RB granted/VBN Sudland/NNP access/NN ./.', [[0, 1, 'NRL'], [4, 5, 'SLD']]);
    expect(code(past, YIELDING)).toEqual(['NRL>SLD 080 negated']);
  });
});

const APPEALS = dictionaries(`
--- ASK  [020] ---
ASK

--- HELP  [070] ---
HELP
`);

describe('an appeal to someone to act', () => {
  it('is coded by the act asked for; the act itself is only wanted', () => {
    const s = sentence('Norland/NNP asked/VBD Sudland/NNP to/TO help/VB Eastmark/NNP ./.', [[0, 1, 'NRL'], [2, 3, 'SLD'], [5, 6, 'EST']]);
    expect(code(s, APPEALS)).toEqual(['NRL>SLD 023', 'SLD>EST 070 hypothetical']);
  });
});

const BOYCOTTS = dictionaries(`
--- BOYCOTT  [191] ---
BOYCOTT
`);

describe('clauses and compounds', () => {
  it('joins verb groups apart only by adverbs, so the subject reaches the verb', () => {
    const s = sentence("Norland/NNP really/RB did/VBD not/RB even/RB ever/RB quarrel/NN over/IN fishing/NN with/IN Sudland/NNP ./.", [[0, 1, 'NRL'], [10, 11, 'SLD']], [{ type: 'VP', start: 2, end: 3 }]);
    expect(code(s, QUARREL)).toEqual(['NRL>SLD 902']);
  });

  it('reads an -ing word after a noun as its modifier, not a new clause, and joins "neither … nor"', () => {
    const s = sentence('Neither/DT Norland/NNP nor/CC Eastmark/NNP boycotted/VBD the/DT parade/NN supporting/VBG Sudland/NNP ./.', [[1, 2, 'NRL'], [3, 4, 'EST'], [8, 9, 'SLD']]);
    expect(code(s, BOYCOTTS)).toEqual(['NRL>SLD 191', 'EST>SLD 191']);
  });

  it('reads a participle with its agent after a noun as a modifier too', () => {
    const s = sentence('Norland/NNP boycotted/VBD the/DT talks/NNS planned/VBN by/IN Sudland/NNP ./.', [[0, 1, 'NRL'], [6, 7, 'SLD']]);
    expect(code(s, BOYCOTTS)).toEqual(['NRL>SLD 191']);
  });
});

const ALLOWING = dictionaries(`
--- ALLOW  [080] ---
ALLOW
- * REALLY_PLEASANT  [024]
`);

describe('patterns reaching into a "that" clause', () => {
  it('match words of the clause the verb governs', () => {
    const s = sentence("Norland/NNP allowed/VBD that/IN Sudland/NNP is/VBZ n't/RB a/DT really/RB pleasant/JJ place/NN ./.", [[0, 1, 'NRL'], [3, 4, 'SLD']]);
    expect(code(s, ALLOWING)).toEqual(['NRL>SLD 024']);
  });
});

describe('an actor naming several actors', () => {
  it('gives one event per code', () => {
    const s = sentence('The/DT Marches/NNPS visited/VBD Sudland/NNP ./.', [[0, 2, 'EST/WST'], [3, 4, 'SLD']]);
    expect(code(s, MARKED)).toEqual(['EST>SLD 042', 'WST>SLD 042', 'SLD>EST 043', 'SLD>WST 043']);
  });
});

describe('asides', () => {
  it('skips a comma-enclosed prepositional phrase with a participle between subject and verb', () => {
    const s = sentence('Norland/NNP ,/, in/IN a/DT letter/NN sent/VBN on/IN Monday/NNP ,/, asked/VBD Sudland/NNP for/IN help/NN ./.', [[0, 1, 'NRL'], [10, 11, 'SLD']]);
    expect(code(s, APPEALS)).toEqual(['NRL>SLD 020']);
  });
});

const CHARGES = dictionaries(`
--- BRING  [---] ---
BRING {BROUGHT}
- * CHARGES  [1124]
`);

describe('a passive whose subject is a noun against an actor', () => {
  it('reads the subject as the pattern\'s object and the actor it is against as the target', () => {
    const s = sentence('Charges/NNS against/IN Sudland/NNP were/VBD brought/VBN by/IN Norland/NNP ./.', [[2, 3, 'SLD'], [6, 7, 'NRL']]);
    expect(code(s, CHARGES)).toEqual(['NRL>SLD 1124']);
  });
});
