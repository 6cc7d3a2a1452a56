import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from './read.js';
import { codeOf, writeHugeFile } from '../../test/fixtures/ingest/helpers.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from './types.js';
import type { ReadResult } from './types.js';

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-big-'));
const jsonl = join(dir, 'huge.jsonl');
const text = join(dir, 'huge.txt');

beforeAll(async () => {
  await writeHugeFile(jsonl, '{"text":"Before the giant line."}\n{"text":"', 200, '"}\n{"text":"After the giant line."}\n');
  await writeHugeFile(text, 'Title\n\n', 200, '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 200 MB input', () => {
  it('skips a 200 MB JSONL line as E_TOO_LARGE, reads the others, and keeps memory bounded', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const results: ReadResult[] = [];
    for await (const r of readSource({ kind: 'file', path: jsonl, bytes: statSync(jsonl).size }, { format: 'auto', maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES })) {
      results.push(r);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    clearInterval(timer);
    expect(results.map(codeOf)).toEqual(['ok', 'E_TOO_LARGE', 'ok']);
    expect(results[1]).toMatchObject({ ok: false, error: { origin: `${jsonl}:2` } });
    console.log(`200 MB JSONL line: rss growth ${((peak - before) / MB).toFixed(1)} MB`);
    expect(peak - before).toBeLessThan(100 * MB);
  });

  it('refuses a 200 MB text file from its size alone', async () => {
    const started = performance.now();
    const results: ReadResult[] = [];
    for await (const r of readSource({ kind: 'file', path: text, bytes: statSync(text).size }, { format: 'auto', maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES })) results.push(r);
    expect(results.map(codeOf)).toEqual(['E_TOO_LARGE']);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
