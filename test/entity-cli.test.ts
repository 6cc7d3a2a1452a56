import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { lastJson, runCli } from './helpers/run-cli.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-entity-'));
  db = join(dir, 'test.db');
  const articles = [
    { text: 'German Chancellor Angela Merkel met Russian President Vladimir Putin in Sochi. Merkel said talks must go on.', published: '2017-05-02' },
    { text: 'Vladimir Putin spoke in Moscow on Monday. Putin said the talks with Angela Merkel were useful.', published: '2017-05-04' },
  ];
  writeFileSync(join(dir, 'wire.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  expect((await runCli('ingest', join(dir, 'wire.jsonl'), '--db', db)).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('newsgraph entities --top lists corpus entities, most mentioned first', async () => {
  const run = await runCli('entities', '--top', '3', '--db', db, '--json');
  expect(run.code).toBe(0);
  const top = JSON.parse(run.out.join('')) as { name: string; mentions: number; kbId: string | null }[];
  expect(top.length).toBeLessThanOrEqual(3);
  expect(top.map((e) => e.kbId)).toContain('person:vladimir-putin');
  expect(top.map((e) => e.mentions)).toEqual([...top.map((e) => e.mentions)].sort((a, b) => b - a));
});

it('newsgraph entity NAME reports identity, names used, code, articles and co-mentions', async () => {
  const run = await runCli('entity', 'putin', '--db', db, '--json');
  expect(run.code).toBe(0);
  const report = lastJson(run) as { entity: { kbId: string; code: string; articles: number }; aliases: { text: string }[]; coMentions: { kbId: string | null }[] };
  expect(report.entity).toMatchObject({ kbId: 'person:vladimir-putin', code: 'RUSGOV', articles: 2 });
  expect(report.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin']));
  expect(report.coMentions.map((c) => c.kbId)).toContain('person:angela-merkel');
  const readable = await runCli('entity', 'Putin', '--db', db);
  expect(readable.out[0]).toMatch(/^Vladimir Putin +\(person, person:vladimir-putin, RUSGOV\)/);
  expect((await runCli('entity', 'Nobody Atall', '--db', db)).code).toBe(1);
});
