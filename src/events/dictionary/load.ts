import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readActors, readAgents, readDiscards, readIssues } from './actors.js';
import type { EventDictionaries } from './types.js';
import { readVerbDictionary } from './verbs.js';

/** The committed compiled dictionaries, `models/events.json.gz`, two levels up from `src/events/dictionary/`'s parent. */
export const EVENT_DICTIONARIES_PATH = fileURLToPath(new URL('../../../models/events.json.gz', import.meta.url));

/** Which files of a dictionary folder make a set, as a PETRARCH `<Environment>` names them. */
export interface DictionaryFiles {
  readonly verbs: string;
  readonly actors?: readonly string[];
  readonly agents?: readonly string[];
  readonly discards?: readonly string[];
  readonly issues?: readonly string[];
}

/** PETRARCH-2's default set (its `PETR_config.ini`) minus the actors, which the KB compiles. */
export const PHOENIX_FILES: DictionaryFiles = {
  verbs: 'CAMEO.2.0.txt',
  agents: ['Phoenix.agents.txt'],
  discards: ['Phoenix.discards.txt'],
  issues: ['Phoenix.IssueCoding.txt'],
};

/** Thrown when a dictionary file named at run time cannot be read. */
export class DictionaryError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'DictionaryError';
  }
}

function read(folder: string, file: string): string {
  const path = join(folder, file);
  if (!existsSync(path)) throw new DictionaryError('E_DICT_MISSING', `no dictionary file ${path}`);
  return readFileSync(path, 'latin1');
}

/**
 * Reads a dictionary set from raw PETRARCH files in `folder` (Latin-1: the Phoenix files carry a
 * few accented names in it). Used by the compiler and by `eval events`, whose records name their
 * own test dictionaries.
 *
 * @example readDictionaries('../shared/data/petrarch2/dictionaries', { verbs: 'PETR.Validate.verbs.txt', actors: ['PETR.Validate.actors.txt'] })
 */
export function readDictionaries(folder: string, files: DictionaryFiles): EventDictionaries {
  const all = <T>(names: readonly string[] | undefined, parse: (text: string) => T[]): T[] => (names ?? []).flatMap((f) => parse(read(folder, f)));
  const discards = (files.discards ?? []).map((f) => readDiscards(read(folder, f)));
  return {
    verbs: readVerbDictionary(read(folder, files.verbs)),
    actors: all(files.actors, readActors),
    agents: all(files.agents, readAgents),
    discards: { sentence: discards.flatMap((d) => d.sentence), story: discards.flatMap((d) => d.story) },
    issues: all(files.issues, readIssues),
  };
}

/** Reads compiled dictionaries (gzip JSON of {@link EventDictionaries}); throws `E_EVENTS_MISSING` naming the build command. */
export function loadDictionaries(path: string = EVENT_DICTIONARIES_PATH): EventDictionaries {
  if (!existsSync(path)) throw new DictionaryError('E_EVENTS_MISSING', `no event dictionaries at ${path}; build them with \`npm run train:events\``);
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as EventDictionaries;
}

let shared: EventDictionaries | undefined;

/** {@link loadDictionaries} once per process, on the first article that needs it. */
export function sharedDictionaries(): EventDictionaries {
  shared ??= loadDictionaries();
  return shared;
}
