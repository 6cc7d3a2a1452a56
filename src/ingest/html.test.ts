import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from './html.js';
import { articleOf, codeOf } from '../../test/fixtures/ingest/helpers.js';

const page = readFileSync('test/fixtures/ingest/article.html', 'utf8');
const wrap = (body: string, head = ''): string => `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;
const para = '<p>The harbour board agreed on Friday to extend the breakwater by forty metres, after storms damaged boats moored inside it twice this winter.</p>';

describe('readHtmlArticle', () => {
  it('reads title, author, time, canonical URL, site name and language from the head', () => {
    expect(articleOf(readHtmlArticle(page, { origin: 'a.html' })).meta).toEqual({
      format: 'html', origin: 'a.html', title: 'Library reopens in Northmere', author: 'Jon Arkwright',
      published: '2021-03-04T09:15:00+00:00', url: 'https://courier.example/news/library-reopens',
      source: 'The Valley Courier', language: 'en-GB',
    });
  });

  it('makes one paragraph per block, collapses whitespace and decodes entities', () => {
    const { text } = articleOf(readHtmlArticle(page, { origin: 'a.html' }));
    expect(text.split('\n\n')).toEqual([
      'Library reopens in Northmere',
      "The public library in Northmere opened its doors again on Thursday after a two-year renovation that added a reading garden and a children's wing.",
      'The work was paid for by the town council and a local trust, which together raised more than half a million pounds.',
      'Staff said about 400 people visited on the first morning & many returned their overdue books without paying a fine, thanks to an amnesty.',
      'Opening hours are 9am to 7pm\nfrom Monday to Saturday.',
      'Reading garden',
      "Children's wing",
    ]);
  });

  it('never lets script or style text leak', () => {
    const { text } = articleOf(readHtmlArticle(page, { origin: 'a.html' }));
    expect(text).not.toMatch(/tracking|leak|font-family|Copyright|Sport/);
  });

  it('maps text runs back to where they occur verbatim in the source', () => {
    const article = articleOf(readHtmlArticle(page, { origin: 'a.html' }));
    expect(article.sourceMap.length).toBeGreaterThan(5);
    for (const s of article.sourceMap) {
      expect(article.text.slice(s.start, s.end)).toBe(page.slice(s.sourceStart, s.sourceStart + s.end - s.start));
    }
    const ampersand = article.text.indexOf('&');
    expect(article.sourceMap.some((s) => s.start <= ampersand && ampersand < s.end)).toBe(false);
  });

  it('puts the title first when the body does not start with it', () => {
    const article = articleOf(readHtmlArticle(wrap(para, '<title>Breakwater to grow</title>'), { origin: 'b.html' }));
    expect(article.text).toMatch(/^Breakwater to grow\n\nThe harbour board/);
    expect(article.sourceMap[0]?.start).toBe('Breakwater to grow\n\n'.length);
  });

  it('finds the time in a <time datetime> when the head has none', () => {
    expect(articleOf(readHtmlArticle(wrap(`<time datetime="2020-11-05">5 Nov</time>${para}`), { origin: 'b' })).meta.published).toBe('2020-11-05');
  });

  it('lets the caller’s metadata win', () => {
    expect(articleOf(readHtmlArticle(wrap(para, '<title>Page title</title>'), { origin: 'b', title: 'Feed title' })).meta.title).toBe('Feed title');
  });

  it('refuses a page without article text', () => {
    expect(codeOf(readHtmlArticle('<html><body><nav><a href="/">Home</a></nav></body></html>', { origin: 'c' }))).toBe('E_NO_ARTICLE');
    expect(codeOf(readHtmlArticle(wrap('<p>Too short.</p>'), { origin: 'c' }))).toBe('E_NO_ARTICLE');
  });
});

describe('readHtmlArticle on hostile markup', () => {
  it('refuses pathologically deep nesting quickly instead of hanging in Readability', () => {
    const started = performance.now();
    const deep = `<html><body>${'<div>'.repeat(5000)}${'text '.repeat(100)}${'</div>'.repeat(5000)}</body></html>`;
    expect(codeOf(readHtmlArticle(deep, { origin: 'deep.html' }))).toBe('E_NO_ARTICLE');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('readHtmlArticle publication time', () => {
  it('falls back to JSON-LD datePublished', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Breakwater to grow","datePublished":"2022-05-06T07:08:09Z"}</script>';
    expect(articleOf(readHtmlArticle(wrap(para, ld), { origin: 'b' })).meta.published).toBe('2022-05-06T07:08:09Z');
  });

  it('keeps an unreadable time raw in extra, with a warning', () => {
    const article = articleOf(readHtmlArticle(wrap(para, '<meta name="date" content="around noon">'), { origin: 'b' }));
    expect(article.meta.extra).toEqual({ published: 'around noon' });
    expect(article.diagnostics.map((d) => d.code)).toEqual(['ingest/bad-date']);
  });
});
