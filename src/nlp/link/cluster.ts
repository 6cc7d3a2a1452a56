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

/** Groups drafts into clusters, in text order, each step looking only at what came before. */
class Clusterer {
  readonly clusters: Cluster[] = [];
  private readonly byKb = new Map<number, Cluster>();
  private readonly byKey = new Map<string, Cluster>();
  private readonly byCountry = new Map<string, Cluster>();

  constructor(private readonly ctx: LinkContext) {}

  private add(draft: Draft, kind: LinkKind | undefined, kb?: number): Cluster {
    const cluster = newCluster(draft, kind);
    if (kb !== undefined) this.setKb(cluster, kb);
    this.clusters.push(cluster);
    return cluster;
  }

  private setKb(cluster: Cluster, kb: number): void {
    const entry = this.ctx.kb.entries[kb];
    if (!entry || this.byKb.has(kb)) return;
    cluster.kb = kb;
    cluster.kind = entry.kind;
    if (entry.country) cluster.country = entry.country;
    this.byKb.set(kb, cluster);
  }

  country(iso: string, draft: Draft): Cluster {
    const known = this.byCountry.get(iso);
    if (known) {
      addDraft(known, draft);
      return known;
    }
    const cluster = this.add(draft, 'country', this.ctx.kb.countries.get(iso));
    cluster.country = iso;
    this.byCountry.set(iso, cluster);
    return cluster;
  }

  private person(draft: Draft, kb: number | undefined): Cluster {
    const words = draft.key.split(' ');
    const surname = words[words.length - 1] ?? '';
    const full = words.length > 1;
    const candidates = this.clusters.filter((c) => {
      if (c.kind === 'person') return c.surnames.has(surname) && (!full || c.names.size === 0 || [...c.names].some((n) => sameFirst(n, draft.key)));
      // "Trump" tagged ORG in a headline, "Donald Trump" later: an unlinked one-word name is a surname.
      return c.kb === undefined && c.kind !== 'country' && c.drafts.every((d) => d.kind === 'name' && d.key === surname);
    });
    // Two Smiths in one article: a bare "Smith" goes to the one named last.
    const target = full ? (candidates.length === 1 ? candidates[0] : undefined) : candidates.sort((a, b) => b.last - a.last)[0];
    const cluster = target ?? this.add(draft, 'person');
    if (target) addDraft(target, draft);
    cluster.kind = cluster.kb === undefined ? 'person' : cluster.kind;
    cluster.surnames.add(surname);
    if (full) {
      cluster.names.add(draft.key);
      this.byKey.set(draft.key, cluster);
    }
    if (kb !== undefined && cluster.kb === undefined) this.setKb(cluster, kb);
    return cluster;
  }

  name(draft: Draft): void {
    const known = this.byKey.get(draft.key);
    if (known) {
      const acronym = known.drafts.some((d) => d.kind === 'acronym' && d.key === draft.key);
      addDraft(known, acronym ? { ...draft, kind: 'acronym' } : draft);
      return;
    }
    const kb = pickEntry(this.ctx, draft.key, draft, draft.country);
    const entry = kb === undefined ? undefined : this.ctx.kb.entries[kb];
    if (draft.type === 'PER' || entry?.kind === 'person') {
      this.person(draft, kb);
      return;
    }
    if (entry?.capitalOf && draft.role !== 'locative') {
      // "Berlin and Moscow must keep talking": a capital as an actor speaks for its government.
      this.country(entry.capitalOf, { ...draft, kind: 'capital', agent: 'GOV' });
      return;
    }
    if (entry?.kind === 'country' && entry.country) {
      this.country(entry.country, draft);
      return;
    }
    if (kb !== undefined) {
      const linked = this.byKb.get(kb);
      if (linked) addDraft(linked, draft);
      else this.byKey.set(draft.key, this.add(draft, entry?.kind, kb));
      return;
    }
    const surname = this.clusters.filter((c) => c.kind === 'person' && c.surnames.has(draft.key)).sort((a, b) => b.last - a.last)[0];
    if (surname) {
      addDraft(surname, draft);
      return;
    }
    this.byKey.set(draft.key, this.add(draft, KIND_OF_TYPE[draft.type ?? 'MISC']));
  }

  keyed(key: string, draft: Draft, kind: LinkKind): void {
    const known = this.byKey.get(key);
    if (known) addDraft(known, draft);
    else this.byKey.set(key, this.add(draft, kind));
  }

  acronym(draft: Draft): void {
    const long = draft.role ? this.byKey.get(draft.role) : undefined;
    if (long) {
      addDraft(long, draft);
      this.byKey.set(draft.key, long);
    } else this.name(draft);
  }

  title(draft: Draft): void {
    const named = this.clusters.find((c) => c.drafts.some((d) => d.kind !== 'title' && d.tokenStart === draft.titleOf));
    if (!named) return;
    addDraft(named, draft);
    if (named.kb !== undefined) return;
    named.kind = 'person';
    // The KB lists titled forms: "President Bush" in 2008 is George W. Bush, "Bush" alone is ambiguous.
    for (const d of named.drafts) {
      const kb = d.kind === 'name' && draft.role ? pickEntry(this.ctx, `${draft.role} ${d.key}`, { ...d, type: 'PER' }, draft.country) : undefined;
      if (kb !== undefined) {
        this.setKb(named, kb);
        return;
      }
    }
  }
}

/**
 * Clusters an article's drafts into entities: a full name with its later surnames and titles;
 * a country with its long forms, demonyms and capitals used as governments; an acronym with its
 * defined long form; KB entries by id; other names by their normalized key.
 */
export function clusterDrafts(ctx: LinkContext, drafts: readonly Draft[]): Cluster[] {
  const c = new Clusterer(ctx);
  for (const draft of drafts) {
    if (draft.kind === 'demonym' && draft.country) c.country(draft.country, draft);
    else if (draft.kind === 'group') c.keyed(`group:${draft.key}`, draft, 'group');
    else if (draft.kind === 'acronym') c.acronym(draft);
    else if (draft.kind === 'name') c.name(draft);
  }
  for (const draft of drafts) if (draft.kind === 'title') c.title(draft);
  return c.clusters;
}
