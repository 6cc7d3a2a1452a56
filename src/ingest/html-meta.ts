import type { DomDocument, DomElement } from './html-dom.js';

/** Metadata read from a page's head, before Readability changes the document. */
export interface PageMeta {
  /** og:title or twitter:title: the headline as the publisher wants it shared. */
  readonly title?: string | undefined;
  /** The `<title>` text, often with the site name appended. */
  readonly documentTitle?: string | undefined;
  readonly author?: string | undefined;
  /** The raw publication time as the page states it; normalised by the caller. */
  readonly published?: string | undefined;
  readonly url?: string | undefined;
  readonly source?: string | undefined;
  readonly language?: string | undefined;
}

/** Meta names that carry the publication time, most specific first. */
const PUBLISHED_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'sailthru.date',
];

/**
 * Reads title (og:title; `<title>` apart), author, publication time (`article:published_time`,
 * `og:published_time`, `<meta name="date|pubdate|publishdate|dc.date">`, then the first
 * `<time datetime>`), canonical URL (`link rel=canonical`, then og:url), site name
 * (og:site_name) and language (`<html lang>`) from a parsed page.
 */
export function pageMeta(document: DomDocument): PageMeta {
  const metas = metaContents(document);
  const first = (...keys: string[]): string | undefined => keys.map((k) => metas.get(k)).find((v) => v !== undefined);
  // `article:author` is often a profile URL (https://facebook.com/…), not a name.
  const author = [first('author', 'dc.creator', 'byl'), metas.get('article:author')].find((a) => a !== undefined && !/^https?:/i.test(a));
  return {
    title: first('og:title', 'twitter:title'),
    documentTitle: textOf(document.querySelectorAll('title')[0]),
    author: author?.replace(/^by\s+/i, ''),
    published: first(...PUBLISHED_KEYS) ?? nonEmpty(document.querySelectorAll('time[datetime]')[0]?.getAttribute('datetime')),
    url: canonical(document) ?? first('og:url'),
    source: first('og:site_name', 'application-name'),
    language: nonEmpty(document.documentElement?.getAttribute('lang')) ?? first('content-language', 'og:locale'),
  };
}

/** `<meta>` contents keyed by lower-cased `property`, `name` or `itemprop`; the first one wins. */
function metaContents(document: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    const key = (meta?.getAttribute('property') ?? meta?.getAttribute('name') ?? meta?.getAttribute('itemprop') ?? meta?.getAttribute('http-equiv'))?.toLowerCase();
    const content = nonEmpty(meta?.getAttribute('content'));
    if (key && content !== undefined && !out.has(key)) out.set(key, content);
  }
  return out;
}

function canonical(document: DomDocument): string | undefined {
  const links = document.querySelectorAll('link[rel][href]');
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (link?.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('canonical')) return nonEmpty(link.getAttribute('href'));
  }
  return undefined;
}

function textOf(element: DomElement | undefined): string | undefined {
  return nonEmpty(element?.textContent?.replace(/\s+/g, ' '));
}

/** The trimmed value, or undefined when it is missing or blank (`<title> </title>`). */
export function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
