import { describe, expect, it } from 'vitest';
import { codeAt } from '../kb/index.js';
import { readActorBlocks } from './kb-actors.js';
import { readAgents } from './kb-agents.js';

describe('knowledge base compiler', () => {
  it('reads actor blocks with synonyms, date-bounded codes and CountryInfo leaders', () => {
    const blocks = readActorBlocks(
      ['# comment', 'VLADIMIR_PUTIN_  # CountryInfo.txt', '+PUTIN_', '\t[RUSELI 700101-990809]', '\t[RUSGOV >080508]', '\t[RUSELI]',
        'BORIS_YELTSIN_', 'YELTSIN', '\t[RUSGOV 910710-991231]', 'KREMLIN_ [RUSGOV]'].join('\n'),
    );
    expect(blocks.map((b) => [b.names, b.leader])).toEqual([
      [['VLADIMIR_PUTIN_', 'PUTIN_'], true],
      [['BORIS_YELTSIN_', 'YELTSIN'], false],
      [['KREMLIN_'], false],
    ]);
    expect(blocks[0]?.codes).toEqual([
      { code: 'RUSELI', from: '1970-01-01', to: '1999-08-09' },
      { code: 'RUSGOV', from: '2008-05-08' },
      { code: 'RUSELI' },
    ]);
  });

  it('picks the code held on a date, the default outside every range, the latest without a date', () => {
    const codes = [{ code: 'RUSELI', from: '1970-01-01', to: '1999-08-09' }, { code: 'RUSGOV', from: '2008-05-08' }, { code: 'RUSELI' }];
    expect(codeAt(codes, '2017-05-02')).toEqual({ code: 'RUSGOV', basis: 'dated' });
    expect(codeAt(codes, '2003-01-01')).toEqual({ code: 'RUSELI', basis: 'default' });
    expect(codeAt(codes, undefined)).toEqual({ code: 'RUSGOV', basis: 'latest' });
  });

  it('expands agent macros and forms plurals unless told otherwise', () => {
    const agents = readAgents(['!PERSON! = MAN, WOMAN', 'POLICE {} [~COP]', 'POLICE!PERSON!  [~COP]', 'SECRETARY_OF_STATE [~GOV]', 'ARMY [~MIL]'].join('\n'));
    expect(agents).toMatchObject({ police: 'COP', policeman: 'COP', policemen: 'COP', policewoman: 'COP', 'secretary of state': 'GOV', armies: 'MIL' });
    expect(agents).not.toHaveProperty('polices');
  });
});
