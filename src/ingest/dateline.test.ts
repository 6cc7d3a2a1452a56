import { describe, expect, it } from 'vitest';
import { datelineDate, withDatelineDate } from './dateline.js';
import { readTextArticle } from './text.js';

describe('datelineDate', () => {
  it('reads a wire dateline with its year', () => {
    expect(datelineDate('MOSCOW, May 3, 2017 (Reuters) - The Kremlin said…')?.date).toBe('2017-05-03');
    expect(datelineDate('Talks stall\n\nGENEVA, Switzerland, Sept. 14, 2016 (AP) — Envoys met.')?.date).toBe('2016-09-14');
    expect(datelineDate('Washington, 3 May 2017 — The vote…')?.date).toBe('2017-05-03');
  });

  it('reads nothing from a dateline without a year, an impossible day or ordinary prose', () => {
    expect(datelineDate('MOSCOW, May 3 (Reuters) - The Kremlin said…')).toBeUndefined();
    expect(datelineDate('MOSCOW, Feb 30, 2017 (Reuters) - x')).toBeUndefined();
    expect(datelineDate('The Kremlin said on May 3, 2017 - nothing.')).toBeUndefined();
  });
});

describe('withDatelineDate', () => {
  it('fills a missing publication date and says where it came from', () => {
    const read = readTextArticle('MOSCOW, May 3, 2017 (Reuters) - The Kremlin said.', { origin: 'a.txt' });
    if (!read.ok) throw new Error('unreadable fixture');
    const article = withDatelineDate(read.article);
    expect(article.meta.published).toBe('2017-05-03');
    expect(article.diagnostics.map((d) => d.code)).toEqual(['ingest/dateline-date']);
  });

  it('keeps a publication date from the metadata', () => {
    const read = readTextArticle('MOSCOW, May 3, 2017 (Reuters) - The Kremlin said.', { origin: 'a.txt', published: '2017-05-04' });
    if (!read.ok) throw new Error('unreadable fixture');
    expect(withDatelineDate(read.article)).toBe(read.article);
  });
});
