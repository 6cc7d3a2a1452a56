import { get } from './api.js';
import { day, fmt, h, mount, snippet } from './dom.js';
import { badge, empty, entityLink, exportLinks, pager } from './parts.js';

const FILTERS = ['q', 'source', 'from', 'to', 'event', 'place', 'entity'];

function searchForm(values, sources) {
  const field = (label, input) => h('label', null, h('span', null, label), input);
  return h('form', { class: 'search', action: '/search', method: 'get', role: 'search' },
    h('div', { class: 'search-row' },
      h('input', { type: 'search', name: 'q', value: values.q ?? '', placeholder: 'Search articles: words, "a phrase", Putin OR Trump', 'aria-label': 'Search articles', autofocus: true }),
      h('button', { type: 'submit' }, 'Search')),
    h('div', { class: 'filters' },
      field('Source', h('select', { name: 'source' }, h('option', { value: '' }, 'All sources'),
        sources.map((name) => h('option', { value: name, selected: name === values.source }, name)))),
      field('From', h('input', { type: 'date', name: 'from', value: values.from ?? '' })),
      field('To', h('input', { type: 'date', name: 'to', value: values.to ?? '' })),
      field('Event code', h('input', { type: 'search', name: 'event', value: values.event ?? '', placeholder: 'e.g. 19', class: 'short', inputmode: 'numeric' })),
      field('Place', h('input', { type: 'search', name: 'place', value: values.place ?? '', placeholder: 'e.g. Geneva', class: 'short' })),
      values.entity ? h('input', { type: 'hidden', name: 'entity', value: values.entity }) : null));
}

function hit(a) {
  return h('li', { class: 'hit' },
    h('a', { class: 'title', href: `/article/${a.id}` }, a.title ?? a.origin ?? a.id),
    h('div', { class: 'meta' }, [a.source, day(a.published)].filter(Boolean).join(' · ') || 'undated'),
    a.snippet ? h('p', { class: 'snippet' }, snippet(a.snippet)) : null);
}

/** Home and search: the form, results with snippets, and the corpus at a glance. */
export async function renderSearch(root, params) {
  const values = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined]));
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [stats, page, top, entity] = await Promise.all([
    get('/api/stats'),
    get('/api/articles', { ...values, offset, limit: 20 }),
    get('/api/entities', { limit: 12 }),
    values.entity ? get(`/api/entities/${values.entity}`) : null,
  ]);
  const hrefFor = (o) => `/search?${new URLSearchParams({ ...Object.fromEntries(Object.entries(values).filter(([, v]) => v)), offset: String(o) })}`;
  const heading = values.q ? `Results for “${values.q}”` : 'Latest articles';
  mount(root,
    h('section', { class: 'hero' },
      h('h1', null, 'Who is mentioned, who said what, where and when'),
      h('p', { class: 'lede' }, `${fmt(stats.articles)} articles · ${fmt(stats.sentences)} sentences · ${fmt(stats.tokens)} tokens`),
      searchForm(values, Object.keys(stats.bySource))),
    h('div', { class: 'columns' },
      h('section', { class: 'main' },
        h('div', { class: 'list-head' }, h('h2', null, heading), exportLinks('/api/articles', values)),
        entity ? h('p', { class: 'chip-line' }, 'Mentioning ', entityLink(entity.entity), ' ', h('a', { href: hrefFor(0).replace(/entity=\d+&?/, '') , class: 'muted' }, '× clear')) : null,
        page.items.length ? h('ol', { class: 'hits' }, page.items.map(hit)) : empty('No article matches. Try fewer words or another date range.'),
        pager(page, hrefFor)),
      h('aside', { class: 'side' },
        h('h2', null, 'Most mentioned'),
        h('ul', { class: 'plain entities' }, top.items.map((e) =>
          h('li', null, entityLink(e), ' ', e.code ? badge(e.code, 'code') : null, h('span', { class: 'count' }, fmt(e.mentions))))))));
}
