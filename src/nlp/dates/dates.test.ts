import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../doc/index.js';
import { dateDiagnostics, dateOfSpan, findDates } from './dates.js';
import { recognizeDates } from './recognize.js';
import { clauseTense } from './tense.js';

/** Wednesday 3 May 2017, the publication date of every sentence below unless a test says otherwise. */
const PUBLISHED = '2017-05-03T09:30:00+03:00';

/** Each expression found in `text` as `words → value`, with the mod after a slash when there is one. */
function values(text: string, published: string | undefined = PUBLISHED): string[] {
  return recognizeDates(text, published).map((d) => `${text.slice(d.start, d.end)} → ${d.value ?? '?'}${d.mod ? `/${d.mod}` : ''}`);
}

describe('news conventions against the publication date', () => {
  it('reads a bare weekday as the last one before publication, or the publication day itself', () => {
    expect(values('The minister resigned on Monday.')).toEqual(['Monday → 2017-05-01']);
    expect(values('Police said on Wednesday that two men were held.')).toEqual(['Wednesday → 2017-05-03']);
    expect(values('The envoy arrived on Thursday.')).toEqual(['Thursday → 2017-04-27']);
  });

  it('reads a weekday in a future clause as the next one', () => {
    expect(values('The two leaders will meet on Friday.')).toEqual(['Friday → 2017-05-05']);
    expect(values('He said on Monday that the vote will be held on Friday.')).toEqual(['Monday → 2017-05-01', 'Friday → 2017-05-05']);
    expect(values('They met last Wednesday and meet again next Monday.')).toEqual(['last Wednesday → 2017-04-26', 'next Monday → 2017-05-08']);
  });

  it('reads a month alone as the past one, or the coming one in a future clause', () => {
    expect(values('Prices rose in April.')).toEqual(['April → 2017-04']);
    expect(values('The talks collapsed in December.')).toEqual(['December → 2016-12']);
    expect(values('The election will be held in December.')).toEqual(['December → 2017-12']);
    expect(values('Rain fell in March and the army may march in May.')).toEqual(['March → 2017-03', 'May → 2017-05']);
  });

  it('resolves the year, week, month and quarter words', () => {
    expect(values('Exports fell last year, rose this week and will grow next month.')).toEqual(['last year → 2016', 'this week → 2017-W18', 'next month → 2017-06']);
    expect(values('Sales rose last week, in the first quarter and early last year.')).toEqual(['last week → 2017-W17', 'the first quarter → 2017-Q1', 'early last year → 2016/START']);
    expect(values('Profit rose in the third quarter, from fiscal 2015 and the 2014 fourth quarter.')).toEqual(['the third quarter → 2016-Q3', 'fiscal 2015 → 2015', 'the 2014 fourth quarter → 2014-Q4']);
    expect(values('Growth slowed earlier this year and in the first half.')).toEqual(['earlier this year → 2017', 'the first half → 2017-H1']);
  });

  it('counts back from publication for "ago" and from the day under discussion for "earlier that day"', () => {
    expect(values('The law passed two years ago, three days ago and a week ago.')).toEqual(['two years ago → 2015', 'three days ago → 2017-04-30', 'a week ago → 2017-W17']);
    expect(values('The raid came on March 3. Earlier that day, police had sealed the road. The next day they left.')).toEqual([
      'March 3 → 2017-03-03', 'Earlier that day → 2017-03-03', 'The next day → 2017-03-04',
    ]);
    expect(values('The firm was founded in 1998. Later that year it moved.')).toEqual(['1998 → 1998', 'Later that year → 1998']);
    expect(recognizeDates('The raid came on March 3. Earlier that day, police had sealed the road.', PUBLISHED)[1]?.basis).toBe('text');
  });

  it('reads days, decades, centuries, seasons and fixed dates', () => {
    expect(values('Today, yesterday and tomorrow; yesterday morning and tonight.')).toEqual([
      'Today → 2017-05-03', 'yesterday → 2017-05-02', 'tomorrow → 2017-05-04', 'yesterday morning → 2017-05-02TMO', 'tonight → 2017-05-03TNI',
    ]);
    expect(values('In the 1990s and the mid-1980s, not the 20th century.')).toEqual(['the 1990s → 199', 'the mid-1980s → 198/MID', 'the 20th century → 19']);
    expect(values('The deal, signed on Sept. 11, 2001, held until last summer.')).toEqual(['Sept. 11, 2001 → 2001-09-11', 'last summer → 2016-SU']);
    expect(values('It happened on 4 July 1998 and in June 2010.')).toEqual(['4 July 1998 → 1998-07-04', 'June 2010 → 2010-06']);
  });

  it('reads a month or day with no tense cue as the nearest one', () => {
    expect(values('The dividend is payable Dec. 15 to holders of record Nov. 20.', '2017-11-02')).toEqual(['Dec. 15 → 2017-12-15', 'Nov. 20 → 2017-11-20']);
    expect(values('Deliveries start in January.', '2017-11-02')).toEqual(['January → 2018-01']);
  });

  it('dates the periods of a quarterly report from the quarter it names', () => {
    expect(values('Third-quarter profit rose to $5 million from $4 million a year earlier. In the year-ago quarter, sales fell.', '2017-10-20')).toEqual([
      'Third-quarter → 2017-Q3', 'a year earlier → 2016-Q3', 'the year-ago quarter → 2016-Q3',
    ]);
    expect(values('Sales rose in the quarter and will be flat at year-end.', '2017-10-20')).toEqual(['the quarter → 2017-Q3', 'year-end → 2017/END']);
    expect(values('Sales for this year\'s third quarter rose; in the year-ago third quarter and next year\'s first half they fell.', '2017-10-20')).toEqual([
      'this year\'s third quarter → 2017-Q3', 'the year-ago third quarter → 2016-Q3', 'next year\'s first half → 2018-H1',
    ]);
  });

  it('reads the weekend, spoken years and weekday possessives', () => {
    expect(values('Over the weekend, in nineteen ninety-six and on Friday\'s close.')).toEqual([
      'the weekend → 2017-W17-WE', 'nineteen ninety-six → 1996', 'Friday → 2017-04-28',
    ]);
  });

  it('reads the end of a range as not before its start', () => {
    expect(values('From December to March, exports fell.')).toEqual(['December → 2016-12', 'March → 2017-03']);
    expect(values('Between 2010 and 2012 the plant was shut.')).toEqual(['2010 → 2010', '2012 → 2012']);
    expect(values('Talks ran from May 30 to June 2, 2015, and from Dec. 28 to Jan. 3, 2016.')).toEqual([
      'May 30 → 2015-05-30', 'June 2, 2015 → 2015-06-02', 'Dec. 28 → 2015-12-28', 'Jan. 3, 2016 → 2016-01-03',
    ]);
    expect(values('The summit ran April 3-7. Talks will run May 30 to 31.')).toEqual(['April 3 → 2017-04-03', '7 → 2017-04-07', 'May 30 → 2017-05-30', '31 → 2017-05-31']);
  });

  it('reads durations, recurrences, clock times and the present', () => {
    expect(values('The siege lasted three days, more than a year in all, and 48 hours more.')).toEqual(['three days → P3D', 'more than a year → P1Y/MORE_THAN', '48 hours → PT48H']);
    expect(values('Over the past three years, for several months, he met them every Monday.')).toEqual(['the past three years → P3Y', 'several months → PXM', 'every Monday → XXXX-WXX-1']);
    expect(values('They pay $5 a year and report daily.')).toEqual(['a year → P1Y', 'daily → P1D']);
    expect(values('The strike is now over; it began at 10:30 a.m. on Monday.')).toEqual(['now → PRESENT_REF', '10:30 a.m. on Monday → 2017-05-01T10:30']);
  });
});

