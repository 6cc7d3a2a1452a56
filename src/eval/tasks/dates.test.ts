import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvalInputError } from '../task.js';
import { task } from './dates.js';

/** A one-sentence TimeML document whose single gold TIMEX3 is `words` with `value`. */
function tml(words: string, value: string): string {
  return `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-05-03" temporalFunction="false" functionInDocument="CREATION_TIME">05/03/2017</TIMEX3></DCT>
<TEXT>
The board met <TIMEX3 tid="t1" type="DATE" value="${value}">${words}</TIMEX3>.
</TEXT>
</TimeML>`;
}

describe('eval dates --docs', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-dates-eval-'));
    // Sorted by name: a (even), b (odd), c (even).
    await writeFile(join(dir, 'a.tml'), tml('on Monday', '2017-05-01'));
    await writeFile(join(dir, 'b.tml'), tml('last year', '2016'));
    await writeFile(join(dir, 'c.tml'), tml('in 1998', '1998'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (flags: Record<string, string>) => task.run({ gold: dir, flags: { errors: '0', ...flags }, report: () => {} });

  it('scores every other document by file name, so one half can stay unseen', async () => {
    expect(await run({})).toMatchObject({ docs: 'all', documents: 3, gold: 3 });
    expect(await run({ docs: 'even' })).toMatchObject({ docs: 'even', documents: 2, gold: 2 });
    expect(await run({ docs: 'odd' })).toMatchObject({ docs: 'odd', documents: 1, gold: 1, valueCorrect: 1 });
    expect(await run({ docs: 'even', limit: '1' })).toMatchObject({ documents: 1 });
  });

  it('rejects any other half with a usage error naming the value', async () => {
    await expect(run({ docs: 'first' })).rejects.toThrow(EvalInputError);
    await expect(run({ docs: 'first' })).rejects.toThrow(/--docs expects even, odd or all, got "first"/);
  });
});
