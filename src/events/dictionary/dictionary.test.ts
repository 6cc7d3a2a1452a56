import { describe, expect, it } from 'vitest';
import { readActors, readAgents, readDiscards } from './actors.js';
import { readVerbDictionary } from './verbs.js';

const VERBS = `
# a comment line
&BOAT
+FERRY
+CANOE_

--- SAIL   [030]  ---
SAIL  # sailing
+ROW_OUT {+ROWED_OUT +ROWS_OUT} [040]
SWIM {SWAM SWUM SWIMS}
- * &BOAT                 [061]   # SAIL
- * (TO {FAR SHORE})       [0421:043]
- % * TOGETHER            [099]
`;

describe('verb dictionary reader', () => {
  const d = readVerbDictionary(VERBS);

  it('reads blocks, forms and codes', () => {
    expect(d.blocks.map((b) => [b.name, b.code])).toEqual([['SAIL', '030']]);
    expect(d.forms['sailed']?.[0]).toEqual({ block: 0, lemma: 'sail' });
    expect(d.forms['swam']?.[0]?.lemma).toBe('swim');
    expect(d.forms['swimming']).toBeUndefined();
    expect(d.forms['rowed']?.[0]).toEqual({ block: 0, lemma: 'row out', code: '040', after: ['out'] });
  });

  it('expands synsets with plurals (not for a trailing underscore)', () => {
    const [boat, shore] = d.blocks[0]?.patterns ?? [];
    expect(boat?.post[0]).toEqual([['ferry'], ['ferries'], ['canoe']]);
    expect(shore?.post).toEqual([[['to']], [['far', 'shore'], ['far', 'shores']]]);
  });

  it('reads both codes of a reciprocal pair and only the way back of `[:CODE]`', () => {
    const [, shore] = d.blocks[0]?.patterns ?? [];
    expect([shore?.code, shore?.reverse]).toEqual(['0421', '043']);
    const back = readVerbDictionary('--- APPEAR [---] ---\nAPPEAR\n- * (BEFORE COURT) [:173]\n').blocks[0]?.patterns[0];
    expect([back?.code, back?.reverse]).toEqual(['---', '173']);
  });

  it('keeps actor markers as slots of their own, a marker joined to a word too', () => {
    const together = d.blocks[0]?.patterns[2];
    expect(together).toMatchObject({ pre: [{ marker: 'compound' }], code: '099' });
    const joined = readVerbDictionary('--- HOST [042] ---\nHOST\n- + HOSTING * FEAST ^ $ [046]\n- SAID_+ * [010]\n').blocks[0]?.patterns ?? [];
    expect(joined[0]?.pre).toEqual([[['hosting'], ['hostings']], { marker: 'target' }]);
    expect(joined[0]?.post).toEqual([[['feast'], ['feasts']], { marker: 'skip' }, { marker: 'source' }]);
    expect(joined[1]?.pre).toEqual([{ marker: 'target' }, [['said'], ['saids']]]);
  });
});

describe('actor, agent and discard readers', () => {
  it('gives every phrase of a record its dated codes', () => {
    const actors = readActors('NORLAND_ [NRL]\n+NORLANDIC_\nJOHN_SMITH_  ; leader list\n\t[NRLGOV 20100101-20141231]\n\t[NRLELI]\n');
    expect(actors).toEqual([
      { words: ['norland'], codes: [{ code: 'NRL' }] },
      { words: ['norlandic'], codes: [{ code: 'NRL' }] },
      { words: ['john', 'smith'], codes: [{ code: 'NRLGOV', from: '2010-01-01', to: '2014-12-31' }, { code: 'NRLELI' }] },
    ]);
  });

  it('keeps a code naming several actors', () => {
    expect(readActors('THE_MARCHES  [EST/WST]\n')[0]?.codes).toEqual([{ code: 'EST/WST' }]);
  });

  it('reads date restrictions written with spaces', () => {
    expect(readActors('SMITH\n\t[NRL < 950601]\n\t[NRLGOV 19950601 - 19990815]\n')[0]?.codes).toEqual([
      { code: 'NRL', to: '1995-06-01' }, { code: 'NRLGOV', from: '1995-06-01', to: '1999-08-15' },
    ]);
  });

  it('reads agents with macros, plurals and prefix codes', () => {
    const agents = readAgents('!PEOPLE! = MAN, MEN\nFISHER!PEOPLE! [~FSH]\nHARBOUR_MASTER {HARBOUR_MASTERS} [~GOV]\nRELIEF_GROUP [NGO~]\n');
    expect(agents.map((a) => `${a.words.join(' ')}:${a.code}:${a.prefix}`)).toEqual([
      'fisherman:FSH:false', 'fishermans:FSH:false', 'fishermen:FSH:false', 'fishermens:FSH:false',
      'harbour master:GOV:false', 'harbour masters:GOV:false', 'relief group:NGO:true', 'relief groups:NGO:true',
    ]);
  });

  it('reads an agent code written with spaces inside its brackets', () => {
    expect(readAgents('WATCHMEN {} [ ~COP]\n')).toEqual([{ words: ['watchmen'], code: 'COP', prefix: false }]);
  });

  it('splits story and sentence discards', () => {
    expect(readDiscards('+GRAND PRIX # motor racing\nTEN YEARS LATER\n')).toEqual({ story: [['grand', 'prix']], sentence: [['ten', 'years', 'later']] });
  });
});
