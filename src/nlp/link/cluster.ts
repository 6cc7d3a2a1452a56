import type { LinkKind } from '../../doc/index.js';
import { addDraft, newCluster, type Cluster } from './cluster-types.js';
import type { LinkContext } from './context.js';
import type { Draft } from './drafts.js';
import { pickEntry } from './kb-pick.js';

/** The kind an unlinked name's cluster starts as, from its NER type. */
const KIND_OF_TYPE: Readonly<Record<string, LinkKind>> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'group' };

/** Whether two full names can be one person: same first word, or one an initial of the other ("V. Putin"). */
function sameFirst(a: string, b: string): boolean {
  const x = a.split(' ')[0] ?? '';
  const y = b.split(' ')[0] ?? '';
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/**
 * Clusters an article's drafts into entities: a full name with its later surnames and titles;
 * a country with its long forms, demonyms and capitals used as governments; an acronym with its
 * defined long form; KB entries by id; other names by their normalized key.
 */
export function clusterDrafts(ctx: LinkContext, drafts: readonly Draft[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKb = new Map<number, Cluster>();
  const byKey = new Map<string, Cluster>();
  const byCountry = new Map<string, Cluster>();

  function add(draft: Draft, kind: LinkKind | undefined, kb?: number): Cluster {
    const cluster = newCluster(draft, kind);
    if (kb !== undefined) setKb(cluster, kb);
    clusters.push(cluster);
    return cluster;
  }

  function setKb(cluster: Cluster, kb: number): void {
    const entry = ctx.kb.entries[kb];
    if (!entry || byKb.has(kb)) return;
    cluster.kb = kb;
    cluster.kind = entry.kind;
    if (entry.country) cluster.country = entry.country;
    byKb.set(kb, cluster);
  }

  function country(iso: string, draft: Draft): Cluster {
    const known = byCountry.get(iso);
    if (known) {
      addDraft(known, draft);
      return known;
    }
    const cluster = add(draft, 'country', ctx.kb.countries.get(iso));
    cluster.country = iso;
    byCountry.set(iso, cluster);
    return cluster;
  }

  function person(draft: Draft, kb: number | undefined): Cluster {
    const words = draft.key.split(' ');
    const surname = words[words.length - 1] ?? '';
    const full = words.length > 1;
    const candidates = clusters.filter((c) => {
      if (c.kind === 'person') return c.surnames.has(surname) && (!full || c.names.size === 0 || [...c.names].some((n) => sameFirst(n, draft.key)));
      // "Trump" tagged ORG in a headline, "Donald Trump" later: an unlinked one-word name is a surname.
      return c.kb === undefined && c.kind !== 'country' && c.drafts.every((d) => d.kind === 'name' && d.key === surname);
    });
    // Two Smiths in one article: a bare "Smith" goes to the one named last.
    const target = full ? (candidates.length === 1 ? candidates[0] : undefined) : candidates.sort((a, b) => b.last - a.last)[0];
    const cluster = target ?? add(draft, 'person');
    if (target) addDraft(target, draft);
    cluster.kind = cluster.kb === undefined ? 'person' : cluster.kind;
    cluster.surnames.add(surname);
    if (full) {
      cluster.names.add(draft.key);
      byKey.set(draft.key, cluster);
    }
    if (kb !== undefined && cluster.kb === undefined) setKb(cluster, kb);
    return cluster;
  }

  function name(draft: Draft): void {
    const known = byKey.get(draft.key);
    if (known) {
      const acronym = known.drafts.some((d) => d.kind === 'acronym' && d.key === draft.key);
      addDraft(known, acronym ? { ...draft, kind: 'acronym' } : draft);
      // "Orlov met…" tagged LOC, then "Orlov, who chairs…": a cue on any mention makes the name a person.
      if (draft.personCue && known.kb === undefined && known.kind !== 'country') {
        known.kind = 'person';
        known.surnames.add(draft.key.split(' ').pop() ?? '');
      }
      return;
    }
    const kb = pickEntry(ctx, draft.key, draft, draft.country);
    const entry = kb === undefined ? undefined : ctx.kb.entries[kb];
    if (draft.type === 'PER' || entry?.kind === 'person') {
      person(draft, kb);
      return;
    }
    if (entry?.capitalOf && draft.role !== 'locative') {
      // "Berlin and Moscow must keep talking": a capital as an actor speaks for its government.
      country(entry.capitalOf, { ...draft, kind: 'capital', agent: 'GOV' });
      return;
    }
    if (entry?.kind === 'country' && entry.country) {
      country(entry.country, draft);
      return;
    }
    if (kb !== undefined) {
      const linked = byKb.get(kb);
      if (linked) addDraft(linked, draft);
      else byKey.set(draft.key, add(draft, entry?.kind, kb));
      return;
    }
    const surname = clusters.filter((c) => c.kind === 'person' && c.surnames.has(draft.key)).sort((a, b) => b.last - a.last)[0];
    if (surname) {
      addDraft(surname, draft);
      return;
    }
    byKey.set(draft.key, add(draft, KIND_OF_TYPE[draft.type ?? 'MISC']));
  }

  function keyed(key: string, draft: Draft, kind: LinkKind): void {
    const known = byKey.get(key);
    if (known) addDraft(known, draft);
    else byKey.set(key, add(draft, kind));
  }

  function acronym(draft: Draft): void {
    const long = draft.role ? byKey.get(draft.role) : undefined;
    if (long) {
      addDraft(long, draft);
      byKey.set(draft.key, long);
    } else name(draft);
  }

  function title(draft: Draft): void {
    const named = clusters.find((c) => c.drafts.some((d) => d.kind !== 'title' && d.tokenStart === draft.titleOf));
    if (!named) return;
    addDraft(named, draft);
    if (named.kb !== undefined) return;
    named.kind = 'person';
    // The KB lists titled forms: "President Bush" in 2008 is George W. Bush, "Bush" alone is ambiguous.
    for (const d of named.drafts) {
      const kb = d.kind === 'name' && draft.role ? pickEntry(ctx, `${draft.role} ${d.key}`, { ...d, type: 'PER' }, draft.country) : undefined;
      if (kb !== undefined) {
        setKb(named, kb);
        return;
      }
    }
  }

  // Text order: each step sees only the clusters of what came before.
  for (const draft of drafts) {
    if (draft.kind === 'demonym' && draft.country) country(draft.country, draft);
    else if (draft.kind === 'group') keyed(`group:${draft.key}`, draft, 'group');
    else if (draft.kind === 'acronym') acronym(draft);
    else if (draft.kind === 'name') name(draft);
  }
  for (const draft of drafts) if (draft.kind === 'title') title(draft);
  return clusters;
}
