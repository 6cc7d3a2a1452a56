import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { diagnostic } from '../doc/index.js';
import type { Diagnostic } from '../doc/index.js';
import { normalizeDate } from './date.js';
import { inputError } from './errors.js';
import { blockText } from './html-blocks.js';
import type { DomDocument, DomElement, DomNode } from './html-dom.js';
import { nestsDeeperThan } from './html-depth.js';
import { nonEmpty, pageMeta } from './html-meta.js';
import { mergeMeta } from './meta.js';
import type { ReaderMeta } from './meta.js';
import { shiftMap } from './source-map.js';
import type { ReadResult } from './types.js';

/** Less body text than this is a navigation page, an error page or a paywall stub, not an article. */
const MIN_ARTICLE_CHARS = 100;
/** Deepest element nesting handed to Readability (see `nestsDeeperThan`). */
const MAX_DEPTH = 400;

/**
 * Reads an HTML page: linkedom parses it, Readability finds the article, and its blocks become
 * paragraphs joined by "\n\n" (see `blockText`). Metadata comes from the page head (og:title,
 * author, `article:published_time` and kin, canonical URL, og:site_name, `<html lang>`), then from
 * Readability (byline, JSON-LD `datePublished`); the caller's `meta` wins over both. `doc.text` is
 * the title, a blank line and the body, unless the body already starts with the title.
 *
 * `sourceMap` is best effort, into `html` as passed in: a text run is mapped where it occurs
 * verbatim in the source; runs with entities or collapsed whitespace, and the title line, are not.
 * No article (Readability finds none, or under 100 characters of text) → `E_NO_ARTICLE`.
 *
 * @example readHtmlArticle('<html><head><title>Storm</title></head><body><article><p>…</p></article></body></html>', { origin: 'a.html' })
 */
export function readHtmlArticle(html: string, meta: ReaderMeta): ReadResult {
  const noArticle = (why: string): ReadResult => ({
    ok: false,
    error: inputError(meta.origin, 'E_NO_ARTICLE', `no article text found in the page (${why}); is it an index or error page?`),
  });
  try {
    const { document } = parseHTML(html);
    const dom = document as unknown as DomDocument;
    if (dom.documentElement && nestsDeeperThan(dom.documentElement, MAX_DEPTH)) return noArticle(`elements nest more than ${MAX_DEPTH} deep`);
    const page = pageMeta(dom);
    const parsed = new Readability<DomElement>(document, { serializer: (node) => node as unknown as DomElement }).parse();
    if (!parsed?.content) return noArticle('Readability found no main content');
    const body = blockText(parsed.content as DomNode, html);
    if (body.text.length < MIN_ARTICLE_CHARS) return noArticle(`only ${body.text.length} characters of text`);

    const diagnostics: Diagnostic[] = [];
    const rawPublished = page.published ?? nonEmpty(parsed.publishedTime);
    const published = rawPublished === undefined ? undefined : normalizeDate(rawPublished);
    if (rawPublished !== undefined && published === undefined) {
      diagnostics.push(diagnostic('warning', 'ingest', 'ingest/bad-date', `the page's publication time ${JSON.stringify(rawPublished).slice(0, 60)} could not be read as a date; kept raw in meta.extra`));
    }
    const found = {
      // Readability's title is the <title> without the site's suffix ("Plan goes ahead - Daily").
      title: page.title ?? nonEmpty(parsed.title) ?? page.documentTitle,
      author: page.author ?? nonEmpty(parsed.byline?.replace(/^\s*by\s+/i, '')),
      published,
      url: page.url,
      source: page.source ?? nonEmpty(parsed.siteName),
      language: page.language ?? nonEmpty(parsed.lang),
      extra: published === undefined && rawPublished !== undefined ? { published: rawPublished } : undefined,
    };
    const merged = mergeMeta('html', found, meta);
    const title = merged.title?.trim();
    const prefix = title && !body.text.startsWith(title) ? `${title}\n\n` : '';
    return {
      ok: true,
      article: { text: prefix + body.text, meta: merged, sourceMap: shiftMap(body.map, prefix.length), diagnostics },
    };
  } catch (error) {
    // linkedom or Readability failing on pathological markup (say, 100,000 nested divs overflowing
    // the stack) is one bad page, not a reason to stop the run.
    return noArticle(error instanceof Error ? error.message : String(error));
  }
}
