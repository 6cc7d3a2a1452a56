import { describe, expect, it } from 'vitest';
import { listInputs } from './list.js';

const tree = 'test/fixtures/ingest/tree';

describe('listInputs', () => {
  it('walks a folder in sorted order, skipping hidden entries and documentation files', async () => {
    const { sources, errors } = await listInputs([tree]);
    expect(errors).toEqual([]);
    expect(sources).toEqual([
      { kind: 'file', path: `${tree}/a.txt`, bytes: 38 },
      { kind: 'file', path: `${tree}/c.story`, bytes: 50 },
      { kind: 'file', path: `${tree}/sub/b.txt`, bytes: 43 },
    ]);
  });

  it('reads a documentation file named explicitly', async () => {
    expect((await listInputs([`${tree}/README.md`])).sources).toEqual([{ kind: 'file', path: `${tree}/README.md`, bytes: 26 }]);
  });

  it('takes - for standard input, once', async () => {
    expect((await listInputs(['-', '-'])).sources).toEqual([{ kind: 'stdin' }]);
  });

  it('names a missing path with E_NOT_FOUND and lists the others', async () => {
    const { sources, errors } = await listInputs([`${tree}/nope.txt`, `${tree}/a.txt`]);
    expect(errors).toEqual([expect.objectContaining({ origin: `${tree}/nope.txt`, code: 'E_NOT_FOUND' })]);
    expect(sources).toHaveLength(1);
  });
});
