import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { expect } from 'vitest';
import { createDoc, validateDoc } from '../doc/index.js';
import type { RawArticle, ReadResult } from './types.js';

/** The article of a result, failing the test with the error when there is none. */
export function articleOf(result: ReadResult): RawArticle {
  if (!result.ok) throw new Error(`expected an article, got ${result.error.code}: ${result.error.reason}`);
  const { article } = result;
  expect(article.text.length).toBeGreaterThan(0);
  expect(validateDoc(createDoc(article.text, article.meta, article.sourceMap, article.diagnostics))).toEqual([]);
  return article;
}

/** The error code of a result, or `ok` for an article. */
export function codeOf(result: ReadResult): string {
  return result.ok ? 'ok' : result.error.code;
}

/** Every result a generator yields. */
export async function collect<T>(results: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const result of results) out.push(result);
  return out;
}

/** Writes `head`, `mb` MB of "x", then `tail` to `path`, 1 MB at a time, so the test never holds it. */
export async function writeHugeFile(path: string, head: string, mb: number, tail: string): Promise<void> {
  const out = createWriteStream(path);
  const block = Buffer.alloc(1024 * 1024, 'x');
  out.write(head);
  for (let i = 0; i < mb; i++) if (!out.write(block)) await once(out, 'drain');
  out.end(tail);
  await finished(out);
}
