import { describe, expect, it } from 'vitest';
import { createDoc, validateDoc } from '../doc/index.js';
import { splitParagraphs } from './paragraphs.js';

function texts(text: string): string[] {
  return splitParagraphs(text).map((p) => text.slice(p.start, p.end));
}

describe('splitParagraphs', () => {
  it('separates paragraphs at blank lines, whitespace-only lines included', () => {
    expect(texts('First one.\n\nSecond one.\n   \t\nThird one.')).toEqual(['First one.', 'Second one.', 'Third one.']);
  });

  it('leaves surrounding whitespace out of the spans', () => {
    const text = '  \n  Indented text.  \n\n';
    expect(splitParagraphs(text)).toEqual([{ start: 5, end: 19 }]);
  });

  it('makes a headline and a dateline line paragraphs of their own', () => {
    const text = 'Leicestershire take over at top\nLONDON 1996-08-30\n' +
      'West Indian all-rounder Phil Simmons took four for 38 on Friday as Leicestershire beat Somerset.';
    expect(texts(text)).toEqual(['Leicestershire take over at top', 'LONDON 1996-08-30',
      'West Indian all-rounder Phil Simmons took four for 38 on Friday as Leicestershire beat Somerset.']);
  });

  it('makes each bullet line a paragraph', () => {
    expect(texts('The team:\n• Leroy Wright\n• Jim Dunn')).toEqual(['The team:', '• Leroy Wright', '• Jim Dunn']);
  });

  it('takes one paragraph per line when lines end sentences', () => {
    expect(texts('He arrived on Monday.\nShe left on Tuesday.')).toEqual(['He arrived on Monday.', 'She left on Tuesday.']);
  });

  it('breaks before a line whose first word would have fitted on the line above', () => {
    const text = 'Result of the county championship match on Friday between the two leaders:\n' +
      'Lancashire 197-8 (W. Hegg 54)\nPortsmouth: Middlesex 199 and 426 (J. Pooley 111, M. Gatting 83)';
    expect(texts(text)).toHaveLength(3);
  });

  it('starts paragraphs at indented lines when the text marks them so', () => {
    const text = 'Standard Oil Co and BP North America\nInc said they plan a venture.\n    BP North America is a unit\nof British Petroleum Co\nPlc.';
    expect(texts(text)).toEqual(['Standard Oil Co and BP North America\nInc said they plan a venture.',
      'BP North America is a unit\nof British Petroleum Co\nPlc.']);
  });

  it('keeps hard-wrapped lines of one paragraph together', () => {
    const text = 'Australia will defend the Ashes in a six-test series against\n' +
      'England during a four-month tour starting on May 13 next year,\nthe board said on Friday.';
    expect(texts(text)).toEqual([text]);
  });

  it('does not break after a name prefix at a line end', () => {
    const text = 'The committee was led by the outgoing chairman, Mr.\nSmith, who spoke first and at length.';
    expect(texts(text)).toEqual([text]);
  });

  it('accepts CRLF line ends and the Unicode paragraph separator', () => {
    expect(texts('One line.\r\n\r\nTwo.\u2029Three.')).toEqual(['One line.', 'Two.', 'Three.']);
  });

  it('returns no paragraph for empty or blank text, and valid spans for odd input', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\t\r\n ')).toEqual([]);
    for (const text of ['\ud800\n\n\udc00', '\r\r\r.', 'x'.repeat(1_000_000), '•\n-\n1.']) {
      const doc = { ...createDoc(text, { format: 'text' }), layers: { paragraphs: splitParagraphs(text) } };
      expect(validateDoc(doc)).toEqual([]);
    }
  });
});
