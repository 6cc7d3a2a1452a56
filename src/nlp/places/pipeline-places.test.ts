import { expect, it } from 'vitest';
import { createDoc } from '../../doc/index.js';
import { buildPipeline, runPipeline } from '../pipeline.js';
import { DEFAULT_STAGES, STAGES } from '../stages.js';

it('resolves and marks places through the default pipeline and the committed gazetteer', () => {
  const text =
    'GENEVA (Newsgraph Wire) - Envoys met in Geneva, Switzerland, before moving on to Astana, Kazakhstan. ' +
    'Berlin and Moscow must keep talking, the chancellor said in Sochi, on the Black Sea. ' +
    'The strike hit a Syrian airbase. A fair in Paris, Texas, drew crowds.';
  const doc = runPipeline(buildPipeline(DEFAULT_STAGES, STAGES), createDoc(text, { format: 'text' }), { errors: 'strict' });
  const places = (doc.layers.places ?? []).map((p) => [text.slice(p.start, p.end), p.use, p.name ?? null, p.country ?? null, p.dateline ?? false]);
  expect(places).toEqual(expect.arrayContaining([
    ['GENEVA', 'literal', 'Genève', 'CHE', true],
    ['Geneva', 'literal', 'Genève', 'CHE', false],
    ['Astana', 'literal', 'Nur-Sultan', 'KAZ', false],
    ['Berlin', 'metonymic', 'Berlin', 'DEU', false],
    ['Moscow', 'metonymic', 'Moscow', 'RUS', false],
    ['Sochi', 'literal', 'Sochi', 'RUS', false],
    ['Black Sea', 'literal', 'Black Sea', null, false],
    ['Syrian', 'demonym', 'Syria', 'SYR', false],
    ['Paris', 'literal', 'Paris', 'USA', false],
  ]));
});
