import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-quotes-'));
  db = join(dir, 'test.db');
  const articles = [
    { title: 'Talks in Sochi', text: 'Russian President Vladimir Putin met German Chancellor Angela Merkel in Sochi.\n\n"We cannot think of any alternative," Putin said, "and we should not have to."\n\nMerkel says Berlin and Moscow must keep talking.', published: '2017-05-02' },
  ];
  writeFileSync(join(dir, 'wire.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  expect((await runCli('ingest', join(dir, 'wire.jsonl'), '--db', db)).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('newsgraph quotes --speaker lists who said what, with date and article', async () => {
  const run = await runCli('quotes', '--speaker', 'putin', '--db', db, '--json');
  expect(run.code).toBe(0);
  const found = JSON.parse(run.out.join('')) as { speakerName: string; quote: string; kind: string; published: string; title: string }[];
  expect(found).toEqual([
    expect.objectContaining({ speakerName: 'Vladimir Putin', kind: 'direct', published: '2017-05-02', title: 'Talks in Sochi', quote: '"We cannot think of any alternative," … "and we should not have to."' }),
  ]);
  const readable = await runCli('quotes', '--search', 'berlin moscow', '--db', db);
  expect(readable.out[0]).toMatch(/^2017-05-02 {2}Angela Merkel \("Merkel"\) {2}\[indirect, says\]/);
  expect(readable.out[1]).toBe('    Berlin and Moscow must keep talking');
});
