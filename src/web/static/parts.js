import { apiUrl } from './api.js';
import { h } from './dom.js';

/** Links to the same list as CSV and JSON lines (up to 10,000 rows). */
export function exportLinks(path, params) {
  const all = { ...params, limit: 10000, offset: undefined };
  return h('span', { class: 'exports' }, 'Export ',
    h('a', { href: apiUrl(path, { ...all, format: 'csv' }), download: true }, 'CSV'), ' · ',
    h('a', { href: apiUrl(path, { ...all, format: 'jsonl' }), download: true }, 'JSONL'));
}

/** Previous / next links for a page {limit, offset, next}; `hrefFor(offset)` builds each URL. */
export function pager(page, hrefFor) {
  const prev = page.offset > 0 ? Math.max(0, page.offset - page.limit) : null;
  if (prev === null && page.next === null) return null;
  return h('nav', { class: 'pager' },
    prev !== null ? h('a', { href: hrefFor(prev) }, '← Previous') : h('span', null, ''),
    h('span', { class: 'muted' }, `${page.offset + 1}–${page.offset + page.items.length}`),
    page.next !== null ? h('a', { href: hrefFor(page.next) }, 'Next →') : h('span', null, ''));
}

/** A small label: an entity kind, an actor code. */
export const badge = (text, kind = '') => h('span', { class: `badge ${kind}` }, text);

/** An empty-state line. */
export const empty = (text) => h('p', { class: 'empty' }, text);

/** A link to the entity page. */
export const entityLink = (e) => h('a', { href: `/entity/${e.id}`, class: `ent kind-${e.kind}` }, e.name);
