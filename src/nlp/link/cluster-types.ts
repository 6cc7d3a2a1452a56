import type { LinkKind } from '../../doc/index.js';
import type { Draft } from './drafts.js';
import { LEADER_ROLE } from './agents.js';

/**
 * One entity while the article is being read: its drafts so far and what they say. `names` holds
 * full-name keys ("angela merkel"), `surnames` their last words, `roles` the role nouns seen in
 * titles and descriptions ("chancellor").
 */
export interface Cluster {
  readonly drafts: Draft[];
  kind: LinkKind | undefined;
  /** Index of the KB entry, when linked. */
  kb: number | undefined;
  country: string | undefined;
  agent: string | undefined;
  codeBase: string | undefined;
  readonly names: Set<string>;
  readonly surnames: Set<string>;
  readonly roles: Set<string>;
  /** Token index of the latest mention, for recency. */
  last: number;
}

/** A new cluster holding one draft. */
export function newCluster(draft: Draft, kind: LinkKind | undefined): Cluster {
  return {
    drafts: [draft],
    kind,
    kb: undefined,
    country: draft.country,
    agent: draft.agent,
    codeBase: draft.codeBase,
    names: new Set(),
    surnames: new Set(),
    roles: new Set(draft.role && draft.kind !== 'acronym' && draft.role !== 'locative' && draft.role !== LEADER_ROLE ? [draft.role] : []),
    last: draft.tokenStart,
  };
}

/** Adds a draft's evidence to a cluster. */
export function addDraft(cluster: Cluster, draft: Draft): void {
  cluster.drafts.push(draft);
  cluster.last = Math.max(cluster.last, draft.tokenStart);
  if (draft.country && !cluster.country) cluster.country = draft.country;
  if (draft.agent && !cluster.agent) cluster.agent = draft.agent;
  // "leader" says nothing about which office: "Russian leader Vladimir Putin" may still be "the president".
  if (draft.role && draft.role !== LEADER_ROLE && (draft.kind === 'title' || draft.kind === 'description')) cluster.roles.add(draft.role);
}
