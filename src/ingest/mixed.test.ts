import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs } from './list.js';
import { readSource } from './read.js';
import { writeHugeFile } from '../../test/fixtures/ingest/helpers.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-mixed-'));

beforeAll(async () => {
  copyFileSync('test/fixtures/ingest/article.txt', join(dir, 'a-good.txt'));
  copyFileSync('test/fixtures/ingest/article.html', join(dir, 'b-good.html'));
  mkdirSync(join(dir, 'feeds'));
  writeFileSync(join(dir, 'feeds', 'c.jsonl'), '{"text":"Line one."}\n{"text": oops}\n{"text":"Line three."}\n');
  writeFileSync(join(dir, 'd-empty.txt'), '');
  writeFileSync(join(dir, 'e-image.bin'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
  writeFileSync(join(dir, 'f-latin.txt'), Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' prices\n\nCoffee went up.')]));
  writeFileSync(join(dir, 'README.md'), 'Test folder.');
  await writeHugeFile(join(dir, 'g-huge.jsonl'), '{"text":"', 200, '"}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a mixed folder', () => {
  it('reads every good article and names each bad input with its code', async () => {
    const { sources, errors } = await listInputs([dir]);
    expect(errors).toEqual([]);
    const outcome: string[] = [];
    for (const source of sources) {
      for await (const r of readSource(source, { format: 'auto', maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES })) {
        outcome.push(r.ok ? `${r.article.meta.origin} ok` : `${r.error.origin} ${r.error.code}`);
      }
    }
    expect(outcome.map((o) => o.slice(dir.length + 1))).toEqual([
      'a-good.txt ok',
      'b-good.html ok',
      'd-empty.txt E_EMPTY',
      'e-image.bin E_BINARY',
      'f-latin.txt ok',
      'feeds/c.jsonl:1 ok',
      'feeds/c.jsonl:2 E_BAD_JSON',
      'feeds/c.jsonl:3 ok',
      'g-huge.jsonl:1 E_TOO_LARGE',
    ]);
  });
});
