import { describe, expect, it } from 'vitest';
import { parseBratSpans } from './brat.js';

describe('parseBratSpans', () => {
  it('reads text-bound annotations with one or more fragments and skips the rest', () => {
    const ann = 'T1\tSource 110 112\twe\nE1\tAttribution:T4 Content:T3\n#1\tAnnotatorNotes T1\tnote\n' +
      'T3\tContent 120 130;140 150\tsplit content\nT9\tbroken line\n';
    expect(parseBratSpans(ann)).toEqual([
      { id: 'T1', label: 'Source', fragments: [{ start: 110, end: 112 }] },
      { id: 'T3', label: 'Content', fragments: [{ start: 120, end: 130 }, { start: 140, end: 150 }] },
    ]);
  });
});
