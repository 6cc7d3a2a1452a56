import { expect, it } from 'vitest';
import { bucketOf, relationSeries, rollUp } from './timeline.js';

it('buckets a day into its ISO week (Monday) and month', () => {
  expect(bucketOf('2017-04-09', 'week')).toBe('2017-04-03');
  expect(bucketOf('2017-04-10', 'week')).toBe('2017-04-10');
  expect(bucketOf('2017-04-09', 'month')).toBe('2017-04-01');
});

it('rolls daily mentions into months and skips days that are not dates', () => {
  const points = [
    { day: '2017-04-02', articles: 1, mentions: 3 },
    { day: '2017-04-20', articles: 2, mentions: 2 },
    { day: 'garbage', articles: 9, mentions: 9 },
    { day: '2017-05-01', articles: 1, mentions: 1 },
  ];
  expect(rollUp(points, 'month')).toEqual([
    { day: '2017-04-01', articles: 3, mentions: 5 },
    { day: '2017-05-01', articles: 1, mentions: 1 },
  ]);
});

it('weighs the mean Goldstein score by events, not by days', () => {
  const series = relationSeries([
    { day: '2017-04-06', quadClass: 4, events: 3, goldsteinSum: -30, goldsteinCount: 3 },
    { day: '2017-04-12', quadClass: 1, events: 1, goldsteinSum: 2, goldsteinCount: 1 },
    { day: '2017-05-02', quadClass: 2, events: 1, goldsteinSum: 0, goldsteinCount: 0 },
  ], 'month');
  expect(series).toEqual([
    { period: '2017-04-01', quad1: 1, quad2: 0, quad3: 0, quad4: 3, events: 4, goldstein: -7 },
    { period: '2017-05-01', quad1: 0, quad2: 1, quad3: 0, quad4: 0, events: 1, goldstein: null },
  ]);
});
