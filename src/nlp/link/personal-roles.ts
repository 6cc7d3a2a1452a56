import type { Kb } from '../../kb/index.js';

const cache = new WeakMap<Kb, ReadonlySet<string>>();

/**
 * Role nouns that name a person, learned from the KB rather than listed: an agent phrase that
 * starts some person's alias ("president" in "president putin", "foreign minister" in "foreign
 * minister lavrov"). "the court" is an agent too, but no person is called "Court X", so it is
 * never resolved to a person.
 */
export function personalRoles(kb: Kb): ReadonlySet<string> {
  const known = cache.get(kb);
  if (known) return known;
  const roles = new Set<string>();
  for (const entry of kb.entries) {
    if (entry.kind !== 'person') continue;
    for (const alias of entry.aliases) {
      const words = alias.split(' ');
      for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
        const prefix = words.slice(0, n).join(' ');
        if (kb.agents.has(prefix)) roles.add(prefix);
      }
    }
  }
  cache.set(kb, roles);
  return roles;
}
