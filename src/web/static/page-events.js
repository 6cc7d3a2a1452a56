import { apiUrl, get } from './api.js';
import { day, h, mount } from './dom.js';
import { QUADS } from './chart-relations.js';
import { badge, empty, exportLinks, pager } from './parts.js';

const FILTERS = ['source', 'target', 'code', 'quad', 'from', 'to', 'place'];

/** A Goldstein score, coloured by sign. */
export const goldstein = (g) => (g === null || g === undefined ? '—' : h('span', { class: g > 0 ? 'goldstein-pos' : g < 0 ? 'goldstein-neg' : '' }, g > 0 ? `+${g}` : String(g)));

/**
 * A table of events rows as `/api/events` lists them. `compact` (for narrow columns) drops the
 * class column, which the Goldstein colour already tells, and links the article by its date.
 */
export function eventsTable(items, { compact = false } = {}) {
  const heads = compact ? ['Source', 'Action', 'Target', 'Goldstein', 'Article'] : ['Date', 'Source', 'Action', 'Target', 'Class', 'Goldstein', 'Article'];
  return h('table', { class: `table events-table${compact ? ' compact' : ''}` },
    h('thead', null, h('tr', null, heads.map((t) => h('th', null, t)))),
    h('tbody', null, items.map((e) => h('tr', { class: e.negated || e.hypothetical ? 'unreal' : null },
      compact ? null : h('td', { class: 'nowrap' }, day(e.date)),
      h('td', null, e.sourceName, h('small', null, e.source)),
      h('td', null, badge(e.code, 'code'), ' ', e.action, e.negated ? h('small', null, 'negated') : null, e.hypothetical ? h('small', null, 'hypothetical') : null),
      h('td', null, e.targetName, h('small', null, e.target)),
      compact ? null : h('td', null, e.quadClass ? QUADS[e.quadClass - 1].label : '—'),
      h('td', { class: 'num' }, goldstein(e.goldstein)),
      h('td', null, h('a', { href: `/article/${e.article}`, title: e.title ?? null }, compact ? day(e.date) || 'open' : e.title ?? e.article.slice(0, 12)))))));
}

/** Every coded event, filtered by actors, code, class, dates and place. */
export async function renderEvents(root, params) {
  const values = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? '']));
  const offset = Number(params.get('offset') ?? 0) || 0;
  const page = await get('/api/events', { ...values, offset, limit: 30 });
  const hrefFor = (o) => `/events?${new URLSearchParams({ ...values, offset: String(o) })}`;
  const input = (name, placeholder, size = '') => h('label', null, h('span', null, placeholder), h('input', { type: 'search', name, value: values[name], class: size }));
  mount(root,
    h('h1', null, 'Events'),
    h('form', { class: 'pair-form', action: '/events', method: 'get' },
      input('source', 'Source code'), input('target', 'Target code'), input('code', 'CAMEO code'),
      h('label', null, h('span', null, 'Class'), h('select', { name: 'quad' }, h('option', { value: '' }, 'Any'),
        QUADS.map((q) => h('option', { value: String(q.n), selected: values.quad === String(q.n) }, q.label)))),
      h('label', null, h('span', null, 'From'), h('input', { type: 'date', name: 'from', value: values.from })),
      h('label', null, h('span', null, 'To'), h('input', { type: 'date', name: 'to', value: values.to })),
      input('place', 'Place'),
      h('button', { type: 'submit' }, 'Filter')),
    h('div', { class: 'list-head' }, h('h2', null, 'Who did what to whom'),
      h('span', null, exportLinks('/api/events', values), ' · ', h('a', { href: apiUrl('/api/events', { ...values, format: 'gdelt', limit: 10000 }), download: true }, 'GDELT TSV'))),
    page.items.length ? eventsTable(page.items) : empty('No event matches.'),
    pager(page, hrefFor));
}
