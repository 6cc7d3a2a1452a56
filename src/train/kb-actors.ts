import type { ActorCode } from '../kb/types.js';
import { parseActorCode } from './kb-codes.js';

/** One record of a TABARI/PETRARCH actor dictionary: its phrases and codes, before any typing. */
export interface ActorBlock {
  /** Raw phrases (`VLADIMIR_PUTIN_`), the primary first. */
  readonly names: string[];
  readonly codes: ActorCode[];
  /** A `# CountryInfo.txt` / rulers comment: the block came from a leader list. */
  leader: boolean;
}

/**
 * Reads an actor dictionary into blocks. A primary phrase starts a block, `+` lines add
 * synonyms, tab-indented `[CODE date]` lines add date-bounded codes. A phrase line with no code
 * after a block that has none yet joins it, as PETRARCH reads "BORIS_YELTSIN_ / YELTSIN /
 * PRESIDENT_YELTSIN / [codes]".
 */
export function readActorBlocks(text: string): ActorBlock[] {
  const blocks: ActorBlock[] = [];
  let current: ActorBlock | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim().length === 0) continue;
    const hash = line.indexOf('#');
    const body = hash >= 0 ? line.slice(0, hash) : line;
    const comment = hash >= 0 ? line.slice(hash) : '';
    const codes = [...body.matchAll(/\[([^\]]*)\]/g)].flatMap((m) => {
      const code = parseActorCode(m[1] ?? '');
      return code ? [code] : [];
    });
    const name = body.replace(/\[[^\]]*\]/g, '').trim().replace(/^\+/, '').trim();
    const startsBlock = !/^[+\s]/.test(line);
    if (startsBlock && (!current || current.codes.length > 0 || /\[/.test(body))) {
      current = { names: [], codes: [], leader: false };
      blocks.push(current);
    }
    if (!current) continue;
    if (name.length > 0 && !/\s/.test(name)) current.names.push(name);
    if (/CountryInfo|rulers/i.test(comment)) current.leader = true;
    current.codes.push(...codes);
  }
  return blocks.filter((b) => b.names.length > 0);
}
