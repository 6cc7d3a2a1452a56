import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource } from './read.js';
import { readStream } from './read-stream.js';
import { articleOf, codeOf, collect } from '../../test/fixtures/ingest/helpers.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from './types.js';
import type { ReadOptions, ReadResult } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const auto: ReadOptions = { format: 'auto', maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES };
const story = 'Ferry back in service\n\nThe island ferry sailed again on Monday after repairs to its hull.';
const page = `<!doctype html><html><head><title>Ferry back</title></head><body><article><p>${'The island ferry sailed again on Monday after repairs. '.repeat(4)}</p></article></body></html>`;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
function read(path: string, options: ReadOptions = auto): Promise<ReadResult[]> {
  const bytes = existsSync(path) ? statSync(path).size : 0;
  return collect(readSource({ kind: 'file', path, bytes }, options));
}

describe('readSource on files', () => {
  it('reads a .txt file as one text article with its encoding', async () => {
    const [result] = await read(file('story.txt', story));
    expect(articleOf(result!).meta).toMatchObject({ format: 'text', encoding: 'utf-8', title: 'Ferry back in service' });
  });

  it('reads Windows-1252 bytes with a fallback warning', async () => {
    const [result] = await read(file('cp1252.txt', Buffer.from([...Buffer.from('Price rise\n\nA ticket now costs '), 0xa3, 0x35, 0x20, 0x96, 0x20, 0x93, 0x73, 0x74, 0x65, 0x65, 0x70, 0x94, 0x2e])));
    const article = articleOf(result!);
    expect(article.text).toBe('Price rise\n\nA ticket now costs £5 – “steep”.');
    expect(article.meta.encoding).toBe('windows-1252');
    expect(article.diagnostics.map((d) => d.code)).toEqual(['ingest/encoding-fallback']);
  });

  it('reads UTF-16 with a BOM', async () => {
    const [result] = await read(file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße aus Köln\n\nText.', 'utf16le')])));
    expect(articleOf(result!)).toMatchObject({ text: 'Grüße aus Köln\n\nText.', meta: { encoding: 'utf-16le' } });
  });

  it('honours an HTML page’s declared legacy charset', async () => {
    const bytes = Buffer.from(page.replace('<head>', '<head><meta charset="koi8-r">').replace('Monday', 'XXXXXX'), 'latin1');
    bytes.set([0xf0, 0xd2, 0xc1, 0xd7, 0xc4, 0xc1], bytes.indexOf('XXXXXX'));
    const [result] = await read(file('koi8.html', bytes));
    expect(articleOf(result!)).toMatchObject({ meta: { encoding: 'koi8-r' } });
    expect(articleOf(result!).text).toContain('on Правда after');
  });

  it('refuses binary, empty and oversized files by code', async () => {
    expect((await read(file('blob.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a])))).map(codeOf)).toEqual(['E_BINARY']);
    expect((await read(file('empty.txt', ''))).map(codeOf)).toEqual(['E_EMPTY']);
    expect((await read(file('big.txt', story), { format: 'auto', maxArticleBytes: 10 })).map(codeOf)).toEqual(['E_TOO_LARGE']);
  });

  it('names a file that vanished after listing with E_UNREADABLE and the OS reason', async () => {
    const path = file('gone.txt', story);
    rmSync(path);
    const [result] = await read(path);
    expect(result).toMatchObject({ ok: false, error: { origin: path, code: 'E_UNREADABLE', reason: expect.stringMatching(/ENOENT/) } });
  });

  it('reads each JSONL line, naming a broken one by path:line and going on', async () => {
    const path = file('feed.jsonl', `{"text":"First."}\n\n{"text": broken}\n{"title":"No text"}\r\n{"text":"Fourth."}`);
    const results = await read(path);
    expect(results.map(codeOf)).toEqual(['ok', 'E_BAD_JSON', 'E_NO_TEXT', 'ok']);
    expect(results.map((r) => (r.ok ? r.article.meta.origin : r.error.origin))).toEqual([`${path}:1`, `${path}:3`, `${path}:4`, `${path}:5`]);
  });

  it('names an empty JSONL file with E_EMPTY', async () => {
    expect((await read(file('blank.jsonl', '\n  \n'))).map(codeOf)).toEqual(['E_EMPTY']);
  });

  it('sniffs the format of a file with another extension', async () => {
    expect((await read(file('page.dat', page)))[0]).toMatchObject({ ok: true, article: { meta: { format: 'html' } } });
    expect((await read(file('feed.dat', '{"text":"A."}\n{"text":"B."}\n'))).map(codeOf)).toEqual(['ok', 'ok']);
    expect((await read(file('notes.dat', story)))[0]).toMatchObject({ ok: true, article: { meta: { format: 'text' } } });
  });

  it('uses the format named in the options over the extension', async () => {
    expect((await read(file('page.txt', page), { format: 'html', maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES }))[0]).toMatchObject({ ok: true, article: { meta: { format: 'html' } } });
  });
});

describe('readStream (standard input)', () => {
  const stream = (...parts: string[]): Readable => Readable.from(parts.map((p) => Buffer.from(p)));

  it('sniffs plain text', async () => {
    expect((await collect(readStream(stream(story), 'stdin', auto))).map((r) => articleOf(r).meta.origin)).toEqual(['stdin']);
  });

  it('streams JSONL line by line, naming lines stdin:N', async () => {
    const results = await collect(readStream(stream('{"text":"A."}\n', '{"text":', '"B."}\nnot json\n'), 'stdin', auto));
    expect(results.map((r) => (r.ok ? r.article.meta.origin : r.error.origin))).toEqual(['stdin:1', 'stdin:2', 'stdin:3']);
  });

  it('refuses a text over the limit after reading it through', async () => {
    expect((await collect(readStream(stream('x'.repeat(3000), 'y'.repeat(3000)), 'stdin', { format: 'text', maxArticleBytes: 4000 }))).map(codeOf)).toEqual(['E_TOO_LARGE']);
  });

  it('refuses empty input', async () => {
    expect((await collect(readStream(stream(), 'stdin', auto))).map(codeOf)).toEqual(['E_EMPTY']);
  });
});

describe('readSource on the JSONL fixture', () => {
  it('reads each line with its metadata and names the line without text', async () => {
    const path = 'test/fixtures/ingest/articles.jsonl';
    const results = await read(path);
    expect(results.map((r) => (r.ok ? `${r.article.meta.origin} ${r.article.meta.externalId}` : `${r.error.origin} ${r.error.code}`))).toEqual([
      `${path}:1 vc-101`, `${path}:3 102`, `${path}:4 E_NO_TEXT`,
    ]);
    expect(articleOf(results[0]!).meta).toMatchObject({ published: '2021-03-02T08:30:00+00:00', extra: { section: 'local' } });
    expect(articleOf(results[1]!).text).toMatch(/^Market moves\n\nThe Saturday market/);
  });
});
