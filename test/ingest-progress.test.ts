import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { readInputs, type ReadProgress } from '../src/engine/inputs.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../src/ingest/index.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

it('moves the byte progress inside one large JSONL file, never backwards, ending at its size', async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-progress-'));
  const path = join(dir, 'feed.jsonl');
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ title: `Story ${i}`, text: `Story number ${i} tells of the harbour and its ferries. `.repeat(3) }));
  writeFileSync(path, `${lines.join('\n')}\n`);
  const seen: ReadProgress[] = [];
  let articles = 0;
  for await (const r of readInputs([path], { format: 'auto', maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES }, (p) => seen.push(p))) if (r.ok) articles += 1;
  expect(articles).toBe(3000);
  const total = seen.at(-1)!.bytesTotal;
  expect(total).toBeGreaterThan(200_000);
  expect(seen.at(-1)!.bytesDone).toBe(total);
  expect(seen.some((p) => p.bytesDone > 0 && p.bytesDone < total)).toBe(true);
  for (let i = 1; i < seen.length; i++) expect(seen[i]!.bytesDone).toBeGreaterThanOrEqual(seen[i - 1]!.bytesDone);
});
