import type { Token } from '../../doc/index.js';
import type { TokenRange } from './dateline.js';

/**
 * News agencies that sign off wire copy with their name alone on the last line ("Reuter" ends
 * every Reuters-21578 story). Lower-cased; the list is ours, from the agencies' public names.
 */
const AGENCIES: ReadonlySet<string> = new Set([
  'reuter', 'reuters', 'ap', 'afp', 'upi', 'xinhua', 'tass', 'itar-tass', 'dpa', 'ansa', 'efe', 'kyodo', 'aap', 'pti',
  'bernama', 'yonhap', 'interfax', 'ria', 'anadolu', 'mena', 'irna', 'kuna', 'wam', 'qna', 'sana', 'jiji', 'cna',
]);

/**
 * The agency sign-off that ends an article: its last word (a final period allowed) is a news
 * agency's name set apart from the text before it by a line break or a run of spaces ("…said.\n
 * Reuter", a table's last row then "Reuter", "(33.7).        REUTER"). The tagger, which never saw
 * a sign-off, types it as a person; it names the organization that filed the story.
 *
 * @example
 * signOffAgency('Shares rose.\n Reuter\n', tokens) // {start: 3, end: 4}
 */
export function signOffAgency(text: string, tokens: readonly Token[]): TokenRange | undefined {
  let last = tokens.length - 1;
  if (last > 0 && text.slice(tokens[last]!.start, tokens[last]!.end) === '.') last -= 1;
  const word = tokens[last];
  const before = tokens[last - 1];
  if (!word || !before || word.kind !== 'word') return undefined;
  const gap = text.slice(before.end, word.start);
  const apart = gap.includes('\n') || gap.length >= 2;
  const name = text.slice(word.start, word.end);
  return apart && /^\p{Lu}/u.test(name) && AGENCIES.has(name.toLowerCase()) ? { start: last, end: last + 1 } : undefined;
}
