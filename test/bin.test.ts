import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validateDoc, type Doc } from '../src/doc/index.js';

const BIN = new URL('../bin/newsgraph.js', import.meta.url).pathname;

describe('bin/newsgraph.js (the installed command)', () => {
  it('answers --help from the compiled build', () => {
    expect(execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })).toContain('Commands:');
  });

  it('analyses an article piped on stdin', () => {
    const input = 'Ministers meet in Oslo\n\nThe ministers met on Friday. They agreed to talk again in May.\n';
    const run = spawnSync(process.execPath, [BIN, 'analyze', '-', '--json'], { input, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.meta.origin).toBe('stdin');
    expect(validateDoc(doc)).toEqual([]);
    expect(doc.layers.sentences?.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'Ministers meet in Oslo',
      'The ministers met on Friday.',
      'They agreed to talk again in May.',
    ]);
  });

  it('exits 2 with a usage line when a command lacks its input', () => {
    const run = spawnSync(process.execPath, [BIN, 'analyze'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: newsgraph analyze');
  });
});
