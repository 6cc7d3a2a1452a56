import { describe, expect, it } from 'vitest';
import { readJsonlLine } from './jsonl.js';
import { articleOf, codeOf } from '../../test/fixtures/ingest/helpers.js';

describe('readJsonlLine', () => {
  it('maps the modelled fields to meta and keeps the rest in extra', () => {
    const line = JSON.stringify({ id: 7, text: 'Rain fell all day.', url: 'https://x.example/7', source: 'Courier', author: 'A. Writer', language: 'en', section: 'weather', tags: ['rain'] });
    expect(articleOf(readJsonlLine(line, 'f.jsonl:1')).meta).toEqual({
      format: 'jsonl', origin: 'f.jsonl:1', externalId: '7', url: 'https://x.example/7', source: 'Courier',
      author: 'A. Writer', language: 'en', extra: { section: 'weather', tags: ['rain'] },
    });
  });

  it('puts the title before the text, with the map pointing into the JSON text value', () => {
    const article = articleOf(readJsonlLine(JSON.stringify({ title: 'Storm', text: 'Rain fell.\r\nRoads shut.' }), 'f:1'));
    expect(article.text).toBe('Storm\n\nRain fell.\nRoads shut.');
    expect(article.meta.title).toBe('Storm');
    expect(article.sourceMap).toEqual([{ start: 7, end: 17, sourceStart: 0 }, { start: 17, end: 29, sourceStart: 11 }]);
  });

  it('does not repeat a title the text already starts with', () => {
    expect(articleOf(readJsonlLine(JSON.stringify({ title: 'Storm', text: 'Storm\n\nRain fell.' }), 'f:1')).text).toBe('Storm\n\nRain fell.');
  });

  it('normalises the publication time', () => {
    expect(articleOf(readJsonlLine('{"text":"Rain.","published":"Tue, 02 Mar 2021 08:30:00 +0000"}', 'f:1')).meta.published).toBe('2021-03-02T08:30:00+00:00');
  });

  it('keeps an unreadable publication time raw, with a warning', () => {
    const article = articleOf(readJsonlLine('{"text":"Rain.","published":"sometime in spring"}', 'f:1'));
    expect(article.meta.published).toBeUndefined();
    expect(article.meta.extra).toEqual({ published: 'sometime in spring' });
    expect(article.diagnostics.map((d) => d.code)).toEqual(['ingest/bad-date']);
  });

  it('reads an html field through the HTML reader', () => {
    const html = '<html><body><article><p>The council approved a new cycle lane along the river road on Monday, after two years of consultation with residents.</p></article></body></html>';
    const article = articleOf(readJsonlLine(JSON.stringify({ id: 'h1', title: 'Cycle lane approved', html }), 'f:2'));
    expect(article.text).toMatch(/^Cycle lane approved\n\nThe council approved/);
    expect(article.meta).toMatchObject({ format: 'jsonl', externalId: 'h1', title: 'Cycle lane approved' });
  });

  it('names a malformed line with its origin and the parser’s reason', () => {
    const result = readJsonlLine('{"text": "unterminated', 'feed.jsonl:12');
    expect(result.ok ? undefined : result.error).toMatchObject({ origin: 'feed.jsonl:12', code: 'E_BAD_JSON' });
    expect(result.ok ? '' : result.error.reason).toMatch(/JSON/);
  });

  it('refuses a line that is JSON but not an object', () => {
    expect(codeOf(readJsonlLine('["text"]', 'f:1'))).toBe('E_BAD_JSON');
  });

  it('refuses an object without text or html', () => {
    expect(codeOf(readJsonlLine('{"id": 1, "title": "Only a title"}', 'f:1'))).toBe('E_NO_TEXT');
    expect(codeOf(readJsonlLine('{"text": 42}', 'f:1'))).toBe('E_NO_TEXT');
  });

  it('keeps a field of the wrong type in extra, with a warning', () => {
    const article = articleOf(readJsonlLine('{"text":"Rain.","author":["A","B"]}', 'f:1'));
    expect(article.meta.extra).toEqual({ author: ['A', 'B'] });
    expect(article.diagnostics.map((d) => d.code)).toEqual(['ingest/bad-field']);
  });
});
