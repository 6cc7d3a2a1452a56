import type { Kb, KbEntry } from '../../kb/index.js';

const cache = new WeakMap<Kb, ReadonlySet<string>>();
const held = new WeakMap<KbEntry, ReadonlySet<string>>();

/**
 * Agent codes of offices a person holds. Religious, ethnic and generic agents ("christian" → CHR,
 * "man" → PPL) also start person aliases, as first names or descriptions, but are not offices.
 */
const OFFICES = /^(GOV|ELI|LEG|JUD|MIL|COP|OPP|SPY)/;
/** People whose aliases must start with a role before it counts: one odd alias is no evidence. */
const MIN_PEOPLE = 2;

/**
 * Role nouns that name a person, learned from the KB rather than listed: an office's agent
 * phrase that starts the aliases of at least two people ("president" in "president putin",
 * "foreign minister" in "foreign minister lavrov"). "the court" is an agent too, but nobody is
 * called "Court X", so it is never resolved to a person.
 */
export function personalRoles(kb: Kb): ReadonlySet<string> {
  const known = cache.get(kb);
  if (known) return known;
  const people = new Map<string, number>();
  for (const entry of kb.entries) {
    if (entry.kind !== 'person') continue;
    const roles = new Set<string>();
    for (const alias of entry.aliases) {
      const words = alias.split(' ');
      for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
        const prefix = words.slice(0, n).join(' ');
        if (OFFICES.test(kb.agents.get(prefix) ?? '')) roles.add(prefix);
      }
    }
    for (const role of roles) people.set(role, (people.get(role) ?? 0) + 1);
  }
  const roles = new Set([...people].filter(([, n]) => n >= MIN_PEOPLE).map(([role]) => role));
  cache.set(kb, roles);
  return roles;
}

/**
 * The roles a KB person is known by, from their aliases: "prime minister" for Tony Blair
 * ("prime minister tony blair"), so "the chancellor" is never him. Empty when no alias has one.
 */
export function rolesOf(kb: Kb, entry: KbEntry): ReadonlySet<string> {
  const known = held.get(entry);
  if (known) return known;
  const roles = personalRoles(kb);
  const out = new Set<string>();
  for (const alias of entry.aliases) {
    const words = alias.split(' ');
    for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
      const prefix = words.slice(0, n).join(' ');
      if (roles.has(prefix)) out.add(prefix);
    }
  }
  held.set(entry, out);
  return out;
}
