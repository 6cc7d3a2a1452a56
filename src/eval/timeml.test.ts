import { describe, expect, it } from 'vitest';
import { recognizeDates } from '../nlp/dates/index.js';
import { parseTimeml } from './timeml.js';
import { compareTimexes, emptyCounts, timexScores } from './timex-score.js';

/** A hand-written TimeML document in the TimeBank layout. */
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-05-03" temporalFunction="false" functionInDocument="CREATION_TIME">05/03/2017</TIMEX3></DCT>
<TEXT>
Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2017-05-01" temporalFunction="true" functionInDocument="NONE">Monday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H" functionInDocument="NONE">three hours</TIMEX3> &amp; talked about <TIMEX3 tid="t3" type="DATE" value="2016" functionInDocument="NONE">last year</TIMEX3> and the <TIMEX3 tid="t4" type="DATE" value="2017-Q1" functionInDocument="NONE">first quarter</TIMEX3>.
</TEXT>
</TimeML>`;

describe('parseTimeml', () => {
  it('strips the inline tags, decodes entities and keeps each TIMEX3 as a span of the plain text', () => {
    const doc = parseTimeml('test1.tml', TML);
    expect(doc.dct).toBe('2017-05-03');
    expect(doc.text).toContain('for three hours & talked');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['Monday', 'DATE', '2017-05-01'], ["three hours", "DURATION", "PT3H"], ['last year', 'DATE', '2016'], ['first quarter', 'DATE', '2017-Q1'],
    ]);
  });
});

describe('timex scores', () => {
  it('counts strict and relaxed matches, type and value accuracy the TempEval-3 way', () => {
    const doc = parseTimeml('test1.tml', TML);
    const counts = emptyCounts();
    const { missed, extra } = compareTimexes(doc.timexes, recognizeDates(doc.text, doc.dct), counts);
    // "the first quarter" overlaps gold "first quarter": relaxed, not strict.
    expect(counts).toEqual({ gold: 4, predicted: 4, strict: 3, relaxed: 4, typeCorrect: 4, valueCorrect: 4 });
    expect([missed, extra]).toEqual([[], []]);
    const scores = timexScores(counts);
    expect(scores.relaxedF1).toBe(1);
    expect(scores.strictF1).toBe(0.75);
    expect(scores.valueF1).toBe(1);
  });
});
