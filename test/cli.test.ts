import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDoc, type Doc } from '../src/doc/index.js';
import { DEFAULT_STAGES } from '../src/nlp/index.js';
import { lastJson, runCli } from './helpers/run-cli.js';

const FIXTURES = new URL('./fixtures/corpus/', import.meta.url).pathname;
let dir: string;
let corpus: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
  corpus = join(dir, 'corpus');
  cpSync(FIXTURES, corpus, { recursive: true });
  writeFileSync(join(corpus, 'empty.txt'), '');
  cpSync(join(corpus, 'harbour.txt'), join(corpus, 'harbour-mirror.txt'));
  db = join(dir, 'test.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph (no command)', () => {
  it('lists the commands with --help and exits 0', async () => {
    const run = await runCli('--help');
    expect(run.code).toBe(0);
    expect(run.out.join('\n')).toMatch(/ingest\s+read, analyse and store/);
  });

  it('exits 2 on an unknown command, naming it', async () => {
    const run = await runCli('ingset');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain("unknown command 'ingset'");
  });

  it('exits 2 on an unknown flag', async () => {
    const run = await runCli('stats', '--bogus');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('--bogus');
  });
});

describe('newsgraph ingest', () => {
  it('stores every good article once, names the bad input and exits 1', async () => {
    const run = await runCli('ingest', corpus, '--db', db, '--json');
    expect(run.code).toBe(1);
    const summary = lastJson(run);
    expect(summary).toMatchObject({ read: 6, added: 5, present: 0, repeated: 1, failed: 1 });
    expect(summary['errors']).toEqual([expect.objectContaining({ origin: join(corpus, 'empty.txt'), code: 'E_EMPTY' })]);
  });

  it('adds nothing when run again on the same inputs', async () => {
    const summary = lastJson(await runCli('ingest', corpus, '--db', db, '--json'));
    expect(summary).toMatchObject({ read: 6, added: 0, present: 6, repeated: 0, failed: 1 });
  });

  it('rejects an unknown stage before reading anything', async () => {
    const run = await runCli('ingest', corpus, '--db', join(dir, 'other.db'), '--stages', 'tokens,magic');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain("E_UNKNOWN_STAGE: no stage named 'magic'");
  });
});

describe('newsgraph search, show, stats', () => {
  it('finds articles by a word in their text, with the match marked in a snippet', async () => {
    const result = lastJson(await runCli('search', 'tram', '--db', db, '--json'));
    const hits = result['hits'] as { title: string; snippet: string }[];
    expect(hits.map((h) => h.title)).toEqual(['City council approves new tram line']);
    expect(hits[0]?.snippet).toContain('[tram]');
  });

  it('shows an article by a short id, with layers whose offsets are valid', async () => {
    const hits = lastJson(await runCli('search', 'grain', '--db', db, '--json'))['hits'] as { id: string }[];
    const id = hits[0]?.id ?? '';
    const doc = lastJson(await runCli('show', id.slice(0, 8), '--db', db, '--json')) as unknown as Doc;
    expect(doc.id).toBe(id);
    expect(doc.meta.title).toBe('Harbour strike halts grain exports');
    expect(validateDoc(doc)).toEqual([]);
    expect(doc.layers.sentences?.length).toBeGreaterThan(3);
  });

  it('counts what the database holds', async () => {
    const stats = lastJson(await runCli('stats', '--db', db, '--json'));
    expect(stats).toMatchObject({ articles: 5, inputs: 6, byFormat: { text: 3, jsonl: 2 } });
  });

  it('refuses to read a database that does not exist instead of creating one', async () => {
    const run = await runCli('stats', '--db', join(dir, 'missing.db'));
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('no database at');
  });
});

describe('newsgraph analyze', () => {
  it('prints one valid Doc per article as JSON and stores nothing', async () => {
    const run = await runCli('analyze', join(corpus, 'storm.txt'), '--json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out[0] ?? '') as Doc;
    expect(validateDoc(doc)).toEqual([]);
    const tokens = (doc.layers.tokens ?? []).map((t) => doc.text.slice(t.start, t.end));
    expect(tokens).toContain('U.S.');
    expect(tokens).toContain('https://grid.example.org/outages');
    expect(tokens).toContain('press@grid.example.org');
  });
});

describe('newsgraph eval', () => {
  const conll = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n. . O O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n';

  it('scores sentence boundaries on a CoNLL file and ends with a JSON line', async () => {
    const gold = join(dir, 'tiny.conll');
    writeFileSync(gold, conll);
    const run = await runCli('eval', 'sentences', '--gold', gold);
    expect(run.code).toBe(0);
    expect(lastJson(run)).toMatchObject({ task: 'sentences', gold: 2, precision: 1, recall: 1 });
  });

  it('turns a bad task option into a usage error', async () => {
    const gold = join(dir, 'tiny.conll');
    const run = await runCli('eval', 'tokens', '--gold', gold, '--limit', 'abc');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('E_EVAL_LIMIT');
  });

  it('names the tasks when the task is unknown', async () => {
    const run = await runCli('eval', 'magic', '--gold', FIXTURES);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toMatch(/no evaluation task 'magic'; tasks: .*sentences/);
  });
});

describe('newsgraph bench', () => {
  it('reports throughput per stage and for ingest, ending with a JSON line', async () => {
    const run = await runCli('bench', FIXTURES, '--runs', '1', '--html', '2');
    expect(run.code).toBe(0);
    const metrics = lastJson(run);
    expect(metrics).toMatchObject({ task: 'bench', articles: 5, runs: 1, htmlPages: 2 });
    expect(Object.keys(metrics['stageMsPerPass'] as object)).toEqual([...DEFAULT_STAGES]);
    for (const key of ['tokensPerSecond', 'ingestArticlesPerSecond', 'htmlReadPagesPerSecond', 'peakRssMb']) {
      expect(metrics[key]).toBeGreaterThan(0);
    }
  });

  it('exits 2 with a clear message when the input holds no article', async () => {
    const empty = join(dir, 'nothing');
    mkdirSync(empty);
    const run = await runCli('bench', empty, '--runs', '1');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('no readable article in');
  });
});
