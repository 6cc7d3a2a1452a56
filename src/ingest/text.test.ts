import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextArticle } from './text.js';
import { articleOf, codeOf } from '../../test/fixtures/ingest/helpers.js';

describe('readTextArticle', () => {
  it('takes a first line followed by a blank line as the title and keeps it in the text', () => {
    const source = readFileSync('test/fixtures/ingest/article.txt', 'utf8');
    const article = articleOf(readTextArticle(source, { origin: 'article.txt' }));
    expect(article.meta).toEqual({ format: 'text', origin: 'article.txt', title: 'Harbour ferry returns after winter repairs' });
    expect(article.text.startsWith('Harbour ferry returns after winter repairs\n\nThe ferry')).toBe(true);
    expect(article.text).toBe(source.trimEnd());
    expect(article.sourceMap).toEqual([{ start: 0, end: article.text.length, sourceStart: 0 }]);
  });

  it('has no title when the first line runs straight into the next', () => {
    expect(articleOf(readTextArticle('One line\nand another.', { origin: 'x' })).meta.title).toBeUndefined();
  });

  it('keeps a title the caller gave', () => {
    expect(articleOf(readTextArticle('Heading\n\nBody.', { origin: 'x', title: 'Given' })).meta.title).toBe('Given');
  });

  it('turns CRLF into LF and maps each unchanged run back to the source', () => {
    const source = 'Title\r\n\r\nFirst para.\r\nSecond line.';
    const article = articleOf(readTextArticle(source, { origin: 'x' }));
    expect(article.text).toBe('Title\n\nFirst para.\nSecond line.');
    for (const s of article.sourceMap) {
      expect(article.text.slice(s.start, s.end)).toBe(source.slice(s.sourceStart, s.sourceStart + s.end - s.start));
    }
    expect(article.sourceMap.reduce((n, s) => n + s.end - s.start, 0)).toBe(article.text.length);
  });

  it('leaves the LF made from a lone CR unmapped, as generated text', () => {
    const article = articleOf(readTextArticle('ab\rcd', { origin: 'x' }));
    expect(article.text).toBe('ab\ncd');
    expect(article.sourceMap).toEqual([{ start: 0, end: 2, sourceStart: 0 }, { start: 3, end: 5, sourceStart: 3 }]);
  });

  it('drops a BOM and leading blank lines, trims the end, and shifts the map', () => {
    const article = articleOf(readTextArticle('\uFEFF\n  \nStory text.  \n\n', { origin: 'x' }));
    expect(article.text).toBe('Story text.');
    expect(article.sourceMap).toEqual([{ start: 0, end: 11, sourceStart: 5 }]);
  });

  it('keeps inner whitespace exactly as given', () => {
    expect(articleOf(readTextArticle('A  b\t c\n\n\n\nd', { origin: 'x' })).text).toBe('A  b\t c\n\n\n\nd');
  });

  it('refuses whitespace-only text', () => {
    expect(codeOf(readTextArticle(' \r\n\t', { origin: 'x' }))).toBe('E_EMPTY');
  });
});
