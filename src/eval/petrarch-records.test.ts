import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readActorRecords } from './petrarch-records.js';

it('reads validation sentences with their date and expected actor codes, skipping # banner lines', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-petr-')), 'gold.xml');
  writeFileSync(
    path,
    `<Validation>\n# banner line outside a comment\n<Sentences>
<Sentence category="AFP" date="20080806" id="A_1" evaluate="true"/>
<!-- PATTERN * TALKS -->
<EventCoding eventcode="173" sourcecode="TUNJUD" targetcode="NGAEDU" />
<Text>
A Tunisian court has jailed a Nigerian
student &amp; friend.
</Text>
</Sentence>
<Sentence date="121108" id="B_2"><EventCoding noevents="True" /><Text>Nothing.</Text></Sentence>
</Sentences></Validation>`,
  );
  expect(await readActorRecords(path)).toEqual([
    { id: 'A_1', date: '2008-08-06', text: 'A Tunisian court has jailed a Nigerian student & friend.', codes: ['TUNJUD', 'NGAEDU'] },
    { id: 'B_2', date: '2012-11-08', text: 'Nothing.', codes: [] },
  ]);
});
