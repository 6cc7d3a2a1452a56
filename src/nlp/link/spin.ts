import { diagnostic, type Diagnostic, type Doc, type Link, type LinkMention } from '../../doc/index.js';

/**
 * Words that make a name a state's long official form ("Russian Federation", "Republic of
 * Korea", "United Kingdom of Great Britain"): general words of state names, not names.
 */
const OFFICIAL = /\b(federation|republic|kingdom|commonwealth|emirates|principality|confederation|sultanate|union)\b/i;

/**
 * `spin/alias-swap`: a country named by its long official form after the article already used
 * a shorter form for it. Careful writing introduces the long form first, if at all; spinning
 * tools swap synonyms anywhere, so "Russia … Russian Federation" mid-text is one of their marks.
 * One warning per entity, on the first swapped mention, listing every long-form span.
 */
export function aliasSwaps(doc: Doc, links: readonly Link[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const link of links) {
    if (link.kind !== 'country') continue;
    const names = link.mentions.filter((m) => m.kind === 'name');
    const words = (m: LinkMention): number => doc.text.slice(m.start, m.end).trim().split(/\s+/).length;
    const long = names.filter((m) => words(m) > 1 && OFFICIAL.test(doc.text.slice(m.start, m.end)));
    const short = names.filter((m) => !long.includes(m));
    const firstShort = short[0];
    if (!firstShort) continue;
    const swapped = long.filter((m) => m.start > firstShort.start);
    const first = swapped[0];
    if (!first) continue;
    const spans = long.map((m) => `[${m.start}, ${m.end})`).join(', ');
    out.push(
      diagnostic(
        'warning',
        'links',
        'spin/alias-swap',
        `"${doc.text.slice(first.start, first.end)}" appears ${long.length} time(s) (${spans}) in an article that also calls it "${doc.text.slice(firstShort.start, firstShort.end)}" (${short.length} time(s)); a long official form swapped in mid-text is a mark of automatic rewriting`,
        { start: first.start, end: first.end },
      ),
    );
  }
  return out;
}
