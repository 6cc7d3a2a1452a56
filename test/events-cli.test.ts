import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-events-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'strike.jsonl'), `${JSON.stringify({
    title: 'Strike on Libya', published: '2015-02-16', url: 'https://example.org/strike',
    text: 'Egypt launched airstrikes against Libya on Sunday. Tunisia did not attack Algeria. Japan, a close ally of Australia, accused China of spying.',
  })}\n`);
  db = join(dir, 'events.db');
  const run = await runCli('ingest', corpus, '--db', db);
  expect(run.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph events and export', () => {
  it('lists plain events by source prefix, with evidence, and flagged ones only with --all', async () => {
    const egypt = await runCli('events', '--db', db, '--source', 'EGY', '--json');
    const [record] = JSON.parse(egypt.out.join('')) as { event: { code: string; target: { code: string } }; actionText: string; sentenceText: string }[];
    expect([record?.event.code, record?.event.target.code, record?.actionText]).toEqual(['195', 'LBY', 'launched airstrikes']);
    expect(record?.sentenceText).toBe('Egypt launched airstrikes against Libya on Sunday.');
    expect((await runCli('events', '--db', db, '--source', 'TUN')).out.join('\n')).toContain('no events found');
    expect((await runCli('events', '--db', db, '--source', 'TUN', '--all')).out.join('\n')).toContain('NEGATED');
    const japan = (await runCli('events', '--db', db, '--source', 'JPN', '--code', '11')).out.join('\n');
    expect(japan).toContain('JPN ("Japan") → CHN ("China")');
  });

  it('filters by date and rejects a date that is not ISO', async () => {
    expect((await runCli('events', '--db', db, '--from', '2015-02-17')).out.join('\n')).toContain('no events found');
    const bad = await runCli('events', '--db', db, '--to', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toContain('--to expects an ISO date');
  });

  it('exports GDELT rows of 61 columns and JSON lines with offsets', async () => {
    const out = join(dir, 'events.tsv');
    expect((await runCli('export', '--db', db, '--format', 'gdelt-events', '--header', '--out', out)).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.map((l) => l.split('\t').length)).toEqual(lines.map(() => 61));
    expect(lines[1]?.split('\t').slice(1, 8)).toEqual(['20150216', '201502', '2015', '2015.1288', 'EGY', 'EGYPT', 'EGY']);
    expect(lines[1]?.split('\t').at(-1)).toBe('https://example.org/strike');
    const jsonl = await runCli('export', '--db', db, '--format', 'jsonl', '--all');
    const events = jsonl.out.filter((l) => l.trim()).map((l) => JSON.parse(l) as { event: { start: number; end: number; negated: boolean } });
    expect(events.some((e) => e.event.negated)).toBe(true);
    expect((await runCli('export', '--db', db, '--format', 'csv')).code).toBe(2);
  });
});
