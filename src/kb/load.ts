import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { KbData, KbEntry } from './types.js';

/** The committed knowledge base, `models/kb.json.gz`, two levels up from `src/kb/` and `dist/kb/`. */
export const KB_PATH = fileURLToPath(new URL('../../models/kb.json.gz', import.meta.url));

/**
 * A knowledge base ready for lookups: entries, an alias index and the agents' role nouns. Every
 * map key is a normalized name ({@link normalizeName}).
 */
export interface Kb {
  readonly entries: readonly KbEntry[];
  /** Alias (and canonical name) → indexes into `entries`; several when the name is ambiguous. */
  readonly byAlias: ReadonlyMap<string, readonly number[]>;
  /** Demonym ("russian") → ISO alpha-3 country ("RUS"). */
  readonly demonyms: ReadonlyMap<string, string>;
  /** ISO alpha-3 → index of the country entry. */
  readonly countries: ReadonlyMap<string, number>;
  /** Role noun phrase ("prime minister", "forces") → agent code ("GOV", "MIL"). */
  readonly agents: ReadonlyMap<string, string>;
  /** Most words in an agent phrase. */
  readonly agentWords: number;
  /** Every proper prefix of an agent phrase ("secretary", "secretary of"), so matching stops early. */
  readonly agentPrefixes: ReadonlySet<string>;
  /** The last word of every agent phrase ("minister", "state"). */
  readonly agentLastWords: ReadonlySet<string>;
}

/** Builds the lookup maps over compiled entries; tests use it with hand-written entries. */
export function createKb(data: KbData): Kb {
  const byAlias = new Map<string, number[]>();
  const demonyms = new Map<string, string>();
  const countries = new Map<string, number>();
  data.entries.forEach((entry, index) => {
    for (const alias of entry.aliases) {
      const list = byAlias.get(alias);
      if (!list) byAlias.set(alias, [index]);
      else if (!list.includes(index)) list.push(index);
    }
    if (entry.kind === 'country' && entry.country) {
      countries.set(entry.country, index);
      for (const demonym of entry.demonyms ?? []) if (!demonyms.has(demonym)) demonyms.set(demonym, entry.country);
    }
  });
  const agents = new Map(Object.entries(data.agents));
  const agentPrefixes = new Set<string>();
  const agentLastWords = new Set<string>();
  let agentWords = 0;
  for (const phrase of agents.keys()) {
    const words = phrase.split(' ');
    agentWords = Math.max(agentWords, words.length);
    for (let n = 1; n < words.length; n++) agentPrefixes.add(words.slice(0, n).join(' '));
    agentLastWords.add(words[words.length - 1] ?? '');
  }
  return { entries: data.entries, byAlias, demonyms, countries, agents, agentWords, agentPrefixes, agentLastWords };
}

/**
 * Reads a compiled knowledge base (gzip JSON of {@link KbData}, as `src/train/kb.ts` writes it).
 * Throws `E_KB_MISSING` naming the command that builds it.
 */
export function loadKb(path: string = KB_PATH): Kb {
  if (!existsSync(path)) {
    throw new Error(`E_KB_MISSING: no knowledge base at ${path}; build it with \`node dist/train/kb.js\``);
  }
  return createKb(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as KbData);
}

let shared: Kb | undefined;

/** {@link loadKb} once per process, on the first article that needs it. */
export function sharedKb(): Kb {
  shared ??= loadKb();
  return shared;
}
