import { describe, expect, it } from 'vitest';
import { buildCodebook } from './cameo-build.js';
import { readGoldstein, readPlover, readVerbHeaders } from './cameo-sources.js';

describe('CAMEO codebook compiler', () => {
  it('reads the Goldstein table after its header and rejects a bad value', () => {
    expect([...readGoldstein('CAMEOEVENTCODE\tGOLDSTEINSCALE\n19\t-10.0\n195\t-10.0\n042\t1.9\n')]).toEqual([['19', -10], ['195', -10], ['042', 1.9]]);
    expect(() => readGoldstein('H\n042\tabc\n')).toThrow(/E_CAMEO_SOURCE: goldstein line 2/);
  });

  it('reads PLOVER lines with blank fields, two contexts, headings, notes and duplicates', () => {
    const { codes, duplicates } = readPlover([
      '# CAMEO to PLOVER conversion table', '08: CONCEDE', '042: CONSULT, visit,   # Make a visit',
      '091: ACCUSE, investigate, crime; corruption # Investigate crime, corruption',
      '0813: RETREAT, ,   legal # Ease curfew  21.09.17: "ease" is no longer a mode', '', '08: RETREAT', '~~~~~',
    ].join('\n'));
    expect(Object.fromEntries(codes)).toEqual({
      '08': { mapping: { type: 'CONCEDE' } },
      '042': { mapping: { type: 'CONSULT', mode: 'visit' }, description: 'Make a visit' },
      '091': { mapping: { type: 'ACCUSE', mode: 'investigate', context: ['crime', 'corruption'] }, description: 'Investigate crime, corruption' },
      '0813': { mapping: { type: 'RETREAT', context: ['legal'] }, description: 'Ease curfew' },
    });
    expect(duplicates).toEqual(['08: RETREAT']);
  });

  it('reads verb block headers, first code of a pair, skipping uncoded blocks', () => {
    const verbs = readVerbHeaders(['---  VISIT   [042:043]  ---', 'VISIT', '- * TO [042]', '---  HOST   [043:042]  ---', '---  OFFEND   [:110]  ---',
      '---  DELAY   [120]---  ---', '---  ADD   [---]  ---', '---  EXPLAIN_VERBAL   [010]  ---'].join('\n'));
    expect(Object.fromEntries(verbs)).toEqual({ '042': ['visit'], '043': ['host'], '110': ['offend'], '120': ['delay'], '010': ['explain verbal'] });
  });

  it('builds sorted entries, inheriting Goldstein from base then root, never PLOVER', () => {
    const { data, rejected } = buildCodebook(
      new Map([['19', -10], ['195', -10], ['121', -4]]),
      new Map([['1213', { mapping: { type: 'REJECT' } }]]),
      new Map([['1951', ['bomb']], ['2101', ['x']]]),
    );
    expect(data.entries.map((e) => [e.code, e.goldstein, e.goldsteinFrom, e.quadClass])).toEqual([
      ['121', -4, 'own', 3], ['1213', -4, 'base', 3], ['19', -10, 'own', 4], ['195', -10, 'own', 4], ['1951', -10, 'base', 4],
    ]);
    expect(data.entries[0]).not.toHaveProperty('plover');
    expect(rejected).toEqual(['2101']);
  });
});
