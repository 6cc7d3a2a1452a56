import { describe, expect, it } from 'vitest';
import { reutersTexts } from './reuters.js';

describe('reutersTexts', () => {
  it('takes title, dateline and body, decodes entities, drops control codes and the signature', () => {
    const sgml = '<REUTERS NEWID="1">\n<DATE>26-FEB-1987</DATE><TEXT>&#2;\n<TITLE>BAHIA &lt;COCOA&gt; REVIEW</TITLE>\n' +
      '<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued &amp; spread.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>';
    expect(reutersTexts(sgml)).toEqual(['BAHIA <COCOA> REVIEW', '    SALVADOR, Feb 26 - ', 'Showers continued & spread.']);
  });

  it('reads a record with only a title', () => {
    expect(reutersTexts('<REUTERS><TEXT TYPE="BRIEF"><TITLE>GM UP</TITLE></TEXT></REUTERS><REUTERS></REUTERS>')).toEqual(['GM UP']);
  });
});
