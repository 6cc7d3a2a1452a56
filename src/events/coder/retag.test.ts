import { describe, expect, it } from 'vitest';
import { retagged } from './retag.js';

const tags = (tagged: string): string =>
  retagged(tagged.split(' ').map((t) => ({ lower: t.slice(0, t.lastIndexOf('/')).toLowerCase(), tag: t.slice(t.lastIndexOf('/') + 1) })))
    .map((t) => `${t.lower}/${t.tag}`)
    .join(' ');

describe('verb tag repairs', () => {
  it('reads a noun or adjective after a modal and adverbs as the verb', () => {
    expect(tags('Norland/NNP will/MD not/RB ever/RB quarrel/NN')).toBe('norland/NNP will/MD not/RB ever/RB quarrel/VB');
    expect(tags('Norland/NNP did/VBD not/RB quarrel/NN')).toBe('norland/NNP did/VBD not/RB quarrel/VB');
  });

  it('reads a participle between a determiner, preposition or main verb and a noun as an adjective', () => {
    expect(tags('visited/VBD the/DT three/CD jailed/VBD reporters/NNS')).toBe('visited/VBD the/DT three/CD jailed/JJ reporters/NNS');
    expect(tags('to/TO free/VB jailed/VBN reporters/NNS')).toBe('to/TO free/VB jailed/JJ reporters/NNS');
  });

  it('keeps a participle after an auxiliary as the verb', () => {
    expect(tags('Norland/NNP has/VBZ burned/VBN villages/NNS')).toBe('norland/NNP has/VBZ burned/VBN villages/NNS');
  });

  it('reads an -ing word after a determiner as a noun', () => {
    expect(tags('planned/VBD the/DT reopening/VBG of/IN ports/NNS')).toBe('planned/VBD the/DT reopening/NN of/IN ports/NNS');
  });
});
