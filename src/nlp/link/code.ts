import type { Link } from '../../doc/index.js';
import { codeAt } from '../../kb/index.js';
import type { Cluster } from './cluster-types.js';
import type { LinkContext } from './context.js';

/** A link's code and why: from its KB entry on the date, or from the text's country and role. */
export type ClusterCode = Pick<Link, 'code' | 'codeBasis'>;

/**
 * The CAMEO actor code of a cluster on the article's date. A KB entry gives its dated codes
 * (Putin on 2017-05-02 → RUSGOV); an unlinked cluster with a country in the text gives the
 * country plus the role's agent code ("Russian military personnel" → RUS + MIL, a "Tunisian
 * court" → TUNJUD); a role with no country gives `---` and its agent code ("the government" →
 * ---GOV); with neither there is no code.
 */
export function clusterCode(ctx: LinkContext, cluster: Cluster): ClusterCode {
  const entry = cluster.kb === undefined ? undefined : ctx.kb.entries[cluster.kb];
  const choice = entry ? codeAt(entry.codes, ctx.date) : undefined;
  if (choice) return { code: choice.code, codeBasis: choice.basis };
  if (cluster.codeBase) return { code: cluster.codeBase + (cluster.agent ?? ''), codeBasis: 'text' };
  if (cluster.country) return { code: cluster.country + (cluster.agent ?? ''), codeBasis: 'text' };
  // CAMEO's "---" is an unknown country: "Insurgents bombarded…" is ---REB.
  if (cluster.agent) return { code: `---${cluster.agent}`, codeBasis: 'text' };
  return {};
}