describe('tense cues and the year of a date named without one', () => {
  it('reads a participle after "is" or "be" as no past tense, and an opening phrase by the clause after its comma', () => {
    const tense = (text: string, words: string): ReturnType<typeof clauseTense> => clauseTense(text, text.indexOf(words), text.indexOf(words) + words.length);
    expect(tense('The appeal is heard in May.', 'May')).toBeUndefined();
    expect(tense('The appeal was heard in May.', 'May')).toBe('past');
    expect(tense('The boy must be returned to his father by Jan. 14.', 'Jan. 14')).toBeUndefined();
    expect(tense('In January, the firm bought a rival.', 'January')).toBe('past');
    expect(tense('On Friday, the council will vote.', 'Friday')).toBe('future');
    expect(tense('Talks are supposed to end by May.', 'May')).toBe('future');
  });

  it('reads "as soon as" and "as early as" a weekday as the coming one', () => {
    expect(values('The envoy may land as soon as Tuesday.', '2017-05-01')).toEqual(['Tuesday → 2017-05-02']);
    expect(values('Officials said the father could fly in as early as Tuesday.', '2017-05-01')).toEqual(['Tuesday → 2017-05-02']);
  });

  it('takes the year in which a named weekday falls on the named day', () => {
    // Published Friday 24 April 2015: "Saturday, April 25" is the next day, whatever the past tense says.
    expect(values('The Herald said in an editorial on Saturday, April 25, that the plan failed.', '2015-04-24')).toEqual(['Saturday, April 25 → 2015-04-25']);
  });

  it('reads a past clause\'s deadline far back as the coming one when that is near', () => {
    expect(values('The offer was extended to Nov. 20.', '2017-10-30')).toEqual(['Nov. 20 → 2017-11-20']);
    expect(values('The offer expired on Nov. 20.', '2017-12-10')).toEqual(['Nov. 20 → 2017-11-20']);
    expect(values('The board said results were released in mid-November.', '2017-10-27')).toEqual(['mid-November → 2017-11/MID']);
    expect(values('The merger was completed in February.', '2017-08-05')).toEqual(['February → 2017-02']);
  });

  it('reads a month or day with "last year" after it, or "last" before a day, in that year', () => {
    expect(values('In July last year the leader was arrested, on Oct. 23 last year he fled, and last Oct. 23 he died.')).toEqual([
      'July last year → 2016-07', 'Oct. 23 last year → 2016-10-23', 'last Oct. 23 → 2016-10-23',
    ]);
  });

  it('reads the end of a period that "ended" as past, and a plan that "had been due" as past', () => {
    expect(values('In the fiscal year ended Jan. 31, sales rose.', '2017-01-20')).toEqual(['the fiscal year ended → P1Y', 'Jan. 31 → 2016-01-31']);
    expect(values('The offer had been due to expire on Friday.', '2017-05-01')).toEqual(['Friday → 2017-04-28']);
  });

  it('takes no programme title in quotes for a time', () => {
    expect(values('He spoke on ABC\'s "This Week" and on CBS\'s "60 Minutes" this week.')).toEqual(['this week → 2017-W18']);
  });

  it('reads holidays, fixed and moving, in the year the conventions pick', () => {
    expect(values('The boy was found on Thanksgiving Day; the vote is on Election Day; Easter 2000 and Good Friday.', '1999-12-01')).toEqual([
      'Thanksgiving Day → 1999-11-25', 'Election Day → 1999-11-02', 'Easter 2000 → 2000-04-23', 'Good Friday → 2000-04-21',
    ]);
    expect(values('Shops will open on Christmas Day and New Year\'s Day, but not on Memorial Day.', '2017-12-01')).toEqual([
      'Christmas Day → 2017-12-25', 'New Year\'s Day → 2018-01-01', 'Memorial Day → 2018-05-28',
    ]);
  });

  it('reads "April 24 and 25" as two days of one month, but not "March 3 and 4 others"', () => {
    expect(values('The summit meets on April 24 and 25. On March 3 and 4 others were hurt. Talks on May 2 and 3, 2016 failed.', '2017-02-10')).toEqual([
      'April 24 → 2017-04-24', '25 → 2017-04-25', 'March 3 → 2017-03-03', 'May 2 → 2016-05-02', '3, 2016 → 2016-05-03',
    ]);
  });

  it('writes half a unit in the next smaller one', () => {
    expect(values('They stayed 2 1/2 years, a minute and a half, one and a half days and 1.5 weeks.')).toEqual([
      '2 1/2 years → P2Y6M', 'a minute and a half → PT1M30S', 'one and a half days → P1DT12H', '1.5 weeks → P1.5W',
    ]);
  });

  it('takes no age for a length of time', () => {
    expect(values('A 44-year-old teacher and a six-year-old boy, both new, waited 44 years.')).toEqual(['44 years → P44Y']);
  });
});

