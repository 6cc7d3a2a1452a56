import { diagnostic } from '../doc/index.js';
import type { RawArticle } from './types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * A wire dateline opening a paragraph: a capitalised place (with its region), the date with its
 * year, an optional agency in parentheses and a dash: "MOSCOW, May 3, 2017 (Reuters) -",
 * "Washington, 3 May 2017 —". One without a year ("MOSCOW, May 3 (Reuters) -") names no
 * publication date on its own and is not read.
 */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const DATELINE = new RegExp(String.raw`^${PLACE}(?:,\s*${PLACE})?,?\s+(?:(\p{L}{3,9})\.?\s+(\d{1,2})|(\d{1,2})\s+(\p{L}{3,9})\.?),?\s+(\d{4})\s*(?:\([^)\n]{1,30}\)\s*)?[-—–]`, 'u');
/** How far into the text a dateline is looked for: past a title line, never into the body. */
const SEARCH_CHARS = 400;

/** The ISO date of the dateline opening one of the article's first paragraphs, or undefined. */
export function datelineDate(text: string): { date: string; dateline: string } | undefined {
  const head = text.slice(0, SEARCH_CHARS);
  for (const line of head.split('\n').slice(0, 4)) {
    const m = DATELINE.exec(line.trim());
    if (!m) continue;
    const month = MONTHS.indexOf((m[1] ?? m[4] ?? '').slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2] ?? m[3]);
    const year = Number(m[5]);
    if (month === 0 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
    return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, dateline: m[0] };
  }
  return undefined;
}

/**
 * Fills a missing `meta.published` from the article's dateline, with an `ingest/dateline-date`
 * note saying so; an article with a publication date from its metadata is returned unchanged.
 */
export function withDatelineDate(article: RawArticle): RawArticle {
  if (article.meta.published !== undefined) return article;
  const found = datelineDate(article.text);
  if (!found) return article;
  return {
    ...article,
    meta: { ...article.meta, published: found.date },
    diagnostics: [...article.diagnostics, diagnostic('info', 'ingest', 'ingest/dateline-date', `no publication date in the metadata; ${found.date} taken from the dateline '${found.dateline.trim()}'`)],
  };
}