describe('an article with no publication date', () => {
  it('leaves relative expressions unresolved, never guessing from the clock', () => {
    const found = recognizeDates('The minister resigned on Monday, in April and last year, not in 2016.', undefined);
    expect(found.map((d) => [d.value, d.basis])).toEqual([
      ['XXXX-WXX-1', 'unresolved'], ['XXXX-04', 'unresolved'], [undefined, 'unresolved'], ['2016', 'absolute'],
    ]);
  });

  it('says so in a dates/no-date diagnostic pointing at the first unresolved expression', () => {
    const doc = createDoc('The minister resigned on Monday.', { format: 'text' });
    const diagnostics = dateDiagnostics({ ...doc, layers: { dates: findDates(doc) } });
    expect(diagnostics.map((d) => [d.code, d.severity, d.span])).toEqual([['dates/no-date', 'info', { start: 25, end: 31 }]]);
    const dated = createDoc('The minister resigned on Monday.', { format: 'text', published: PUBLISHED });
    expect(dateDiagnostics({ ...dated, layers: { dates: findDates(dated) } })).toEqual([]);
  });
});

describe('dateOfSpan', () => {
  const doc: Doc = (() => {
    const d = createDoc('Russia struck Aleppo on Monday for three days. Talks resume now.', { format: 'text', published: PUBLISHED });
    return { ...d, layers: { dates: findDates(d) } };
  })();

  it('gives the calendar date of a clause, never its duration', () => {
    expect(dateOfSpan(doc, { start: 0, end: 46 })?.value).toBe('2017-05-01');
    expect(dateOfSpan(doc, { start: 47, end: 65 })?.value).toBe('PRESENT_REF');
    expect(dateOfSpan(doc, { start: 30, end: 46 })).toBeUndefined();
  });
});

describe('robustness', () => {
  it('keeps every offset inside the text and does not crash on garbage', () => {
    const inputs = [
      '', ' ', '\u0000\uffff\ud800', 'May May May 2017-99-99 13:99 p.m. 0 ago', '1,998 people; $2017; 2017% ; page 2016/17',
      'the the of of in in', '🙂 Monday 🙂 last year 🙂', 'x'.repeat(5000), '12:00 12:00 noon noon midnight'.repeat(50),
    ];
    for (const text of inputs) {
      for (const published of [PUBLISHED, undefined, 'garbage', '2017-02-30']) {
        const found = recognizeDates(text, published);
        let last = -1;
        for (const d of found) {
          expect(d.start).toBeGreaterThanOrEqual(last);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(text.length);
          last = d.end;
        }
      }
    }
    expect(values('1,998 people paid $2017 for 2017% of it.')).toEqual([]);
  });
});
